/**
 * The typed query API over the catalog data. Built once per process: `catalog` is a module-level
 * singleton whose indexes (`Map`s keyed by name) are filled when this module is first loaded.
 */
import { ALIASES, BROWSER_PREFIXES, LOOKALIKES, SECTIONS, VARIABLES } from './data.js';
import type { AliasEntry, CatalogName, Lookalike, Section, SectionId, VariableEntry } from './types.js';

/** Read-only view of the catalog, with O(1) lookups by name. */
export class Catalog {
  readonly #variables = new Map<string, VariableEntry>();
  readonly #aliases = new Map<string, AliasEntry>();
  readonly #lookalikes = new Map<string, Lookalike[]>();
  readonly #sections = new Map<SectionId, Section>();
  readonly #publicPrefixes: readonly string[];

  /**
   * Builds the indexes.
   * @param variables every canonical variable (section 1–5 entries of the Flux docs page)
   * @param aliases every legacy alias; each `canonical` must name one of `variables`
   * @param lookalikes the "Names that look alike" rows
   * @param publicPrefixes prefixes Next.js inlines into the browser bundle (`NEXT_PUBLIC_`)
   * @throws Error when an alias points at an unknown variable or a name is defined twice:
   *   a catalog that contradicts itself must not load silently.
   */
  constructor(
    variables: readonly VariableEntry[],
    aliases: readonly AliasEntry[],
    lookalikes: readonly Lookalike[],
    publicPrefixes: readonly string[],
  ) {
    for (const section of SECTIONS) this.#sections.set(section.id, section);
    for (const v of variables) {
      if (this.#variables.has(v.name)) throw new Error(`flux-env catalog: ${v.name} is defined twice`);
      this.#variables.set(v.name, v);
    }
    for (const a of aliases) {
      if (!this.#variables.has(a.canonical)) {
        throw new Error(`flux-env catalog: alias ${a.name} points at unknown variable ${a.canonical}`);
      }
      if (this.#variables.has(a.name) || this.#aliases.has(a.name)) {
        throw new Error(`flux-env catalog: ${a.name} is defined twice`);
      }
      this.#aliases.set(a.name, a);
    }
    for (const row of lookalikes) {
      for (const name of new Set([row.wrote, row.meant])) {
        const list = this.#lookalikes.get(name) ?? [];
        list.push(row);
        this.#lookalikes.set(name, list);
      }
    }
    this.#publicPrefixes = publicPrefixes;
  }

  /** Every canonical variable, in docs-page order. */
  variables(): readonly VariableEntry[] {
    return [...this.#variables.values()];
  }

  /** Every legacy alias, in docs-page order. */
  aliases(): readonly AliasEntry[] {
    return [...this.#aliases.values()];
  }

  /** Every name the catalog knows (canonical names, then aliases). */
  names(): readonly string[] {
    return [...this.#variables.keys(), ...this.#aliases.keys()];
  }

  /**
   * Looks a name up, exactly (names are case-sensitive, as in `process.env`).
   * @returns the variable, or the alias with the variable it means; `undefined` for a name not in the catalog.
   */
  lookup(name: string): CatalogName | undefined {
    const variable = this.#variables.get(name);
    if (variable) return { kind: 'variable', name, variable };
    const alias = this.#aliases.get(name);
    if (alias) {
      // The constructor guarantees the canonical variable exists.
      return { kind: 'alias', name, alias, variable: this.#variables.get(alias.canonical)! };
    }
    return undefined;
  }

  /** The canonical variable entry for a canonical name or an alias; `undefined` when unknown. */
  variable(name: string): VariableEntry | undefined {
    return this.lookup(name)?.variable;
  }

  /** The canonical name for a name or alias (`NEXTAUTH_SECRET` → `AUTH_SECRET`); `undefined` when unknown. */
  canonicalOf(name: string): string | undefined {
    return this.lookup(name)?.variable.name;
  }

  /** The alias entry when `name` is a legacy alias; `undefined` otherwise. */
  aliasOf(name: string): AliasEntry | undefined {
    return this.#aliases.get(name);
  }

  /** True when `name` (or the variable its alias means) is marked "Sensitive: Yes" on the docs page. */
  isSecret(name: string): boolean {
    return this.lookup(name)?.variable.sensitive ?? false;
  }

  /** The same value under the other visibility (`FLUX_URL` ↔ `NEXT_PUBLIC_FLUX_URL`); accepts aliases. */
  publicTwinOf(name: string): string | undefined {
    return this.lookup(name)?.variable.publicTwin;
  }

  /** The "Names that look alike" rows that mention the variable `name` (or its canonical form). */
  lookalikesOf(name: string): readonly Lookalike[] {
    const canonical = this.canonicalOf(name) ?? name;
    const rows = new Set([...(this.#lookalikes.get(name) ?? []), ...(this.#lookalikes.get(canonical) ?? [])]);
    return [...rows];
  }

  /** The section a variable is documented in. */
  section(id: SectionId): Section {
    // Every SectionId is in SECTIONS (see data.ts); the map was filled from it.
    return this.#sections.get(id)!;
  }

  /** Prefixes Next.js inlines into the browser bundle (`NEXT_PUBLIC_`). */
  publicPrefixes(): readonly string[] {
    return this.#publicPrefixes;
  }

  /**
   * Splits a browser-exposed name into its prefix and the rest: `NEXT_PUBLIC_AUTH_SECRET` →
   * `{ prefix: 'NEXT_PUBLIC_', rest: 'AUTH_SECRET' }`.
   * @returns `undefined` when `name` has no browser prefix.
   */
  splitPublicName(name: string): { prefix: string; rest: string } | undefined {
    for (const prefix of this.#publicPrefixes) {
      if (name.startsWith(prefix) && name.length > prefix.length) return { prefix, rest: name.slice(prefix.length) };
    }
    return undefined;
  }

  /** True when Next.js would inline `name` into the browser bundle. */
  isBrowserExposed(name: string): boolean {
    return this.splitPublicName(name) !== undefined;
  }
}

/** The catalog of the Flux docs page, built once per process. */
export const catalog: Catalog = new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES);

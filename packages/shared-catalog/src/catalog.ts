/**
 * The typed query API over the catalog data. Built once per process: `catalog` is a module-level
 * singleton whose indexes (`Map`s keyed by name) are filled when this module is first loaded.
 */
import { ALIASES, BROWSER_PREFIXES, CLI_DOTENV, FLUX_JSON, LOOKALIKES, SECTIONS, VARIABLES } from './data.js';
import type {
  AliasEntry,
  CatalogName,
  CatalogPageFacts,
  CliDotenvSpec,
  FluxJsonSpec,
  Lookalike,
  Section,
  SectionId,
  VariableEntry,
} from './types.js';

/** Read-only view of the catalog, with O(1) lookups by name. */
export class Catalog {
  readonly #variables = new Map<string, VariableEntry>();
  readonly #aliases = new Map<string, AliasEntry>();
  readonly #lookalikes = new Map<string, Lookalike[]>();
  readonly #sections = new Map<SectionId, Section>();
  readonly #publicPrefixes: readonly string[];
  readonly #lookalikeRows: readonly Lookalike[];
  readonly #cliDotenv: CliDotenvSpec;
  readonly #fluxJson: FluxJsonSpec;

  /**
   * Builds the indexes.
   * @param variables every canonical variable (section 1–5 entries of the Flux docs page)
   * @param aliases every legacy alias; each `canonical` must name one of `variables`
   * @param lookalikes the "Names that look alike" rows
   * @param publicPrefixes prefixes Next.js inlines into the browser bundle (`NEXT_PUBLIC_`)
   * @param page the page's sections, CLI dotenv loading and `flux.json` facts (for the Flux docs page:
   *   `{ sections: SECTIONS, cliDotenv: CLI_DOTENV, fluxJson: FLUX_JSON }`)
   * @throws Error when an alias points at an unknown variable, a name or section is defined twice, or a variable
   *   cites a section `page.sections` lacks: a catalog that contradicts itself must not load silently.
   */
  constructor(
    variables: readonly VariableEntry[],
    aliases: readonly AliasEntry[],
    lookalikes: readonly Lookalike[],
    publicPrefixes: readonly string[],
    page: CatalogPageFacts,
  ) {
    for (const section of page.sections) {
      if (this.#sections.has(section.id)) throw new Error(`flux-env catalog: section ${section.id} is defined twice`);
      this.#sections.set(section.id, section);
    }
    for (const v of variables) {
      if (this.#variables.has(v.name)) throw new Error(`flux-env catalog: ${v.name} is defined twice`);
      if (!this.#sections.has(v.section)) {
        throw new Error(`flux-env catalog: ${v.name} cites unknown section ${v.section}`);
      }
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
    this.#lookalikeRows = lookalikes;
    this.#cliDotenv = page.cliDotenv;
    this.#fluxJson = page.fluxJson;
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

  /**
   * True when `name` (or the variable its alias means) is marked "Sensitive: Yes" on the docs page.
   * Source: the "Sensitive" line of each entry of sections 1–4 (`FLUX_GATEWAY_JWT_SECRET`, `FLUX_BEARER_TOKEN`,
   * `AUTH_SECRET`, `AUTH_GITHUB_SECRET`, `FLUX_API_TOKEN`, `PGRST_DB_URI`, `PGRST_JWT_SECRET`).
   * @param name a name as written; a browser-exposed name of a secret (`NEXT_PUBLIC_AUTH_SECRET`) is not itself
   *   in the catalog, so false (see `secretExposedBy`)
   * @returns false for names the catalog does not know
   */
  isSecret(name: string): boolean {
    return this.lookup(name)?.variable.sensitive ?? false;
  }

  /**
   * The same value under the other visibility (`FLUX_URL` ↔ `NEXT_PUBLIC_FLUX_URL`); accepts aliases.
   * Source: section 1, `FLUX_URL` ("Same value as NEXT_PUBLIC_FLUX_URL, but for server-only code paths").
   * @param name a canonical name or legacy alias (`FLUX_SERVICE_URL` gives `NEXT_PUBLIC_FLUX_URL`)
   * @returns the twin's canonical name; `undefined` when the variable has no twin or the name is unknown
   */
  publicTwinOf(name: string): string | undefined {
    return this.lookup(name)?.variable.publicTwin;
  }

  /** The "Names that look alike" rows that mention the variable `name` (or its canonical form). */
  lookalikesOf(name: string): readonly Lookalike[] {
    const canonical = this.canonicalOf(name) ?? name;
    const rows = new Set([...(this.#lookalikes.get(name) ?? []), ...(this.#lookalikes.get(canonical) ?? [])]);
    return [...rows];
  }

  /**
   * The section a variable is documented in.
   * Source: the page's section headings (the catalog's `page.sections`).
   * @param id the section id
   * @returns the section (id, title as findings cite it, quick lookup name)
   * @throws Error when the catalog was built without that section (the Flux docs page has every `SectionId`;
   *   a custom catalog whose variables all cite known sections only lacks one the checks cite on their own:
   *   `cli`, `wiring`, `lookalikes`)
   */
  section(id: SectionId): Section {
    const section = this.#sections.get(id);
    if (!section) throw new Error(`flux-env catalog: unknown section ${id}`);
    return section;
  }

  /**
   * Every section, in the order the catalog was given them (page order for the Flux docs page).
   * Source: the page's section headings.
   * @returns the sections
   */
  sections(): readonly Section[] {
    return [...this.#sections.values()];
  }

  /**
   * Every "Names that look alike" row, in page order.
   * Source: "Names that look alike".
   * @returns the rows the catalog was built with
   */
  lookalikes(): readonly Lookalike[] {
    return this.#lookalikeRows;
  }

  /**
   * How the CLI loads dotenv files: which files, and the only keys it reads from them.
   * Source: section 3, opening paragraph ("The CLI loads exactly five keys from those files").
   * @returns the catalog's CLI dotenv facts
   */
  cliDotenv(): CliDotenvSpec {
    return this.#cliDotenv;
  }

  /**
   * What the CLI expects of `flux.json`: file name, glob, required fields and their patterns.
   * Source: section 3, "flux.json (not an env var, but adjacent)".
   * @returns the catalog's `flux.json` facts
   */
  fluxJson(): FluxJsonSpec {
    return this.#fluxJson;
  }

  /** Prefixes Next.js inlines into the browser bundle (`NEXT_PUBLIC_`). */
  publicPrefixes(): readonly string[] {
    return this.#publicPrefixes;
  }

  /**
   * Splits a browser-exposed name into its prefix and the rest: `NEXT_PUBLIC_AUTH_SECRET` →
   * `{ prefix: 'NEXT_PUBLIC_', rest: 'AUTH_SECRET' }`.
   * Source: section 1, `FLUX_URL` ("Next.js only exposes the NEXT_PUBLIC_* form to the browser").
   * @param name a name as written; the rest must be non-empty (`NEXT_PUBLIC_` alone has no rest)
   * @returns the first matching prefix of `publicPrefixes()` and the rest; `undefined` when `name` has no browser
   *   prefix. The rest need not be a catalog name.
   */
  splitPublicName(name: string): { prefix: string; rest: string } | undefined {
    for (const prefix of this.#publicPrefixes) {
      if (name.startsWith(prefix) && name.length > prefix.length) return { prefix, rest: name.slice(prefix.length) };
    }
    return undefined;
  }

  /**
   * True when Next.js would inline `name` into the browser bundle.
   * Source: section 1, `FLUX_URL` ("Next.js only exposes the NEXT_PUBLIC_* form to the browser") and
   * `NEXT_PUBLIC_FLUX_URL` ("exposed to the browser bundle").
   * @param name a name as written
   * @returns true when `splitPublicName(name)` finds a browser prefix
   */
  isBrowserExposed(name: string): boolean {
    return this.splitPublicName(name) !== undefined;
  }
}

/** The catalog of the Flux docs page, built once per process. */
export const catalog: Catalog = new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, {
  sections: SECTIONS,
  cliDotenv: CLI_DOTENV,
  fluxJson: FLUX_JSON,
});

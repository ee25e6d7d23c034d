/**
 * Types of the Flux environment-variable catalog.
 *
 * Source: the Flux docs page "Environment variables" (sections 1–5, "Names that look alike",
 * "Quick lookup"). Every field below is named after the label the page uses for it.
 */

/**
 * A section of the Flux docs page, by its stable id.
 * - `wiring`: "1. Wiring your app to a Flux project"
 * - `auth`: "2. Auth wiring (Auth.js, Clerk)"
 * - `cli`: "3. Driving the CLI"
 * - `postgrest`: "4. PostgREST container envs (v1_dedicated only)"
 * - `tls`: "5. TLS and runtime"
 * - `lookalikes`: "Names that look alike"
 */
export type SectionId = 'wiring' | 'auth' | 'cli' | 'postgrest' | 'tls' | 'lookalikes';

/** One section of the docs page: its id, its full heading, and the short name the quick lookup table uses. */
export interface Section {
  readonly id: SectionId;
  /** The heading as the page prints it, e.g. `"1. Wiring your app to a Flux project"`. */
  readonly title: string;
  /** The "Section" column of the quick lookup table, e.g. `"Wiring your app"`. */
  readonly lookupName: string;
}

/**
 * Who reads a variable at run time.
 * - `browser`: the browser bundle (Next.js inlines `NEXT_PUBLIC_*` reads into it)
 * - `server`: server-only app code (route handlers, server actions, scripts)
 * - `cli`: the `flux` CLI
 * - `postgrest`: the per-project PostgREST container of a `v1_dedicated` stack
 */
export type Surface = 'browser' | 'server' | 'cli' | 'postgrest';

/** Who defines a variable: Flux itself, Auth.js, Node.js, or PostgREST (managed by Flux). */
export type Owner = 'flux' | 'authjs' | 'node' | 'postgrest';

/**
 * The machine-checkable shape of a variable's value, derived from its "Type" line on the page.
 * - `url`: an absolute URL; `mustEndWith` a required path suffix (`/api`), `noTrailingSlash`.
 * - `secret`: an opaque secret string of at least `minBytes` bytes (UTF-8) when the page says so.
 * - `jwt`: a compact JWS (three base64url segments joined by `.`).
 * - `token`: an opaque string that conventionally starts with one of `prefixes`.
 * - `enum`: exactly one of `values`.
 * - `flag`: on when non-empty and not `"0"` (`enabledBy: 'non-empty-not-zero'`) or when exactly `"1"`.
 * - `pattern`: matches `regex` (source text, anchored), described for humans by `example`.
 * - `path`: a filesystem path.
 * - `string`: free text.
 * - `tls-reject-unauthorized`: Node's TLS switch; `disabledBy` lists the exact values that turn certificate
 *   verification off process-wide (Node compares the string as it is); `readAsDisabling` lists (lower-cased, trimmed)
 *   values that read as turning it off but that Node ignores.
 */
export type ValueType =
  | { readonly kind: 'url'; readonly mustEndWith?: string; readonly noTrailingSlash?: boolean }
  | { readonly kind: 'secret'; readonly minBytes?: number }
  | { readonly kind: 'jwt' }
  | { readonly kind: 'token'; readonly prefixes: readonly string[] }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'flag'; readonly enabledBy: 'non-empty-not-zero' | 'one' }
  | { readonly kind: 'pattern'; readonly regex: string; readonly example: string }
  | { readonly kind: 'path' }
  | { readonly kind: 'string' }
  | { readonly kind: 'tls-reject-unauthorized'; readonly disabledBy: readonly string[]; readonly readAsDisabling: readonly string[] };

/**
 * One variable of the docs page (a row of its quick lookup table), with every field the page gives it.
 * Text fields hold the page's words; absent fields are ones the page does not give for this variable.
 */
export interface VariableEntry {
  /** The canonical name, e.g. `"FLUX_URL"`. */
  readonly name: string;
  /** The section of the page that documents it. */
  readonly section: SectionId;
  /** The quick lookup table's "One-line" column. */
  readonly summary: string;
  /** The paragraph under the variable's heading. */
  readonly description: string;
  /** The page's "Type" line, as text. */
  readonly type?: string;
  /** The machine-checkable form of `type`. */
  readonly valueType: ValueType;
  /** The page's "Where it's set" line. */
  readonly whereSet?: string;
  /** The page's "Sensitive" answer: a secret must never reach a browser bundle, a log or a message. */
  readonly sensitive: boolean;
  /** The page's words after "Sensitive: Yes/No", when it says more than yes or no. */
  readonly sensitiveNote?: string;
  /** The page's "Source" line: where the value comes from. */
  readonly source?: string;
  /** The page's "Notes" lines and other remarks under the heading. */
  readonly notes: readonly string[];
  /** The page's "Footgun" lines. */
  readonly footguns: readonly string[];
  /** The page's "When to skip it" line. */
  readonly whenToSkip?: string;
  /** The page's "Inference" line. */
  readonly inference?: string;
  /** The page's "Self-hosted" line. */
  readonly selfHosted?: string;
  /** The page's "Rotation" line. */
  readonly rotation?: string;
  /** The page's "When you need it" line. */
  readonly whenYouNeedIt?: string;
  /** The page's "Defaults" wording, when it states a default value. */
  readonly defaultValue?: string;
  /** True for the PostgREST container variables that exist only on `v1_dedicated` stacks. */
  readonly dedicatedOnly: boolean;
  /** True when Flux manages the value ("setting them yourself is rarely the right answer"). */
  readonly managedByFlux: boolean;
  /** Who reads it at run time. */
  readonly surfaces: readonly Surface[];
  /** Who defines it. */
  readonly owner: Owner;
  /** Legacy names that still work and mean this variable. */
  readonly aliases: readonly string[];
  /** The same value under the other visibility: `FLUX_URL` ↔ `NEXT_PUBLIC_FLUX_URL`. */
  readonly publicTwin?: string;
  /**
   * Variables whose value this one documentedly equals, so that sharing a value with them is expected
   * (`PGRST_JWT_SECRET`: "On dedicated stacks this matches your FLUX_GATEWAY_JWT_SECRET").
   */
  readonly sameValueAs?: readonly string[];
  /** A second name documented together with this one under one heading (`AUTH_GITHUB_ID` / `AUTH_GITHUB_SECRET`). */
  readonly pairedWith?: string;
}

/** A legacy name the docs still accept, and the canonical variable it means. */
export interface AliasEntry {
  /** The legacy name, e.g. `"FLUX_SERVICE_URL"`. */
  readonly name: string;
  /** The canonical name it stands for, e.g. `"FLUX_URL"`. */
  readonly canonical: string;
  /** Why the canonical name is preferred, in the page's words. */
  readonly reason: string;
  /** The quick lookup table's "One-line" column, for the aliases the table lists (`FLUX_SERVICE_URL`). */
  readonly summary?: string;
}

/** One row of the "Names that look alike" table. */
export interface Lookalike {
  /** Stable id of the collision, e.g. `"api-base-vs-url"`. */
  readonly id: string;
  /** The "You wrote" column. */
  readonly wrote: string;
  /** The "But meant" column. */
  readonly meant: string;
  /** The qualifier the page puts after `wrote`, e.g. `"operator value"`. */
  readonly wroteQualifier?: string;
  /** The qualifier the page puts after `meant`. */
  readonly meantQualifier?: string;
  /** The "What gives it away" column. */
  readonly giveaway: string;
}

/** What the docs say about `flux.json` (section 3, "flux.json (not an env var, but adjacent)"). */
export interface FluxJsonSpec {
  /** The file name the CLI looks for. */
  readonly fileName: string;
  /**
   * Glob (flat-config `files` syntax, matched against paths relative to the config) of every `flux.json` of a
   * workspace: the CLI looks for it next to each app, at any depth.
   */
  readonly fileGlob: string;
  /** Required fields, each with its description and a check for its value. */
  readonly fields: readonly {
    readonly name: string;
    readonly description: string;
    /** Anchored regex source text the value must match, when the page constrains it. */
    readonly pattern?: string;
  }[];
  /** What else the file's presence means. */
  readonly notes: readonly string[];
}

/** What the docs say about how the CLI loads dotenv files (section 3, opening paragraph). */
export interface CliDotenvSpec {
  /** The dotenv files the CLI reads, in the directory that holds `flux.json`. */
  readonly files: readonly string[];
  /** The only keys the CLI loads from those files. */
  readonly keys: readonly string[];
  /** Shell exports win over dotenv values. */
  readonly shellWins: true;
  /** The page's words. */
  readonly description: string;
}

/** Any name the catalog knows: a canonical variable or a legacy alias. */
export type CatalogName =
  | { readonly kind: 'variable'; readonly name: string; readonly variable: VariableEntry }
  | { readonly kind: 'alias'; readonly name: string; readonly alias: AliasEntry; readonly variable: VariableEntry };

/**
 * The facts of the docs page a `Catalog` holds besides its names: the page's sections, how the CLI loads dotenv
 * files, and `flux.json`. A custom catalog passes its own; the Flux docs page's are `SECTIONS`, `CLI_DOTENV` and
 * `FLUX_JSON` (`data.ts`).
 */
export interface CatalogPageFacts {
  /** Every section a variable, finding or check cites (each `SectionId` once). Source: the page's headings. */
  readonly sections: readonly Section[];
  /** Section 3, opening paragraph. */
  readonly cliDotenv: CliDotenvSpec;
  /** Section 3, "flux.json (not an env var, but adjacent)". */
  readonly fluxJson: FluxJsonSpec;
}

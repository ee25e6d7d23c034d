/**
 * The checks only a whole file can have: a `.env*` file (keys set twice, lines dotenv skips, `$` that
 * dotenv-expand eats, secrets sharing a value, twins that disagree, CLI keys the CLI never reads from a file,
 * real secrets in example files) and `flux.json`. Pure functions over names, values and line numbers: hosts
 * parse the file and say where each finding goes.
 */
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import { displayValue, secretExposedBy, type Finding } from './analysis.js';
import { makeFinding } from './findings.js';
import { namespaceOf } from './names.js';
import { listNames, sectionTitleOf } from './text.js';

/** One `KEY=value` entry of a dotenv file, as a host read it. */
export interface DotenvEntryFacts {
  /** The key, as written. */
  readonly name: string;
  /** The value as `dotenv.parse` returns it (quotes removed, before dotenv-expand). */
  readonly value: string;
  /** 1-based line of the entry. */
  readonly line: number;
  /** Names of the `${VAR}` / `$VAR` references dotenv-expand replaces in the value. */
  readonly references: readonly string[];
}

/** A finding of a dotenv file and the entry it belongs to (index into the entries given). */
export interface EntryFinding {
  readonly entry: number;
  readonly finding: Finding;
}

/**
 * True when `value` is a placeholder, not a real value: empty, or a conventional stand-in
 * (`<your-secret>`, `your_token_here`, `changeme`, `xxx…`, `...`, `TODO`, `replace-me`, `example`, `placeholder`,
 * `${VAR}`), or a value with a `<…>` stand-in inside (`https://api--<slug>--<hash>.vsl-base.com`, the form the Flux
 * docs page itself prints). Source: the conventions of committed `.env.example` / `.env.sample` / `.env.template`
 * files; section 1 (`NEXT_PUBLIC_FLUX_URL` "Type").
 * @param value the value as dotenv reads it
 */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/<\w[\w .-]*>/u.test(v)) return true;
  if (/^<[^<>]*>$/u.test(v) || /^\[[^[\]]*\]$/u.test(v) || /^\{\{[^{}]*\}\}$/u.test(v) || /^\$\{[^{}]*\}$/u.test(v)) return true;
  if (/^(.)\1*$/u.test(v) && /^[x*.#_-]+$/iu.test(v)) return true;
  return /(?:^|[^a-z])(?:your|my|changeme|change[-_ ]?me|replace[-_ ]?me|placeholder|example|todo|fixme|tbd|dummy|fake|sample|secret[-_ ]?here|xxx+)(?:[^a-z]|$)/iu.test(
    v,
  );
}

/**
 * A JWT as an issuer writes it (compact JWS): a base64url header and payload that each encode a JSON object, so
 * each starts with `eyJ` (the base64url of `{"`), of realistic length (the shortest HS256 header,
 * `{"alg":"HS256"}`, is 20 characters; a payload of one claim is 10 or more), and a base64url signature of at
 * least 43 characters (an HS256 signature is 32 bytes). A value of three short dotted words (`aaa.bbb.ccc`,
 * `header.payload.signature`) is not one.
 * Source: section 1 (`FLUX_BEARER_TOKEN`: "a pre-minted JWT"; `FLUX_GATEWAY_JWT_SECRET`: "HS256 secret").
 */
const REALISTIC_JWT = /^eyJ[A-Za-z0-9_-]{17,}\.eyJ[A-Za-z0-9_-]{7,}\.[A-Za-z0-9_-]{43,}$/u;

/**
 * True when `value`, set for `name` in an example file, looks like a real secret: `name` is a secret (or a
 * browser-exposed name of one), and the value is a realistic JWT (`REALISTIC_JWT`: checked first, since base64url
 * text can spell a placeholder word such as `-my-` by chance), or it is not a placeholder (`isPlaceholderValue`)
 * and is shaped like a credential: it carries a documented token prefix (`flx_live_`) with more than 4 characters
 * after it, or is 16+ characters with no whitespace.
 * Source: every "Sensitive: Yes" entry; `FLUX_API_TOKEN` ("conventionally prefixed flx_live_ or flx_test_");
 * `FLUX_BEARER_TOKEN` ("a JWT").
 * @param name the key, as written
 * @param value the value as dotenv reads it (quotes removed); compared trimmed
 * @param cat the catalog that says which names are secret and which token prefixes they carry
 * @returns true when the value should not be in an example file; false for non-secrets and placeholders
 */
export function looksLikeRealSecret(name: string, value: string, cat: Catalog = defaultCatalog): boolean {
  const secretName = cat.isSecret(name) ? name : secretExposedBy(name, cat)?.secret;
  if (secretName === undefined) return false;
  const v = value.trim();
  if (REALISTIC_JWT.test(v)) return true;
  if (isPlaceholderValue(value)) return false;
  const type = cat.variable(secretName)?.valueType;
  if (type?.kind === 'token' && type.prefixes.some((p) => v.startsWith(p) && v.length > p.length + 4)) return true;
  return v.length >= 16 && !/\s/u.test(v);
}

/**
 * `no-duplicate-key`: every entry whose key was already set earlier in the same file.
 * Source: dotenv ("the last duplicate key wins"); section 1 ("Where it's set: .env.local").
 * @returns one finding per repeated entry, pointing at the repeat
 */
export function duplicateKeyFindings(entries: readonly DotenvEntryFacts[]): EntryFinding[] {
  const first = new Map<string, number>();
  const out: EntryFinding[] = [];
  entries.forEach((entry, index) => {
    const firstLine = first.get(entry.name);
    if (firstLine === undefined) first.set(entry.name, entry.line);
    else out.push({ entry: index, finding: makeFinding('duplicateKey', { name: entry.name, firstLine: String(firstLine) }) });
  });
  return out;
}

/** Why dotenv skips a line; see `invalidLineFinding`. */
export type SkippedLineReason =
  | { readonly kind: 'missing-separator'; readonly name: string }
  | { readonly kind: 'stray-fragment'; readonly name: string; readonly line: number }
  | { readonly kind: 'malformed' };

/** Upper-case words joined by `_`: how environment-variable names are written. */
const ENV_NAME_SHAPE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;

/**
 * True when a word on a line of its own may be shown in a message: a name the catalog knows, one in a catalog
 * namespace, or one shaped like an environment-variable name (upper-case words joined by `_`; a single word only when short
 * and without digits, since base32 secrets are upper-case too). Anything else may be a pasted value (a token, a JWT,
 * a broken line of a secret) and is never printed.
 * @param word the line's text, trimmed
 */
export function isShowableKey(word: string, cat: Catalog = defaultCatalog): boolean {
  return cat.lookup(word) !== undefined || namespaceOf(word) !== undefined || (ENV_NAME_SHAPE.test(word) && (word.includes('_') ? word.length <= 64 : word.length <= 16 && !/\d/u.test(word)));
}

/**
 * `no-invalid-line`: a line dotenv skips without a word. A bare word is named only when `isShowableKey`; any other
 * line is described by its length, since it may be a pasted value.
 * Source: dotenv ("lines it cannot read are skipped silently").
 * @param reason why dotenv skips the line, as the host's parser found it
 * @param cat the catalog that decides which bare words are names (default: the Flux docs page)
 * @returns the `invalidLine` finding (no fixes)
 */
export function invalidLineFinding(reason: SkippedLineReason, cat: Catalog = defaultCatalog): Finding {
  const text =
    reason.kind === 'missing-separator'
      ? isShowableKey(reason.name, cat)
        ? `\`${reason.name}\` has no \`=\` after it, so it is not set`
        : `a line of ${[...reason.name].length} characters has no \`=\`, so it sets nothing (not shown: it may be a value)`
      : reason.kind === 'stray-fragment'
        ? `it is left over from the value of \`${reason.name}\` on line ${reason.line}, whose quote is never closed`
        : 'it is not a `KEY=value` line (a key is letters, digits, `_`, `.` and `-`; `KEY: value` needs a space after the colon)';
  return makeFinding('invalidLine', { reason: text });
}

/**
 * `no-invalid-line`: a value that opens a quote and never closes it.
 * Source: dotenv's parser (single, double and backtick quotes; a value whose quote is not closed keeps the quote and
 * ends at the end of the line; the lines after it are skipped).
 * @param name the key whose value opens the quote
 * @param quote the quote character (`"`, `'` or `` ` ``; any other character is worded as a backtick)
 * @returns the `unterminatedQuote` finding (no fixes)
 */
export function unterminatedQuoteFinding(name: string, quote: string): Finding {
  const kind = quote === '"' ? 'double' : quote === "'" ? 'single' : 'backtick';
  return makeFinding('unterminatedQuote', { name, quote: kind });
}

/**
 * `no-unescaped-dollar`: a `$` in a secret's value that dotenv-expand replaces. Only secrets (and browser-exposed
 * names of secrets): other values use references on purpose (`FLUX_URL=$NEXT_PUBLIC_FLUX_URL`).
 * Source: every "Sensitive: Yes" entry; dotenv-expand (`$VAR`, `${VAR}`, `\$` for a literal `$`), which Next.js
 * runs on every value.
 * @param name the key
 * @param column 1-based column of the `$` (shown instead of the reference, which is part of the secret)
 * @returns the finding, or `undefined` when `name` is not a secret (hosts offer the `escapeDollar` fix message as
 *   a suggestion that inserts `\` before the `$`)
 */
export function unescapedDollarFinding(name: string, column: number, cat: Catalog = defaultCatalog): Finding | undefined {
  if (!cat.isSecret(name) && !secretExposedBy(name, cat)) return undefined;
  return makeFinding('unescapedDollar', { name, column: String(column) });
}

/**
 * `no-shared-secret-value`: two different secrets with the same non-empty value in one file. Aliases of one
 * variable, and variables the docs say share a value (`sameValueAs`), are not different secrets.
 * Source: section 2 (`AUTH_SECRET`: "They are independent secrets and should be different values") and
 * "Names that look alike"; section 4 (`PGRST_JWT_SECRET` matches `FLUX_GATEWAY_JWT_SECRET`).
 * @param entries the file's entries; placeholder values of example files should be left out by the caller
 * @returns one finding per later entry that repeats an earlier secret's value
 */
export function sharedSecretFindings(entries: readonly DotenvEntryFacts[], cat: Catalog = defaultCatalog): EntryFinding[] {
  const out: EntryFinding[] = [];
  const secrets = entries
    .map((entry, index) => ({ entry, index, canonical: cat.canonicalOf(entry.name) }))
    .filter((e) => e.canonical !== undefined && cat.isSecret(e.entry.name) && e.entry.value.trim() !== '');
  for (const [i, later] of secrets.entries()) {
    for (const earlier of secrets.slice(0, i)) {
      const a = later.canonical!;
      const b = earlier.canonical!;
      if (a === b || later.entry.value !== earlier.entry.value) continue;
      if (cat.variable(a)?.sameValueAs?.includes(b) || cat.variable(b)?.sameValueAs?.includes(a)) continue;
      const row = cat.lookalikes().find((r) => (r.wrote === a && r.meant === b) || (r.wrote === b && r.meant === a));
      const why = row ? row.giveaway : 'whoever learns one can use it as the other.';
      const section = row ? cat.section('lookalikes').title : sectionTitleOf(a, cat);
      out.push({
        entry: later.index,
        finding: makeFinding('sharedSecretValue', { name: later.entry.name, other: earlier.entry.name, line: String(earlier.entry.line), why, section }),
      });
      break;
    }
  }
  return out;
}

/**
 * `no-mismatched-public-twin`: a variable and its browser twin (`FLUX_URL` / `NEXT_PUBLIC_FLUX_URL`) set to
 * different values in one file. A value that is exactly a reference to its twin (`FLUX_URL=${NEXT_PUBLIC_FLUX_URL}`)
 * agrees; other values with references are not compared (their value is only known after expansion).
 * Source: section 1 (`FLUX_URL`: "Same value as NEXT_PUBLIC_FLUX_URL … Setting both with the same value is normal").
 * @returns one finding at the later of two disagreeing entries (the last value of each key counts)
 */
export function publicTwinFindings(entries: readonly DotenvEntryFacts[], cat: Catalog = defaultCatalog): EntryFinding[] {
  const last = new Map<string, number>();
  entries.forEach((entry, index) => last.set(entry.name, index));
  const out: EntryFinding[] = [];
  const seen = new Set<string>();
  for (const [name, index] of last) {
    const twin = cat.publicTwinOf(name);
    if (!twin || seen.has(name)) continue;
    const twinIndex = [...last].find(([n]) => cat.canonicalOf(n) === twin)?.[1];
    if (twinIndex === undefined) continue;
    seen.add(name).add(entries[twinIndex]!.name);
    const a = entries[index]!;
    const b = entries[twinIndex]!;
    const isReferenceTo = (e: DotenvEntryFacts, other: DotenvEntryFacts) =>
      e.references.length === 1 && e.references[0] === other.name && /^\$(?:\{[^{}]+\}|\w+)$/u.test(e.value.trim());
    if (isReferenceTo(a, b) || isReferenceTo(b, a)) continue;
    if (a.references.length > 0 || b.references.length > 0) continue;
    if (a.value === '' || b.value === '' || a.value === b.value) continue;
    const [later, earlier] = index > twinIndex ? [a, b] : [b, a];
    const entry = sectionTitleOf(later.name, cat);
    out.push({
      entry: Math.max(index, twinIndex),
      finding: makeFinding('publicTwinMismatch', {
        name: later.name,
        value: displayValue(later.name, later.value, cat),
        twin: earlier.name,
        line: String(earlier.line),
        twinValue: displayValue(earlier.name, earlier.value, cat),
        section: entry,
      }),
    });
  }
  return out;
}

/**
 * `no-cli-ignored-key`: a variable only the flux CLI reads, set in a dotenv file: the CLI loads only its five
 * keys from `.env` / `.env.local`, and nothing else reads the variable, so the entry does nothing.
 * Source: section 3 ("The CLI loads exactly five keys from those files: …"; `FLUX_DEBUG`).
 * @returns the finding, or `undefined` when something reads `name` from a dotenv file
 */
export function cliIgnoredKeyFinding(name: string, cat: Catalog = defaultCatalog): Finding | undefined {
  const variable = cat.variable(name);
  if (!variable || cat.cliDotenv().keys.includes(variable.name)) return undefined;
  if (variable.surfaces.length === 0 || variable.surfaces.some((s) => s !== 'cli')) return undefined;
  return makeFinding('cliIgnoredKey', {
    name,
    keys: listNames(cat.cliDotenv().keys, 'and'),
    files: listNames(cat.cliDotenv().files, 'and'),
    section: cat.section(variable.section).title,
  });
}

/**
 * `no-real-secret-in-example`: a secret-looking value in an example file (`.env.example`).
 * Source: every "Sensitive: Yes" entry; `FLUX_API_TOKEN` ("Rotate via the dashboard if leaked").
 * @returns the finding (the value masked), or `undefined` when the value is a placeholder or `name` no secret
 */
export function exampleSecretFinding(name: string, value: string, cat: Catalog = defaultCatalog): Finding | undefined {
  if (!looksLikeRealSecret(name, value, cat)) return undefined;
  const secret = cat.isSecret(name) ? name : secretExposedBy(name, cat)!.secret;
  return makeFinding('exampleSecret', {
    name,
    value: displayValue(secret, value, cat),
    section: sectionTitleOf(secret, cat),
  });
}

/** A top-level member of `flux.json`, as a host read it. */
export interface FluxJsonMember {
  readonly name: string;
  /** The member's value as JSON would parse it (a string, a number, an object, …). */
  readonly value: unknown;
}

/** A finding of `flux.json` and where it goes: the whole file, or a member by index. */
export interface FluxJsonFinding {
  readonly member?: number;
  readonly finding: Finding;
}

/** How a message words a JSON value of each node type (`@eslint/json` / momoa node types) that is not an object. */
const JSON_KIND_WORDS: Readonly<Record<string, string>> = {
  Array: 'an array',
  String: 'a string',
  Number: 'a number',
  Boolean: 'a boolean',
  Null: 'null',
};

/**
 * `valid-flux-json`: both `slug` and `hash` present, each a string matching what the docs say.
 * Source: section 3, "flux.json (not an env var, but adjacent)" ("Two fields, both required"; `hash` "the 7-hex
 * hash segment").
 * @param members the top-level members, or `{ type }` when the document is not an object: `type` is the JSON node
 *   type of the document's value (`Array`, `String`, `Number`, `Boolean`, `Null`; any other reads "a value")
 * @param cat the catalog that words the findings
 * @returns the findings, each with the index of the member it is about (none for the whole file); empty when valid
 */
export function analyzeFluxJson(members: readonly FluxJsonMember[] | { readonly type: string }, cat: Catalog = defaultCatalog): FluxJsonFinding[] {
  const section = cat.section('cli').title;
  const fields = listNames(cat.fluxJson().fields.map((f) => f.name), 'and');
  if (!Array.isArray(members)) {
    const type = (members as { type: string }).type;
    const what = Object.prototype.hasOwnProperty.call(JSON_KIND_WORDS, type) ? JSON_KIND_WORDS[type]! : 'a value';
    return [{ finding: makeFinding('fluxJsonNotObject', { fields, what, section }) }];
  }
  const list = members as readonly FluxJsonMember[];
  const out: FluxJsonFinding[] = [];
  for (const field of cat.fluxJson().fields) {
    const description = field.description.replace(/\.$/u, '');
    const index = list.findIndex((m) => m.name === field.name);
    if (index === -1) {
      out.push({ finding: makeFinding('fluxJsonMissingField', { field: field.name, fields, description, section }) });
      continue;
    }
    const value = list[index]!.value;
    const ok =
      typeof value === 'string' &&
      value.trim() !== '' &&
      (field.pattern === undefined || new RegExp(field.pattern, 'u').test(value));
    if (!ok) {
      out.push({
        member: index,
        finding: makeFinding('fluxJsonInvalidField', { field: field.name, value: JSON.stringify(value) ?? String(value), description, section }),
      });
    }
  }
  return out;
}

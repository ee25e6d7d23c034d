/**
 * The checks behind the rules `no-server-env-in-client`, `no-unknown-variable`, `no-secret-fallback`,
 * `no-lookalike-mixup`, `valid-value` and `no-managed-variable`: pure functions of an `EnvAccess` (name, kind,
 * values, module, usage evidence) that `analyzeAccess` runs. No syntax tree here.
 */
import type { EnvAccess, Finding, FindingFix } from './analysis.js';
import { catalog as defaultCatalog, type Catalog } from './catalog.js';
import { BROWSER_PREFIX_SECTION, MIXUPS, QUICK_LOOKUP_TITLE, USAGE_LIBRARIES, type Mixup, type UsageKind } from './checks-data.js';
import { makeFinding, makeFix } from './findings.js';
import { isOtherToolName, namespaceOf, suggestNames } from './names.js';
import { listNames, maskedValue, sectionTitleOf } from './text.js';
import { validateValue } from './values.js';

/** How a read reaches `process.env`, in words for messages. Source: Next.js inlining (ARCHITECTURE facts). */
const READ_FORM_TEXT: Record<Exclude<NonNullable<EnvAccess['readForm']>, 'direct'>, string> = {
  destructuring: 'destructuring',
  alias: 'another name for `process.env`',
  'computed-key': 'a computed key',
  'import-meta-env': '`import.meta.env`',
};

function readInstead(name: string, to: string): FindingFix {
  return makeFix('readInstead', to, { name, to });
}

/**
 * `no-server-env-in-client`: a read in client code (`access.module === 'client'`) of a server-only catalog variable
 * (a secret → `secretInClient`; otherwise `serverOnlyInClient`, with a `readInstead` fix to its public twin when the
 * read is direct), or of a browser-exposed name that Next.js does not inline because it is not a direct
 * `process.env.X` read (`publicNotInlined`). A browser-exposed name that exposes a secret is left to `no-public-secret`.
 * Source: section 1 (`NEXT_PUBLIC_FLUX_URL` / `FLUX_URL`: "Next.js only exposes the NEXT_PUBLIC_* form to the
 * browser"; `FLUX_GATEWAY_JWT_SECRET`: "never expose this in browser bundles") and every "Sensitive: Yes".
 * @param access the access as the host found it (name, kind, module, read form, fallbacks, usages)
 * @param cat the catalog to check against
 * @returns at most one finding; empty for writes, `delete`s, reads outside client code (`module` not `'client'`),
 *   names the catalog does not know, and browser-exposed names read directly
 */
export function clientFindings(access: EnvAccess, cat: Catalog): Finding[] {
  if (access.module !== 'client' || access.kind !== 'read') return [];
  const { name } = access;
  const split = cat.splitPublicName(name);
  if (split) {
    if (cat.isSecret(split.rest) || access.readForm === undefined || access.readForm === 'direct') return [];
    const section = cat.variable(name) ? sectionTitleOf(name, cat) : cat.section(BROWSER_PREFIX_SECTION).title;
    return [makeFinding('publicNotInlined', { name, form: READ_FORM_TEXT[access.readForm], section })];
  }
  const entry = cat.variable(name);
  if (!entry || entry.surfaces.includes('browser')) return [];
  const section = cat.section(entry.section).title;
  if (entry.sensitive) return [makeFinding('secretInClient', { name, section })];
  const twin = entry.publicTwin && cat.isBrowserExposed(entry.publicTwin) ? entry.publicTwin : undefined;
  // Only a direct `process.env.X` read becomes an inlined read of the twin by renaming it: through destructuring,
  // another name for `process.env` or `import.meta.env`, the twin would be `undefined` in the browser too.
  const direct = access.readForm === undefined || access.readForm === 'direct';
  const instead = !twin
    ? 'Read it in server code and pass the value to this module'
    : direct
      ? `Read its public twin \`${twin}\` here`
      : `Read its public twin here as \`process.env.${twin}\` (only that form is inlined)`;
  const prefix = cat.publicPrefixes()[0] ?? '';
  return [makeFinding('serverOnlyInClient', { name, prefix, instead, section }, twin && direct ? [readInstead(name, twin)] : [])];
}

/**
 * `no-unknown-variable`: a name the catalog does not list that is close to a catalog name
 * (`unknownVariableDidYouMean`, with a fix per suggestion: `readInstead` for a read, `useInstead` for a write or
 * `delete`) or that has a catalog namespace (`unknownVariable`). Not reported: catalog names, names other tools own
 * (`isOtherToolName`), and a browser prefix in front of a catalog name (`NEXT_PUBLIC_AUTH_SECRET`: `no-public-secret`'s business).
 * Source: the quick lookup table; "Names that look alike" (most env-var pain comes from collisions).
 * @param access the access as the host found it (name, kind, module, read form, fallbacks, usages)
 * @param cat the catalog to check against
 * @returns at most one finding (only `access.name` matters; any kind of access); empty for names that are fine
 */
export function unknownNameFindings(access: EnvAccess, cat: Catalog): Finding[] {
  const { name } = access;
  if (cat.lookup(name) || isOtherToolName(name)) return [];
  const split = cat.splitPublicName(name);
  if (split && cat.lookup(split.rest)) return [];
  const suggestions = suggestNames(name, cat);
  const first = suggestions[0];
  if (first !== undefined) {
    const text = listNames(suggestions, 'or');
    return [
      makeFinding(
        'unknownVariableDidYouMean',
        { name, suggestions: text, section: sectionTitleOf(first, cat) },
        suggestions.map((s) => (access.kind === 'read' ? readInstead(name, s) : makeFix('useInstead', s, { name, to: s }))),
      ),
    ];
  }
  const namespace = namespaceOf(name);
  if (!namespace) return [];
  return [makeFinding('unknownVariable', { name, namespace: namespace.prefix, owner: namespace.owner, section: QUICK_LOOKUP_TITLE })];
}

/**
 * `no-secret-fallback`: a read of a secret with a non-empty literal fallback, one finding per such literal
 * (`at: { kind: 'fallback', index }`). The message shows the literal masked (`a hidden value of N characters`).
 * Source: every "Sensitive: Yes" entry (sections 1–4).
 * @param access the access as the host found it (name, kind, module, read form, fallbacks, usages)
 * @param cat the catalog to check against
 * @returns one finding per non-empty literal in `access.fallbackValues`, in order; empty for anything but a read
 *   of a secret
 */
export function secretFallbackFindings(access: EnvAccess, cat: Catalog): Finding[] {
  if (access.kind !== 'read' || !access.fallbackValues || !cat.isSecret(access.name)) return [];
  const findings: Finding[] = [];
  for (const [index, value] of access.fallbackValues.entries()) {
    if (value === '') continue;
    findings.push(
      makeFinding(
        'secretFallback',
        { name: access.name, value: maskedValue(value), section: sectionTitleOf(access.name, cat) },
        [],
        { kind: 'fallback', index },
      ),
    );
  }
  return findings;
}

/**
 * `no-lookalike-mixup`: the collisions of `MIXUPS`, each reported only when a usage the host found is its
 * evidence, with a `readInstead` fix to the name meant (except for tokens, where the fix is a JWT, not a rename).
 * Source: "Names that look alike" and "The idea" (two surfaces, two URLs, two kinds of token).
 * @param access the access as the host found it (name, kind, module, read form, fallbacks, usages)
 * @param cat the catalog to check against
 * @returns at most one finding per collision of `MIXUPS`, in the order of `access.usages`; empty for anything but
 *   a read with usages of a catalog name
 */
export function mixupFindings(access: EnvAccess, cat: Catalog): Finding[] {
  if (access.kind !== 'read' || !access.usages || access.usages.length === 0) return [];
  const canonical = cat.canonicalOf(access.name);
  if (!canonical) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const usage of access.usages) {
    for (const mixup of MIXUPS) {
      if (!mixup.wrote.includes(canonical) || mixup.usage !== usage.kind || seen.has(mixup.id)) continue;
      const data = evidence(mixup, usage, cat);
      if (!data) continue;
      seen.add(mixup.id);
      const all = { name: access.name, meant: mixup.meant, section: cat.section(mixup.section).title, ...data };
      const fixes = mixup.id === 'apiTokenAsServiceBearer' ? [] : [readInstead(access.name, mixup.meant)];
      findings.push(makeFinding(mixup.id, all, fixes));
    }
  }
  return findings;
}

/** For each `wrote` name of `MIXUPS`, the usage kinds that are evidence of a mix-up. */
const USAGE_KINDS = new Map<string, Set<UsageKind>>();
for (const mixup of MIXUPS) {
  for (const name of mixup.wrote) {
    const kinds = USAGE_KINDS.get(name) ?? new Set<UsageKind>();
    kinds.add(mixup.usage);
    USAGE_KINDS.set(name, kinds);
  }
}
const NO_USAGE_KINDS: ReadonlySet<UsageKind> = new Set();
const PATH_PATTERNS = new Map(MIXUPS.filter((m) => m.pathPattern).map((m) => [m.id, new RegExp(m.pathPattern!, 'u')]));

/**
 * The kinds of usage (`EnvUsage['kind']`) of a read of `name` that can be evidence of a look-alike mix-up
 * (`MIXUPS`): a host needs to look only for these. `url-base` for the names whose value starts a URL of the other
 * surface, `jwt-signing-key` for `AUTH_SECRET`, `auth-library-secret` for `FLUX_GATEWAY_JWT_SECRET`,
 * `bearer-token` for `FLUX_API_TOKEN` (each as the mix-up rows of the catalog say, aliases resolved).
 * Source: "Names that look alike" and section 3 (`FLUX_API_TOKEN`).
 * @param name a variable name or alias as written
 * @param cat the catalog that resolves aliases (default: the Flux docs page)
 * @param text the whole text of the file the read is in, when the host has it: then only the kinds whose evidence
 *   the text can hold (a URL path of the other surface, the module of a JWT signer, an Auth.js module or config type,
 *   the word `Bearer`) are returned, so a host skips the search where it cannot succeed
 * @returns the usage kinds; empty when no usage of `name` can show a mix-up (a host then skips the search). Never throws.
 */
export function usageKindsFor(name: string, cat: Catalog = defaultCatalog, text?: string): ReadonlySet<UsageKind> {
  const canonical = cat.canonicalOf(name);
  const kinds = (canonical !== undefined && USAGE_KINDS.get(canonical)) || NO_USAGE_KINDS;
  if (text === undefined || kinds.size === 0) return kinds;
  const possible = new Set<UsageKind>();
  for (const mixup of MIXUPS) {
    if (mixup.wrote.includes(canonical!) && evidenceMayBeIn(mixup, text)) possible.add(mixup.usage);
  }
  return possible;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
const anyOf = (texts: readonly string[], flags = 'u') => new RegExp(texts.map(escapeRegExp).join('|'), flags);

/**
 * For each mix-up, a test that the text of a file may hold its evidence: what the host's evidence search needs to
 * find there. A URL path (`pathText`); the module of a JWT signer (`import … from 'jose'`); an Auth.js module or
 * config type; the word `Bearer` of an `Authorization` header.
 */
const EVIDENCE_TEXT: ReadonlyMap<Mixup['id'], RegExp> = new Map(
  MIXUPS.map((mixup): [Mixup['id'], RegExp] => {
    switch (mixup.usage) {
      case 'url-base':
        return [mixup.id, new RegExp(mixup.pathText ?? '', 'u')];
      case 'jwt-signing-key':
        return [mixup.id, anyOf(Object.values(USAGE_LIBRARIES.jwtSigners))];
      case 'auth-library-secret':
        return [
          mixup.id,
          anyOf([...USAGE_LIBRARIES.authjsModules, ...USAGE_LIBRARIES.authjsModulePrefixes, ...USAGE_LIBRARIES.authjsConfigTypes]),
        ];
      case 'bearer-token':
        return [mixup.id, /bearer/iu];
    }
  }),
);

/**
 * The text the answers of `evidenceMayBeIn` are for (hosts ask about one file at a time), those answers, and the
 * text with its escapes decoded (computed at most once per text, only when a marker is not in the text as written).
 */
let evidenceText: string | undefined;
let evidenceAnswers = new Map<Mixup['id'], boolean>();
let decodedText: string | undefined;

function evidenceMayBeIn(mixup: Mixup, text: string): boolean {
  if (text !== evidenceText) {
    evidenceText = text;
    evidenceAnswers = new Map();
    decodedText = undefined;
  }
  let answer = evidenceAnswers.get(mixup.id);
  if (answer === undefined) {
    const marker = EVIDENCE_TEXT.get(mixup.id);
    // Hosts read strings' cooked values: `'/api\/projects'` and `'json\u0077ebtoken'` hold the evidence too.
    answer = !marker || marker.test(text);
    if (!answer && text.includes('\\')) {
      decodedText ??= decodeEscapes(text);
      answer = marker!.test(decodedText);
    }
    evidenceAnswers.set(mixup.id, answer);
  }
  return answer;
}

/**
 * The text with every backslash escape replaced by what it stands for in a string literal (`\u0077`, `\u{77}`,
 * `\x77` → `w`; a line continuation → nothing; `\?` and any other escaped character → that character; `\n` and the
 * other control escapes → the letter, which no evidence marker holds either way). Applied to the whole text, so it
 * may decode outside strings too: the markers only need a text that holds at least what the cooked strings hold.
 */
function decodeEscapes(text: string): string {
  return text.replace(
    /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[\r\n\u2028\u2029])|([\s\S]))/gu,
    (_whole, braced?: string, unicode?: string, hex?: string, lineBreak?: string, other?: string) => {
      const code = braced ?? unicode ?? hex;
      if (code !== undefined) {
        const point = Number.parseInt(code, 16);
        return point <= 0x10ffff ? String.fromCodePoint(point) : '';
      }
      return lineBreak !== undefined ? '' : (other ?? '');
    },
  );
}

function evidence(mixup: Mixup, usage: NonNullable<EnvAccess['usages']>[number], cat: Catalog): Record<string, string> | undefined {
  switch (usage.kind) {
    case 'url-base':
      return PATH_PATTERNS.get(mixup.id)?.test(usage.path) ? { path: shortPath(usage.path) } : undefined;
    case 'jwt-signing-key':
    case 'auth-library-secret':
      return { library: usage.library };
    case 'bearer-token': {
      const url = usage.requestUrlReads.find((read) => mixup.requestTo?.includes(cat.canonicalOf(read) ?? ''));
      return url === undefined ? undefined : { url, signer: mixup.signer ?? '' };
    }
    default:
      return undefined;
  }
}

function shortPath(path: string): string {
  const clean = path.replace(/`/gu, "'");
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

/**
 * `valid-value`: every known value of a write (`at: { kind: 'value', index }`) and every literal fallback of a read
 * (`at: { kind: 'fallback', index }`) checked with `validateValue`. Fallbacks of secrets are left to
 * `no-secret-fallback`. Values are shown with `displayValue` (secrets masked).
 * Source: each variable's "Type" line (see `validateValue`).
 * @param access the access as the host found it (name, kind, module, read form, fallbacks, usages)
 * @param cat the catalog to check against
 * @param show how to put a value of the variable `name` into a message: `displayValue` (a secret masked, URL
 *   user-info masked, anything else quoted); it must never return a secret's value
 * @returns one `invalidValue` or `flagOffWordEnables` finding per bad value, writes' values then reads' fallbacks, in
 *   order; each with `at` pointing at the value
 */
export function valueFindings(
  access: EnvAccess,
  cat: Catalog,
  show: (name: string, value: string) => string,
): Finding[] {
  const findings: Finding[] = [];
  const lists: [NonNullable<Finding['at']>['kind'], readonly string[] | undefined, string][] = [];
  if (access.kind === 'write') lists.push(['value', access.values, 'is set to']);
  if (access.kind === 'read' && !cat.isSecret(access.name)) lists.push(['fallback', access.fallbackValues, 'falls back to']);
  for (const [kind, values, how] of lists) {
    for (const [index, value] of (values ?? []).entries()) {
      const problem = validateValue(access.name, value, cat);
      if (!problem) continue;
      const base = { name: access.name, how, value: show(access.name, value), section: sectionTitleOf(access.name, cat) };
      findings.push(
        problem.kind === 'invalid'
          ? makeFinding('invalidValue', { ...base, problem: problem.problem, expected: problem.expected }, [], { kind, index })
          : makeFinding('flagOffWordEnables', { ...base, what: problem.what }, [], { kind, index }),
      );
    }
  }
  return findings;
}

/**
 * `no-managed-variable`: a write or `delete` of a variable Flux manages (the `PGRST_*` container variables of
 * `v1_dedicated` stacks). Source: section 4 ("You can read them but they're managed by Flux; setting them yourself
 * is rarely the right answer").
 * @param access the access as the host found it (name, kind, module, read form, fallbacks, usages)
 * @param cat the catalog to check against
 * @returns one `managedVariableWrite` finding for a write or `delete` of a `managedByFlux` variable; empty otherwise
 */
export function managedFindings(access: EnvAccess, cat: Catalog): Finding[] {
  if (access.kind === 'read') return [];
  const entry = cat.variable(access.name);
  if (!entry?.managedByFlux) return [];
  return [makeFinding('managedVariableWrite', { name: access.name, section: cat.section(entry.section).title })];
}

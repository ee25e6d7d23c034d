/**
 * The kinds of finding the analysis produces, with their stable ids, the rule that reports them,
 * the tsserver diagnostic code, and the message text every host shows.
 *
 * Message templates use ESLint's `{{placeholder}}` syntax so that an ESLint rule can use them as
 * `meta.messages` verbatim; `renderMessage` fills them the same way for the tsserver plugin.
 */
import type { Finding, FindingFix } from './analysis.js';

/**
 * The rules that check whole files rather than single accesses: `.env*` files (the dotenv language) and
 * `flux.json` (the JSON language). Their findings come from `dotenv-checks.ts`.
 */
export type FileRuleName =
  | 'no-duplicate-key'
  | 'no-invalid-line'
  | 'no-unescaped-dollar'
  | 'no-shared-secret-value'
  | 'no-mismatched-public-twin'
  | 'no-cli-ignored-key'
  | 'no-real-secret-in-example'
  | 'valid-flux-json';

/** The finding kinds of the file rules (`FileRuleName`). */
export type FileFindingId =
  | 'duplicateKey'
  | 'invalidLine'
  | 'unterminatedQuote'
  | 'unescapedDollar'
  | 'sharedSecretValue'
  | 'publicTwinMismatch'
  | 'cliIgnoredKey'
  | 'exampleSecret'
  | 'fluxJsonNotObject'
  | 'fluxJsonMissingField'
  | 'fluxJsonInvalidField';

/** The ESLint rule names (without the `@flux-env/` plugin prefix) that report findings. */
export type RuleName =
  | FileRuleName
  | 'no-public-secret'
  | 'no-tls-reject-unauthorized'
  | 'prefer-canonical-name'
  | 'no-server-env-in-client'
  | 'no-unknown-variable'
  | 'no-secret-fallback'
  | 'no-lookalike-mixup'
  | 'valid-value'
  | 'no-managed-variable';

/** Stable ids of finding kinds. Used as ESLint `messageId`s and as keys of `FINDING_KINDS`. */
export type FindingId =
  | FileFindingId
  | 'publicSecret'
  | 'secretInNextConfig'
  | 'tlsVerificationDisabled'
  | 'tlsDisableIntent'
  | 'legacyAlias'
  | 'secretInClient'
  | 'serverOnlyInClient'
  | 'publicNotInlined'
  | 'unknownVariable'
  | 'unknownVariableDidYouMean'
  | 'secretFallback'
  | 'apiBaseForProjectData'
  | 'serviceUrlForControlPlane'
  | 'authSecretSignsFluxJwt'
  | 'gatewaySecretAsAuthSecret'
  | 'apiTokenAsServiceBearer'
  | 'invalidValue'
  | 'flagOffWordEnables'
  | 'managedVariableWrite';

/** Stable ids of fix messages (ESLint suggestion `messageId`s, tsserver code-fix descriptions). */
export type FixId = 'escapeDollar' | 'renameToCanonical' | 'swapWithCanonical' | 'readInstead' | 'useInstead';

/** A finding kind: who reports it and what it says. */
export interface FindingKind {
  readonly id: FindingId;
  readonly rule: RuleName;
  /** The tsserver diagnostic code: stable, non-zero, unique per kind. */
  readonly code: number;
  /** How a host should weigh it when it has no configuration of its own (tsserver). */
  readonly category: 'error' | 'warning' | 'suggestion';
  /** True when the finding marks a deprecated name (tsserver `reportsDeprecated`). */
  readonly deprecated: boolean;
  /** The message template, with `{{placeholder}}`s. */
  readonly template: string;
  /**
   * The fix messages a finding of this kind may carry (`Finding.fixes[].messageId`) or a host may offer for it
   * (`escapeDollar`); absent when none. `messagesFor` adds them to the rule's `meta.messages`.
   */
  readonly fixes?: readonly FixId[];
}

/** Every finding kind, by id. The message templates are the single wording of each problem. */
export const FINDING_KINDS: { readonly [K in FindingId]: FindingKind & { readonly id: K } } = {
  // File rules (91100–91199): `.env*` files and flux.json.
  duplicateKey: {
    id: 'duplicateKey',
    rule: 'no-duplicate-key',
    code: 91100,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` is set again here (first on line {{firstLine}}): dotenv keeps only the last value, so the one on line {{firstLine}} is silently ignored. Keep one `{{name}}`.',
  },
  invalidLine: {
    id: 'invalidLine',
    rule: 'no-invalid-line',
    code: 91101,
    category: 'error',
    deprecated: false,
    template:
      'dotenv skips this line without a word: {{reason}}. Write it as `KEY=value`, or start it with `#` to make it a comment.',
  },
  unterminatedQuote: {
    id: 'unterminatedQuote',
    rule: 'no-invalid-line',
    code: 91102,
    category: 'error',
    deprecated: false,
    template:
      'The value of `{{name}}` opens a {{quote}} quote that is never closed: dotenv keeps the quote as part of the value, reads only to the end of this line, and skips the lines after it. Close the quote.',
  },
  unescapedDollar: {
    id: 'unescapedDollar',
    rule: 'no-unescaped-dollar',
    code: 91103,
    category: 'error',
    deprecated: false,
    fixes: ['escapeDollar'],
    template:
      'The value of the secret `{{name}}` has a `$` (column {{column}}) that dotenv-expand reads as a variable reference and replaces with that variable\'s value, empty when unset: Next.js loads a different secret than the one written here. Write `\\$` for a literal `$`.',
  },
  sharedSecretValue: {
    id: 'sharedSecretValue',
    rule: 'no-shared-secret-value',
    code: 91104,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` has the same value as `{{other}}` on line {{line}}, but they are different secrets: {{why}} Generate a separate value for `{{name}}` (Flux docs: {{section}}).',
  },
  publicTwinMismatch: {
    id: 'publicTwinMismatch',
    rule: 'no-mismatched-public-twin',
    code: 91105,
    category: 'warning',
    deprecated: false,
    template:
      '`{{name}}` is {{value}}, but `{{twin}}` on line {{line}} is {{twinValue}}: the two are meant to hold the same value under two names, one for server code and one for the browser. Set both to the same value (Flux docs: {{section}}).',
  },
  cliIgnoredKey: {
    id: 'cliIgnoredKey',
    rule: 'no-cli-ignored-key',
    code: 91106,
    category: 'warning',
    deprecated: false,
    template:
      '`{{name}}` does nothing in a dotenv file: only the flux CLI reads it, and the CLI loads just {{keys}} from {{files}}. Export `{{name}}` in your shell instead (Flux docs: {{section}}).',
  },
  exampleSecret: {
    id: 'exampleSecret',
    rule: 'no-real-secret-in-example',
    code: 91107,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` holds what looks like a real secret ({{value}}) in an example file, which gets committed and shared. Leave it empty or write a placeholder, and rotate the secret if it was ever real (Flux docs: {{section}}).',
  },
  fluxJsonNotObject: {
    id: 'fluxJsonNotObject',
    rule: 'valid-flux-json',
    code: 91108,
    category: 'error',
    deprecated: false,
    template: 'flux.json must be an object with {{fields}}, not {{what}} (Flux docs: {{section}}).',
  },
  fluxJsonMissingField: {
    id: 'fluxJsonMissingField',
    rule: 'valid-flux-json',
    code: 91109,
    category: 'error',
    deprecated: false,
    template:
      'flux.json has no `{{field}}`: the CLI needs both {{fields}}. `{{field}}` is {{description}} (Flux docs: {{section}}).',
  },
  fluxJsonInvalidField: {
    id: 'fluxJsonInvalidField',
    rule: 'valid-flux-json',
    code: 91110,
    category: 'error',
    deprecated: false,
    template: 'flux.json `{{field}}` is {{value}}, which is not {{description}} (Flux docs: {{section}}).',
  },
  publicSecret: {
    id: 'publicSecret',
    rule: 'no-public-secret',
    code: 91001,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` exposes the secret `{{secret}}` to the browser: Next.js inlines every `{{prefix}}` variable into the client bundle. Keep `{{secret}}` server-only and use it in a route handler or server action (Flux docs: {{section}}).',
  },
  secretInNextConfig: {
    id: 'secretInNextConfig',
    rule: 'no-public-secret',
    code: 91002,
    category: 'error',
    deprecated: false,
    template:
      '`{{option}}.{{key}}` in next.config puts the secret `{{secret}}` into the browser bundle: Next.js inlines every key of `{{option}}` into client code. Read `{{secret}}` from `process.env` in server-only code instead (Flux docs: {{section}}).',
  },
  tlsVerificationDisabled: {
    id: 'tlsVerificationDisabled',
    rule: 'no-tls-reject-unauthorized',
    code: 91003,
    category: 'error',
    deprecated: false,
    template:
      'Setting `{{name}}` to {{value}} turns off TLS certificate checks for every HTTPS connection this process makes, not just the call to Flux. Trust a private CA with `{{alternative}}`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: {{section}}).',
  },
  tlsDisableIntent: {
    id: 'tlsDisableIntent',
    rule: 'no-tls-reject-unauthorized',
    code: 91019,
    category: 'error',
    deprecated: false,
    template:
      'Setting `{{name}}` to {{value}} reads as turning TLS certificate checks off. Node turns them off only for exactly "0", so this does nothing today, and the edit that makes it "0" weakens every HTTPS connection this process makes. Remove it: trust a private CA with `{{alternative}}`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: {{section}}).',
  },
  legacyAlias: {
    id: 'legacyAlias',
    rule: 'prefer-canonical-name',
    code: 91004,
    category: 'suggestion',
    deprecated: true,
    fixes: ['renameToCanonical', 'swapWithCanonical'],
    template:
      '`{{name}}` is a legacy alias of `{{canonical}}`: {{reason}}. Use `{{canonical}}` (Flux docs: {{section}}).',
  },
  secretInClient: {
    id: 'secretInClient',
    rule: 'no-server-env-in-client',
    code: 91005,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` is a secret, read here in client code: it must never reach the browser bundle. Mint or use it in a route handler or server action, and send the client only the result (Flux docs: {{section}}).',
  },
  serverOnlyInClient: {
    id: 'serverOnlyInClient',
    rule: 'no-server-env-in-client',
    code: 91006,
    category: 'error',
    deprecated: false,
    fixes: ['readInstead'],
    template:
      '`{{name}}` is server-only, so in client code it is `undefined` in the browser: Next.js inlines only `{{prefix}}*` variables into the client bundle. {{instead}} (Flux docs: {{section}}).',
  },
  publicNotInlined: {
    id: 'publicNotInlined',
    rule: 'no-server-env-in-client',
    code: 91007,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` is read through {{form}} in client code, but Next.js inlines only direct `process.env.{{name}}` reads into the browser bundle: here it is `undefined` in the browser. Read it as `process.env.{{name}}` (Flux docs: {{section}}).',
  },
  unknownVariable: {
    id: 'unknownVariable',
    rule: 'no-unknown-variable',
    code: 91008,
    category: 'warning',
    deprecated: false,
    template:
      '`{{name}}` is not a variable of the Flux docs, yet it has the `{{namespace}}` prefix of {{owner}} variables: a misspelt name reads `undefined`. Check it against the quick lookup table, or list it in the `allow` option if it is your own (Flux docs: {{section}}).',
  },
  unknownVariableDidYouMean: {
    id: 'unknownVariableDidYouMean',
    rule: 'no-unknown-variable',
    code: 91009,
    category: 'warning',
    deprecated: false,
    fixes: ['readInstead', 'useInstead'],
    template:
      '`{{name}}` is not a variable of the Flux docs; did you mean {{suggestions}}? A misspelt name reads `undefined` (Flux docs: {{section}}).',
  },
  secretFallback: {
    id: 'secretFallback',
    rule: 'no-secret-fallback',
    code: 91010,
    category: 'error',
    deprecated: false,
    template:
      '`{{name}}` is a secret, but this read falls back to a literal ({{value}}) when it is unset: that literal is a hard-coded secret in your source, and the app silently runs with it. Remove the fallback and fail when `{{name}}` is missing (Flux docs: {{section}}).',
  },
  apiBaseForProjectData: {
    id: 'apiBaseForProjectData',
    rule: 'no-lookalike-mixup',
    code: 91011,
    category: 'warning',
    deprecated: false,
    fixes: ['readInstead'],
    template:
      '`{{name}}` is the control plane API the CLI calls, but this URL appends the project-data path `{{path}}` to it: that request yields a 404. Project data lives at your project\'s Service URL, `{{meant}}` (Flux docs: {{section}}).',
  },
  serviceUrlForControlPlane: {
    id: 'serviceUrlForControlPlane',
    rule: 'no-lookalike-mixup',
    code: 91012,
    category: 'warning',
    deprecated: false,
    fixes: ['readInstead'],
    template:
      '`{{name}}` is your project\'s Service URL, but this URL appends the control plane path `{{path}}` to it: that request yields a 404. Control plane calls go to `{{meant}}` (the dashboard API origin + `/api`) (Flux docs: {{section}}).',
  },
  authSecretSignsFluxJwt: {
    id: 'authSecretSignsFluxJwt',
    rule: 'no-lookalike-mixup',
    code: 91013,
    category: 'warning',
    deprecated: false,
    fixes: ['readInstead'],
    template:
      '`{{name}}` signs your app\'s Auth.js session cookie, but here it signs a JWT with `{{library}}`: the Flux gateway accepts bearer JWTs signed with `{{meant}}` only. Sign Flux tokens with `{{meant}}`, and keep the two secrets independent (Flux docs: {{section}}).',
  },
  gatewaySecretAsAuthSecret: {
    id: 'gatewaySecretAsAuthSecret',
    rule: 'no-lookalike-mixup',
    code: 91014,
    category: 'warning',
    deprecated: false,
    fixes: ['readInstead'],
    template:
      '`{{name}}` signs the bearer JWTs you mint for Flux, but here it is Auth.js\'s `secret`, which signs your session cookie. Give Auth.js `{{meant}}`: the two are independent secrets and should be different values (Flux docs: {{section}}).',
  },
  apiTokenAsServiceBearer: {
    id: 'apiTokenAsServiceBearer',
    rule: 'no-lookalike-mixup',
    code: 91015,
    category: 'warning',
    deprecated: false,
    template:
      '`{{name}}` is your personal control plane token, but here it is the bearer of a request to your project\'s Service URL (`{{url}}`): the gateway accepts only JWTs signed with `{{signer}}`, and the token leaks to the project surface. Mint a JWT with `{{signer}}`, or use `{{meant}}` in scripts (Flux docs: {{section}}).',
  },
  invalidValue: {
    id: 'invalidValue',
    rule: 'valid-value',
    code: 91016,
    category: 'warning',
    deprecated: false,
    template: '`{{name}}` {{how}} {{value}}, which {{problem}}. Expected: {{expected}} (Flux docs: {{section}}).',
  },
  flagOffWordEnables: {
    id: 'flagOffWordEnables',
    rule: 'valid-value',
    code: 91017,
    category: 'warning',
    deprecated: false,
    template:
      '`{{name}}` {{how}} {{value}}, which turns {{what}} on, not off: any non-empty value other than "0" enables it. Use "0", or leave `{{name}}` unset, to turn it off (Flux docs: {{section}}).',
  },
  managedVariableWrite: {
    id: 'managedVariableWrite',
    rule: 'no-managed-variable',
    code: 91018,
    category: 'warning',
    deprecated: false,
    template:
      '`{{name}}` is managed by Flux: it exists only on v1_dedicated stacks, where Flux sets it on the project\'s PostgREST container. You can read it, but setting it yourself is rarely the right answer (Flux docs: {{section}}).',
  },
};

/** Fix message templates, by id. */
export const FIX_MESSAGES: { readonly [K in FixId]: string } = {
  escapeDollar: 'Escape the `$` as `\\$`.',
  renameToCanonical: 'Rename `{{name}}` to `{{canonical}}`.',
  swapWithCanonical: 'Read `{{canonical}}` first and keep `{{name}}` as its fallback.',
  readInstead: 'Read `{{to}}` instead of `{{name}}`.',
  useInstead: 'Use `{{to}}` instead of `{{name}}`.',
};

/**
 * Fills a `{{placeholder}}` template the way ESLint does (`{{ name }}` with optional spaces).
 * @param template a message template from `FINDING_KINDS` or `FIX_MESSAGES`
 * @param data values for the placeholders; a placeholder with no value is left as written, as ESLint does
 * @returns the message text
 */
export function renderMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/gu, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? (data[key] ?? whole) : whole,
  );
}

/**
 * Builds a finding of kind `id`: the one place the analysis (`analysis.ts`, `checks.ts`, `dotenv-checks.ts`)
 * turns placeholder values into a `Finding`, so every host shows the same rule, code and message text.
 * @param id the finding kind
 * @param data placeholder values of the kind's template: names, masked values, never a secret's value
 * @param fixes the fixes the finding offers; each `messageId` should be one of the kind's declared `fixes`
 * @param at which value of the access the finding is about, when it is about one
 * @returns the finding with its message rendered; `at` is left out when not given
 * Source: the message templates of `FINDING_KINDS`.
 */
export function makeFinding(
  id: FindingId,
  data: Record<string, string>,
  fixes: readonly FindingFix[] = [],
  at?: Finding['at'],
): Finding {
  const kind = FINDING_KINDS[id];
  return {
    id,
    rule: kind.rule,
    code: kind.code,
    data,
    message: renderMessage(kind.template, data),
    fixes,
    ...(at ? { at } : {}),
  };
}

/**
 * Builds a rename fix: write `to` instead of the name at the access.
 * @param messageId the fix message (`renameToCanonical`, `readInstead`)
 * @param to the name to write instead
 * @param data placeholder values of the fix message
 * @returns the fix with its message rendered
 * Source: the fix templates of `FIX_MESSAGES`.
 */
export function makeFix(messageId: FixId, to: string, data: Record<string, string>): FindingFix {
  return { kind: 'rename', to, messageId, data, message: renderMessage(FIX_MESSAGES[messageId], data) };
}

/**
 * Builds a swap fix: write `to` at the access, and the access's name instead of `partner`, the name read after it in
 * the same `??` / `||` chain (the two names trade places).
 * @param messageId the fix message (`swapWithCanonical`)
 * @param to the name to write at the access
 * @param partner the name read later in the chain that takes the access's name
 * @param data placeholder values of the fix message (`partner` is added to them)
 * @returns the fix with its message rendered
 * Source: the fix templates of `FIX_MESSAGES`.
 */
export function makeSwapFix(messageId: FixId, to: string, partner: string, data: Record<string, string>): FindingFix {
  return { ...makeFix(messageId, to, { ...data, partner }), kind: 'swap', partner };
}

/**
 * The `meta.messages` object of an ESLint rule: every finding template the rule reports and every fix
 * template any of those findings may carry (the kinds' declared `fixes`), so that a new fix in the catalog never
 * makes `context.report` throw "messageId not present".
 * @param rule the rule name, e.g. `"prefer-canonical-name"`
 * @param fixIds more fix messages the rule offers on its own (kept for compatibility; usually not needed)
 * @returns `{ [messageId]: template }`: the finding kinds in `FINDING_KINDS` order, then the fixes
 */
export function messagesFor(rule: RuleName, fixIds: readonly FixId[] = []): Record<string, string> {
  const messages: Record<string, string> = {};
  const fixes = new Set<FixId>();
  for (const kind of Object.values(FINDING_KINDS) as FindingKind[]) {
    if (kind.rule !== rule) continue;
    messages[kind.id] = kind.template;
    for (const id of kind.fixes ?? []) fixes.add(id);
  }
  for (const id of fixIds) fixes.add(id);
  for (const id of fixes) messages[id] = FIX_MESSAGES[id];
  return messages;
}

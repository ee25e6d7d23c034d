/**
 * The kinds of finding the analysis produces, with their stable ids, the rule that reports them,
 * the tsserver diagnostic code, and the message text every host shows.
 *
 * Message templates use ESLint's `{{placeholder}}` syntax so that an ESLint rule can use them as
 * `meta.messages` verbatim; `renderMessage` fills them the same way for the tsserver plugin.
 */

/** The ESLint rule names (without the `@flux-env/` plugin prefix) that report findings. */
export type RuleName = 'no-public-secret' | 'no-tls-reject-unauthorized' | 'prefer-canonical-name';

/** Stable ids of finding kinds. Used as ESLint `messageId`s and as keys of `FINDING_KINDS`. */
export type FindingId = 'publicSecret' | 'secretInNextConfig' | 'tlsVerificationDisabled' | 'legacyAlias';

/** Stable ids of fix messages (ESLint suggestion `messageId`s, tsserver code-fix descriptions). */
export type FixId = 'renameToCanonical';

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
}

/** Every finding kind, by id. The message templates are the single wording of each problem. */
export const FINDING_KINDS: { readonly [K in FindingId]: FindingKind & { readonly id: K } } = {
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
  legacyAlias: {
    id: 'legacyAlias',
    rule: 'prefer-canonical-name',
    code: 91004,
    category: 'suggestion',
    deprecated: true,
    template:
      '`{{name}}` is a legacy alias of `{{canonical}}`: {{reason}}. Use `{{canonical}}` (Flux docs: {{section}}).',
  },
};

/** Fix message templates, by id. */
export const FIX_MESSAGES: { readonly [K in FixId]: string } = {
  renameToCanonical: 'Rename `{{name}}` to `{{canonical}}`.',
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
 * The `meta.messages` object of an ESLint rule: every finding template the rule reports and every fix
 * template it may suggest.
 * @param rule the rule name, e.g. `"prefer-canonical-name"`
 * @param fixIds the fix messages the rule uses as suggestions
 * @returns `{ [messageId]: template }`
 */
export function messagesFor(rule: RuleName, fixIds: readonly FixId[] = []): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const kind of Object.values(FINDING_KINDS)) {
    if (kind.rule === rule) messages[kind.id] = kind.template;
  }
  for (const id of fixIds) messages[id] = FIX_MESSAGES[id];
  return messages;
}

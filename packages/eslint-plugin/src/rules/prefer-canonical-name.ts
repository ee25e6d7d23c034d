/**
 * `prefer-canonical-name`: a legacy alias where the docs name a canonical variable.
 * Source: Flux docs, section 1 (`FLUX_URL` notes: `FLUX_SERVICE_URL`), section 2 (`NEXTAUTH_SECRET`,
 * `NEXTAUTH_URL`, `GITHUB_ID`, `GITHUB_SECRET`) and "Names that look alike".
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { accessRuleListeners } from '../util/access-rule.js';

/** Message ids of `prefer-canonical-name`: the finding and its rename suggestion. */
export type MessageIds = 'legacyAlias' | 'renameToCanonical';
/** Options of `prefer-canonical-name`. */
export type Options = [
  {
    /** Rename with `--fix` instead of offering a suggestion. Default `false`: renaming changes which variable is read. */
    autofix?: boolean;
  },
];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'prefer-canonical-name';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Prefer the canonical name of a Flux variable over its legacy alias',
      recommended: 'warn',
      strict: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    languages: ENV_ACCESS_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [
      {
        type: 'object',
        properties: {
          autofix: {
            type: 'boolean',
            description: 'Rename with `--fix` instead of offering a suggestion.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ autofix: false }],
  },
  defaultOptions: [{ autofix: false }],
  create(context, [options]) {
    return accessRuleListeners(context, RULE_NAME, { autofix: options.autofix === true });
  },
});

/**
 * `prefer-canonical-name`: a legacy alias where the docs name a canonical variable.
 * Source: Flux docs, section 1 (`FLUX_URL` notes: `FLUX_SERVICE_URL`), section 2 (`NEXTAUTH_SECRET`,
 * `NEXTAUTH_URL`, `GITHUB_ID`, `GITHUB_SECRET`) and "Names that look alike".
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { envAccessListeners } from '../util/env-accesses.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { reportAccessFindings } from '../util/report.js';

/** Message ids of `prefer-canonical-name`: the finding and its rename suggestion. */
export type MessageIds = 'legacyAlias' | 'renameToCanonical';
/** Options of `prefer-canonical-name`. */
export type Options = [
  {
    /** Rename with `--fix` instead of offering a suggestion. Default `false`: renaming changes which variable is read. */
    autofix?: boolean;
  },
];

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
    messages: messagesFor(RULE_NAME, ['renameToCanonical']) as Record<MessageIds, string>,
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
    return envAccessListeners(context, (accesses) =>
      reportAccessFindings(context, RULE_NAME, accesses, { autofix: options.autofix === true }),
    );
  },
});

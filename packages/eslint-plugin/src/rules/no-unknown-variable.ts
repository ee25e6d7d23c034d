/**
 * `no-unknown-variable`: a name in a catalog namespace that the catalog does not list, or a name a small edit away
 * from a catalog name, with did-you-mean suggestions.
 * Source: Flux docs, "Quick lookup" (every documented name) and "Names that look alike".
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { globMatches } from '../util/globs.js';
import { envAccessListeners } from '../util/env-accesses.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { findingNode, findingsForRule, reportFinding } from '../util/report.js';

/** Message ids of `no-unknown-variable`: its findings and the did-you-mean suggestion. */
export type MessageIds = 'unknownVariable' | 'unknownVariableDidYouMean' | 'readInstead' | 'useInstead';
/** Options of `no-unknown-variable`. */
export type Options = [
  {
    /** Names, or glob patterns (picomatch) over names (`FLUX_MY_*`), that are known although the catalog does not list them. Default `[]`. */
    allow?: string[];
  },
];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-unknown-variable';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow misspelt Flux, Auth.js and PostgREST variable names',
      recommended: 'warn',
      strict: true,
    },
    hasSuggestions: true,
    languages: ENV_ACCESS_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Extra names, or glob patterns over names, that are not unknown.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  defaultOptions: [{ allow: [] }],
  create(context, [options]) {
    const allow = options.allow ?? [];
    const allowed = (name: string) => allow.some((pattern) => pattern === name || globMatches(name, pattern));
    return envAccessListeners(context, (accesses) => {
      for (const { access, finding } of findingsForRule(accesses, RULE_NAME)) {
        if (!allowed(access.name)) reportFinding(context, finding, findingNode(access, finding), access.rename, {}, access);
      }
    });
  },
});

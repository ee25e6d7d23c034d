/**
 * `valid-value`: literal values that set a variable, and literal fallbacks of reads, checked against the type the
 * docs give the variable.
 * Source: Flux docs, each variable's "Type" line (sections 1, 3 and 4).
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { accessRuleListeners } from '../util/access-rule.js';

/** Message ids of `valid-value`. */
export type MessageIds = 'invalidValue' | 'flagOffWordEnables';
/** `valid-value` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'valid-value';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce that literal values of Flux variables match the documented type',
      recommended: 'warn',
      strict: true,
    },
    languages: ENV_ACCESS_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return accessRuleListeners(context, RULE_NAME);
  },
});

/**
 * `no-managed-variable`: writes to the `PGRST_*` variables, which Flux manages on `v1_dedicated` stacks.
 * Source: Flux docs, section 4 "PostgREST container envs (v1_dedicated only)" ("You can read them but they're
 * managed by Flux; setting them yourself is rarely the right answer").
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { accessRuleListeners } from '../util/access-rule.js';

/** Message ids of `no-managed-variable`. */
export type MessageIds = 'managedVariableWrite';
/** `no-managed-variable` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-managed-variable';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow setting the PostgREST variables that Flux manages',
      recommended: false,
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

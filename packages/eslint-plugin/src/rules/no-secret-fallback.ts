/**
 * `no-secret-fallback`: a secret read with a non-empty literal fallback (`??`, `||`, a destructuring default, the
 * other branch of a conditional): the literal is a hard-coded secret in source, and the app silently runs with it.
 * Source: Flux docs, every "Sensitive: Yes" entry (sections 1–4).
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { CODE_LANGUAGES, accessRuleListeners } from '../util/access-rule.js';

/** Message ids of `no-secret-fallback`. */
export type MessageIds = 'secretFallback';
/** `no-secret-fallback` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-secret-fallback';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hard-coded literal fallbacks for secret variables',
      recommended: 'error',
      strict: true,
    },
    languages: CODE_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return accessRuleListeners(context, RULE_NAME);
  },
});

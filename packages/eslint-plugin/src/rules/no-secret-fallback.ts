/**
 * `no-secret-fallback`: a secret read with a non-empty literal fallback (`??`, `||`, a destructuring default, the
 * other branch of a conditional): the literal is a hard-coded secret in source, and the app silently runs with it.
 * Source: Flux docs, every "Sensitive: Yes" entry (sections 1–4).
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { envAccessListeners } from '../util/env-accesses.js';
import { reportAccessFindings } from '../util/report.js';

/** Message ids of `no-secret-fallback`. */
export type MessageIds = 'secretFallback';
/** `no-secret-fallback` takes no options. */
export type Options = [];

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
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return envAccessListeners(context, (accesses) => reportAccessFindings(context, RULE_NAME, accesses));
  },
});

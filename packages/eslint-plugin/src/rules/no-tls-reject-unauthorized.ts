/**
 * `no-tls-reject-unauthorized`: code that turns TLS certificate checks off process-wide.
 * Source: Flux docs, section 5 "TLS and runtime", `NODE_TLS_REJECT_UNAUTHORIZED` ("Set to 0 to disable TLS
 * verification process-wide. Don't.") and `NODE_EXTRA_CA_CERTS`.
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { accessRuleListeners } from '../util/access-rule.js';

/** Message ids of `no-tls-reject-unauthorized`. */
export type MessageIds = 'tlsVerificationDisabled' | 'tlsDisableIntent';
/** `no-tls-reject-unauthorized` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-tls-reject-unauthorized';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow turning off TLS certificate verification for the whole process',
      recommended: 'error',
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

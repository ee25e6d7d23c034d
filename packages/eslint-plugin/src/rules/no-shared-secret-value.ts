/**
 * `no-shared-secret-value`: two different secrets given the same value in one `.env*` file.
 * Source: Flux docs, section 2 (`AUTH_SECRET` and `FLUX_GATEWAY_JWT_SECRET` "are independent secrets and should
 * be different values"), "Names that look alike"; section 4 (`PGRST_JWT_SECRET` matches `FLUX_GATEWAY_JWT_SECRET`).
 */
import { messagesFor, sharedSecretFindings } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { DOTENV_LANGUAGES, dotenvFileListeners } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-shared-secret-value`. */
export type MessageIds = 'sharedSecretValue';
/** `no-shared-secret-value` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-shared-secret-value';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow giving two different secrets the same value in one `.env` file',
      recommended: 'error',
      strict: true,
    },
    languages: DOTENV_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return dotenvFileListeners(context, sharedSecretFindings, 'value', { blankExamplePlaceholders: true });
  },
});

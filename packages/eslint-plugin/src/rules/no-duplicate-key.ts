/**
 * `no-duplicate-key`: a key set twice in one `.env*` file, where dotenv silently keeps the last value.
 * Source: dotenv ("the last duplicate key wins"); Flux docs, section 1 ("Where it's set: .env.local").
 */
import { duplicateKeyFindings, messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { DOTENV_LANGUAGES, dotenvFileListeners } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-duplicate-key`. */
export type MessageIds = 'duplicateKey';
/** `no-duplicate-key` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-duplicate-key';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting the same key twice in one `.env` file',
      recommended: 'error',
      strict: true,
    },
    languages: DOTENV_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return dotenvFileListeners(context, duplicateKeyFindings, 'key');
  },
});

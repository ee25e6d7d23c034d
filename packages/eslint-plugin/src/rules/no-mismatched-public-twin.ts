/**
 * `no-mismatched-public-twin`: a variable and its browser twin (`FLUX_URL` / `NEXT_PUBLIC_FLUX_URL`) set to
 * different values in one `.env*` file.
 * Source: Flux docs, section 1 (`FLUX_URL`: "Same value as NEXT_PUBLIC_FLUX_URL, but for server-only code paths").
 */
import { messagesFor, publicTwinFindings } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { DOTENV_LANGUAGES, dotenvFileListeners } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-mismatched-public-twin`. */
export type MessageIds = 'publicTwinMismatch';
/** `no-mismatched-public-twin` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-mismatched-public-twin';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a variable and its `NEXT_PUBLIC_` twin to have the same value in one `.env` file',
      recommended: 'warn',
      strict: true,
    },
    languages: DOTENV_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return dotenvFileListeners(context, publicTwinFindings, 'value', { blankExamplePlaceholders: true });
  },
});

/**
 * `no-lookalike-mixup`: one variable used where its look-alike is meant, reported only on clear evidence in the
 * code (the URL path built on it, the call it signs with, the option it is given, the request it authorises).
 * Source: Flux docs, "Names that look alike" and "The idea" (two surfaces, two URLs, two kinds of token).
 */
import { messagesFor } from '@flux-env/catalog';
import { createRule } from '../util/create-rule.js';
import { CODE_LANGUAGES, accessRuleListeners } from '../util/access-rule.js';

/** Message ids of `no-lookalike-mixup`: one per collision, and the suggestion to read the name meant. */
export type MessageIds =
  | 'apiBaseForProjectData'
  | 'serviceUrlForControlPlane'
  | 'authSecretSignsFluxJwt'
  | 'gatewaySecretAsAuthSecret'
  | 'apiTokenAsServiceBearer'
  | 'readInstead';
/** `no-lookalike-mixup` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-lookalike-mixup';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow using a Flux variable where the docs' look-alike is meant",
      recommended: 'warn',
      strict: true,
    },
    hasSuggestions: true,
    languages: CODE_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    return accessRuleListeners(context, RULE_NAME);
  },
});

/**
 * `no-real-secret-in-example`: a value that looks like a real secret in an example file (`.env.example`,
 * `.env.sample`, `.env.template`: the files linted with `languageOptions: { example: true }`), which is committed.
 * Source: every "Sensitive: Yes" entry of the Flux docs; `FLUX_API_TOKEN` ("Rotate via the dashboard if leaked").
 */
import { exampleSecretFinding, messagesFor } from '@flux-env/catalog';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import type { EntryNode } from '../languages/dotenv/parser.js';
import { DOTENV_LANGUAGES, dotenvSourceCode, reportAtNode } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-real-secret-in-example`. */
export type MessageIds = 'exampleSecret';
/** `no-real-secret-in-example` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-real-secret-in-example';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow real-looking secrets in example `.env` files',
      recommended: 'error',
      strict: true,
    },
    languages: DOTENV_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = dotenvSourceCode(context);
    if (sourceCode?.languageOptions.example !== true) return {};
    return {
      Entry(node: EntryNode) {
        const finding = exampleSecretFinding(node.key.name, node.value.value);
        if (finding) reportAtNode(context, finding, node.value);
      },
    } as TSESLint.RuleListener;
  },
});

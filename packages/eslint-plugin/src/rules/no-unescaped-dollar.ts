/**
 * `no-unescaped-dollar`: a `$` in a secret's value in a `.env*` file that dotenv-expand reads as a reference
 * and replaces, so the app loads a different secret than the one written.
 * Source: every "Sensitive: Yes" entry of the Flux docs; dotenv-expand (`$VAR`, `${VAR}`, `\$`), which Next.js
 * runs on every value it loads.
 */
import { messagesFor, unescapedDollarFinding } from '@flux-env/catalog';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import type { EntryNode } from '../languages/dotenv/parser.js';
import { DOTENV_LANGUAGES, dotenvSourceCode, isExamplePlaceholder, reportAtNode } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-unescaped-dollar`: the finding and its suggestion. */
export type MessageIds = 'unescapedDollar' | 'escapeDollar';
/** `no-unescaped-dollar` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-unescaped-dollar';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a `$` that dotenv-expand would replace in a secret in `.env` files',
      recommended: 'error',
      strict: true,
    },
    hasSuggestions: true,
    languages: DOTENV_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = dotenvSourceCode(context);
    if (!sourceCode) return {};
    return {
      Entry(node: EntryNode) {
        if (isExamplePlaceholder(sourceCode, node.value.value)) return;
        for (const reference of node.value.references) {
          const finding = unescapedDollarFinding(node.key.name, reference.loc.start.column);
          if (!finding) return;
          const dollar = reference.range[0];
          const { start } = reference.loc;
          // Reported at the `$` alone: the character to escape.
          const at = { range: [dollar, dollar + 1] as [number, number], loc: { start, end: { ...start, column: start.column + 1, offset: dollar + 1 } } };
          reportAtNode(context, finding, at, [
            { messageId: 'escapeDollar', fix: (fixer) => fixer.insertTextBeforeRange([dollar, dollar], '\\') },
          ]);
        }
      },
    } as TSESLint.RuleListener;
  },
});

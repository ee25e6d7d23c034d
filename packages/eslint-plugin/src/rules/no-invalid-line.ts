/**
 * `no-invalid-line`: a line of a `.env*` file that dotenv skips without a word (a key with no `=`, a stray
 * fragment of a broken multi-line value, anything that is not `KEY=value`), and a value whose quote never closes.
 * Source: dotenv ("lines it cannot read are skipped silently"; quoted values may span lines).
 */
import { invalidLineFinding, messagesFor, unterminatedQuoteFinding } from '@flux-env/catalog';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import type { EntryNode, InvalidLineNode } from '../languages/dotenv/parser.js';
import { DOTENV_LANGUAGES, dotenvSourceCode, reportAtNode } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-invalid-line`. */
export type MessageIds = 'invalidLine' | 'unterminatedQuote';
/** `no-invalid-line` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-invalid-line';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow lines that dotenv skips silently in `.env` files',
      recommended: 'error',
      strict: true,
    },
    languages: DOTENV_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    if (!dotenvSourceCode(context)) return {};
    return {
      InvalidLine(node: InvalidLineNode) {
        const reason =
          node.reason === 'missing-separator'
            ? { kind: node.reason, name: node.name ?? '' }
            : node.reason === 'stray-fragment'
              ? { kind: node.reason, name: node.name ?? '', line: node.relatedLine ?? 0 }
              : { kind: node.reason };
        reportAtNode(context, invalidLineFinding(reason), node);
      },
      Entry(node: EntryNode) {
        if (!node.value.unterminated) return;
        const quote = node.value.value[0] ?? '"';
        reportAtNode(context, unterminatedQuoteFinding(node.key.name, quote), node.value);
      },
    } as TSESLint.RuleListener;
  },
});

/**
 * `no-cli-ignored-key`: a variable only the flux CLI reads, set in a `.env*` file, where it does nothing: the CLI
 * loads only its five keys from `.env` / `.env.local` (`FLUX_DEBUG` there is ignored).
 * Source: Flux docs, section 3 "Driving the CLI" (opening paragraph; `FLUX_DEBUG`).
 */
import { cliIgnoredKeyFinding, messagesFor } from '@flux-env/catalog';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import type { EntryNode } from '../languages/dotenv/parser.js';
import { DOTENV_LANGUAGES, dotenvSourceCode, reportAtNode } from '../languages/dotenv/rule-helpers.js';

/** Message ids of `no-cli-ignored-key`. */
export type MessageIds = 'cliIgnoredKey';
/** `no-cli-ignored-key` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-cli-ignored-key';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow CLI-only variables in `.env` files, where the flux CLI never reads them',
      recommended: 'warn',
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
      Entry(node: EntryNode) {
        const finding = cliIgnoredKeyFinding(node.key.name);
        if (finding) reportAtNode(context, finding, node.key);
      },
    } as TSESLint.RuleListener;
  },
});

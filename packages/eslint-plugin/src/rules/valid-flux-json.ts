/**
 * `valid-flux-json`: `flux.json` has both `slug` and `hash`, and `hash` is 7 hex characters. Runs on
 * `@eslint/json`'s language.
 * Source: Flux docs, section 3, "flux.json (not an env var, but adjacent)".
 */
import { analyzeFluxJson, messagesFor } from '@flux-env/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../util/create-rule.js';
import { JSON_ROOT, rootType } from '../languages/file-accesses.js';

/** Message ids of `valid-flux-json`. */
export type MessageIds = 'fluxJsonNotObject' | 'fluxJsonMissingField' | 'fluxJsonInvalidField';
/** `valid-flux-json` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'valid-flux-json';

/** The parts of `@eslint/json`'s (momoa's) nodes the rule reads. */
interface JsonNode {
  readonly type: string;
  readonly value?: unknown;
  readonly members?: readonly { readonly name: JsonNode; readonly value: JsonNode }[];
  readonly elements?: readonly { readonly value: JsonNode }[];
  readonly body?: JsonNode;
}

/** The JavaScript value of a JSON node. */
function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'Object':
      return Object.fromEntries((node.members ?? []).map((m) => [String(m.name.value), valueOf(m.value)]));
    case 'Array':
      return (node.elements ?? []).map((e) => valueOf(e.value));
    case 'Null':
      return null;
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    default:
      return node.value;
  }
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `flux.json` to have a `slug` and a 7-hex `hash`',
      recommended: 'error',
      strict: true,
    },
    languages: ['json/*'],
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    if (rootType(context.sourceCode) !== JSON_ROOT) return {};
    return {
      'Document:exit'(document: JsonNode) {
        const body = document.body;
        if (!body) return;
        const members = body.type === 'Object' ? (body.members ?? []) : undefined;
        const findings = analyzeFluxJson(
          members ? members.map((m) => ({ name: String(m.name.value), value: valueOf(m.value) })) : { type: body.type },
        );
        for (const { member, finding } of findings) {
          const at = member === undefined ? body : members![member]!.value;
          context.report({ node: at as unknown as TSESTree.Node, messageId: finding.id as MessageIds, data: finding.data });
        }
      },
    } as TSESLint.RuleListener;
  },
});

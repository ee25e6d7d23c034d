/**
 * `no-public-secret`: a secret exposed to the browser bundle.
 * Source: Flux docs, section 1 (`FLUX_GATEWAY_JWT_SECRET`: "never expose this in browser bundles") and every
 * "Sensitive: Yes" entry; Next.js inlines `NEXT_PUBLIC_*` and `next.config`'s `env` into client code.
 */
import { NEXT_CONFIG_PUBLIC_OPTIONS, analyzeNextConfigEntry, isNextConfigFileName, messagesFor } from '@flux-env/catalog';
import type { TSESTree } from '@typescript-eslint/types';
import { AST_NODE_TYPES, getPropertyName } from '../util/node-types.js';
import { createRule } from '../util/create-rule.js';
import { fileBaseName } from '../util/globs.js';
import { accessRuleListeners } from '../util/access-rule.js';
import { ENV_ACCESS_LANGUAGES } from '../languages/file-accesses.js';
import { reportFinding } from '../util/report.js';

/** Message ids of `no-public-secret`. */
export type MessageIds = 'publicSecret' | 'secretInNextConfig';
/** `no-public-secret` takes no options. */
export type Options = [];

/** The rule's name without the `@flux-env/` prefix: its key in the plugin's `rules`, the basename of its docs page, and the `rule` of the catalog finding kinds it reports. */
export const RULE_NAME = 'no-public-secret';

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow exposing a Flux secret to the browser bundle',
      recommended: 'error',
      strict: true,
    },
    languages: ENV_ACCESS_LANGUAGES,
    messages: messagesFor(RULE_NAME) as Record<MessageIds, string>,
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const isNextConfig = isNextConfigFileName(fileBaseName(context.filename));
    const publicOptions: TSESTree.ObjectExpression[] = [];
    const listeners = accessRuleListeners(context, RULE_NAME, {}, (accesses) => {
      for (const object of publicOptions) {
        const option = getPropertyName(object.parent as TSESTree.Property, context.sourceCode.getScope(object)) ?? '';
        for (const property of object.properties) {
          if (property.type !== AST_NODE_TYPES.Property) continue;
          const key = getPropertyName(property, context.sourceCode.getScope(property));
          if (key === null) continue;
          const [start, end] = property.value.range;
          const reads = accesses
            .filter((a) => a.kind === 'read' && a.node.range[0] >= start && a.node.range[1] <= end)
            .map((a) => a.name);
          for (const finding of analyzeNextConfigEntry({ option, key, reads })) {
            reportFinding(context, finding, property.key);
          }
        }
      }
    });
    if (!isNextConfig) return listeners;
    return {
      ...listeners,
      Property(node) {
        if (node.value.type !== AST_NODE_TYPES.ObjectExpression) return;
        const name = getPropertyName(node, context.sourceCode.getScope(node));
        if (name !== null && NEXT_CONFIG_PUBLIC_OPTIONS.includes(name)) publicOptions.push(node.value);
      },
    };
  },
});

/**
 * The rule factory: fills `meta.docs.url` from the rule name, as typescript-eslint's `RuleCreator` does.
 */
import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

/** Where a rule's documentation lives: `docs/rules/<name>.md` of this package in the flux-env repository. */
export function ruleDocsUrl(name: string): string {
  return `https://github.com/flux-env/flux-env/blob/main/packages/eslint-plugin/docs/rules/${name}.md`;
}

/** Extra `meta.docs` fields of flux-env rules. */
export interface FluxRuleDocs {
  /** Whether `configs.recommended` enables the rule, and at which severity. */
  recommended: 'error' | 'warn' | false;
  /** Whether `configs.strict` enables the rule. */
  strict: boolean;
}

/** Creates a rule with `meta.docs.url` set; see `RuleCreator`. */
export const createRule = RuleCreator<FluxRuleDocs>(ruleDocsUrl);

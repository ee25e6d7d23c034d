/**
 * The rule factory: fills `meta.docs.url` from the rule name, as typescript-eslint's `RuleCreator` does, and
 * applies default options once per configured options array instead of once per file.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { applyDefault } from '@typescript-eslint/utils/eslint-utils';

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

/** What a rule module is written as: typescript-eslint's `RuleCreator` input, with flux-env's docs fields. */
export interface FluxRuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  /** The rule name without the plugin prefix; also the basename of its docs and test files. */
  readonly name: string;
  /** The rule's meta, without `docs.url` (filled from `name`). */
  readonly meta: Omit<TSESLint.RuleMetaData<MessageIds, FluxRuleDocs, Options>, 'docs'> & {
    readonly docs: FluxRuleDocs & Omit<TSESLint.RuleMetaDataDocs, 'url'>;
  };
  /** The defaults merged under the user's options (also given to ESLint as `meta.defaultOptions`). */
  readonly defaultOptions: Readonly<Options>;
  /** Builds the listeners for one file from the context and the options with defaults applied. */
  readonly create: (
    context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
    optionsWithDefault: Readonly<Options>,
  ) => TSESLint.RuleListener;
}

/**
 * Creates a rule module with `meta.docs.url` set. Options with defaults are computed once per distinct options
 * value, not per file: the merge clones the defaults, and a rule is created once per linted file. Rules must not
 * mutate the options they are given (they are shared between files).
 * @returns the rule module, with `name` and `defaultOptions` as typescript-eslint's `RuleCreator` gives them
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: FluxRuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, FluxRuleDocs> & { name: string } {
  // ESLint hands each file a new options array; key the merged options by their JSON text instead.
  const merged = new Map<string, Readonly<Options>>();
  return {
    name: rule.name,
    defaultOptions: rule.defaultOptions,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocsUrl(rule.name) } } as TSESLint.RuleMetaData<
      MessageIds,
      FluxRuleDocs,
      Options
    >,
    create(context) {
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = applyDefault(rule.defaultOptions, context.options) as Readonly<Options>;
        if (merged.size > 100) merged.clear();
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}

/**
 * The rule factory: fills `meta.docs.url` from the rule name, as typescript-eslint's `RuleCreator` does, and
 * hands each file's `create` its options with defaults (see `createRule`).
 */
import type { TSESLint } from '@typescript-eslint/utils';

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
 * Creates a rule module with `meta.docs.url` set. A rule is created once per linted file, so this does no work per
 * file beyond calling the rule's `create`: ESLint (≥ 9.15) merges `meta.defaultOptions` under the user's options
 * itself, and without options the rule gets `defaultOptions`. On an older ESLint 9 a field the user left out is
 * missing from the options object; every rule reads its fields with a fallback to the default. Rules must not
 * mutate the options they are given (they are shared between files).
 * @returns the rule module, with `name` and `defaultOptions` as typescript-eslint's `RuleCreator` gives them
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: FluxRuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, FluxRuleDocs> & { name: string } {
  const defaults = rule.defaultOptions;
  return {
    name: rule.name,
    defaultOptions: defaults,
    meta: { ...rule.meta, docs: { ...rule.meta.docs, url: ruleDocsUrl(rule.name) } } as TSESLint.RuleMetaData<
      MessageIds,
      FluxRuleDocs,
      Options
    >,
    create(context) {
      return rule.create(context, context.options.length === 0 ? defaults : context.options);
    },
  };
}

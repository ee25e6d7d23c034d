/**
 * `@flux-env/eslint-plugin`: ESLint rules for the environment variables of Flux apps, driven by
 * `@flux-env/catalog`. Flat config only (ESLint 9 and 10).
 *
 * ```js
 * import flux from '@flux-env/eslint-plugin';
 * export default [flux.configs.recommended];
 * ```
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import type { FluxRuleDocs } from './util/create-rule.js';
import noPublicSecret from './rules/no-public-secret.js';
import noTlsRejectUnauthorized from './rules/no-tls-reject-unauthorized.js';
import preferCanonicalName from './rules/prefer-canonical-name.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** Every rule of the plugin, by name (without the `@flux-env/` prefix). */
export const rules = {
  'no-public-secret': noPublicSecret,
  'no-tls-reject-unauthorized': noTlsRejectUnauthorized,
  'prefer-canonical-name': preferCanonicalName,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

/** The plugin's namespace in configs: rule ids are `@flux-env/<rule>`. */
export const PLUGIN_NAMESPACE = '@flux-env';

/** Source files the code rules lint. */
export const CODE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

type RuleLevel = 'error' | 'warn';

function rulesAt(pick: (docs: FluxRuleDocs) => RuleLevel | false) {
  const entries: Record<string, RuleLevel> = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    const level = rule.meta.docs ? pick(rule.meta.docs) : false;
    if (level) entries[`${PLUGIN_NAMESPACE}/${ruleName}`] = level;
  }
  return entries;
}

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
};

plugin.configs.recommended = {
  name: `${PLUGIN_NAMESPACE}/recommended`,
  files: CODE_FILES,
  plugins: { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: rulesAt((docs) => docs.recommended),
};

plugin.configs.strict = {
  name: `${PLUGIN_NAMESPACE}/strict`,
  files: CODE_FILES,
  plugins: { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: rulesAt((docs) => (docs.strict ? 'error' : false)),
};

export default plugin;

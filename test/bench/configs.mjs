// The configs the ESLint benchmark compares, built from the shipped `recommended` config whatever its shape
// (one block or an array of blocks): `defineConfig` flattens it.
import flux from '@flux-env/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';
import n from 'eslint-plugin-n';
import turbo from 'eslint-plugin-turbo';

/** Source files of the corpus that the code rules lint. */
export const CODE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/** A rule that does nothing: enabling it makes ESLint walk every tree, which is the honest baseline. */
const noopPlugin = {
  meta: { name: 'bench', version: '0.0.0' },
  rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } },
};

/** How a Next.js app parses its files: TypeScript through typescript-eslint's parser, JSX on. */
const parsing = [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

const recommended = () => defineConfig([flux.configs.recommended]);

/**
 * Our plugin with every rule's listeners dropped: ESLint still creates each rule for every file (and `TIMING` counts
 * `create()`), but no rule looks at a node. Its `TIMING` total is what the rules cost before any analysis.
 */
const listenerless = {
  ...flux,
  rules: Object.fromEntries(
    Object.entries(flux.rules).map(([id, rule]) => [
      id,
      {
        ...rule,
        create(context) {
          rule.create(context);
          return {};
        },
      },
    ]),
  ),
};

/** The turbo, n and no-op rules that the `timing` configs add on the code files. */
const others = {
  files: CODE_FILES,
  plugins: { turbo, n, bench: noopPlugin },
  rules: { 'turbo/no-undeclared-env-vars': 'error', 'n/no-process-env': 'error', 'bench/noop': 'error' },
};

/**
 * The configs by name:
 * - `baseline`: every block of `recommended` (same files, languages, parsers, settings), its rules replaced by
 *   the one no-op rule;
 * - `recommended`: the plugin's recommended config;
 * - `timing`: `recommended` plus turbo's `no-undeclared-env-vars`, n's `no-process-env` and the no-op rule,
 *   for one `TIMING=all` run that times them all over the same corpus in the same process;
 * - `timing-floor`: `timing` with our rules' listeners dropped (`listenerless`): the cost of our rules before they
 *   look at any node, against the same turbo and n rules.
 * @param {string} name one of `baseline`, `recommended`, `timing`, `timing-floor`
 * @returns {object[]} a flat config array
 */
export function benchConfig(name) {
  switch (name) {
    case 'baseline':
      return [
        ...parsing,
        ...recommended().map((block) =>
          block.rules ? { ...block, plugins: { ...block.plugins, bench: noopPlugin }, rules: { 'bench/noop': 'error' } } : block,
        ),
      ];
    case 'recommended':
      return [...parsing, ...recommended()];
    case 'timing':
      return [...parsing, ...recommended(), others];
    case 'timing-floor':
      return [
        ...parsing,
        ...recommended().map((block) =>
          block.plugins?.['@flux-env'] ? { ...block, plugins: { ...block.plugins, '@flux-env': listenerless } } : block,
        ),
        others,
      ];
    default:
      throw new Error(`eslint-bench: unknown config "${name}" (expected baseline, recommended, timing or timing-floor)`);
  }
}

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
 * The configs by name:
 * - `baseline`: every block of `recommended` (same files, languages, parsers, settings), its rules replaced by
 *   the one no-op rule;
 * - `recommended`: the plugin's recommended config;
 * - `timing`: `recommended` plus turbo's `no-undeclared-env-vars`, n's `no-process-env` and the no-op rule,
 *   for one `TIMING=all` run that times them all over the same corpus in the same process.
 * @param {string} name one of `baseline`, `recommended`, `timing`
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
      return [
        ...parsing,
        ...recommended(),
        {
          files: CODE_FILES,
          plugins: { turbo, n, bench: noopPlugin },
          rules: { 'turbo/no-undeclared-env-vars': 'error', 'n/no-process-env': 'error', 'bench/noop': 'error' },
        },
      ];
    default:
      throw new Error(`eslint-bench: unknown config "${name}" (expected baseline, recommended or timing)`);
  }
}

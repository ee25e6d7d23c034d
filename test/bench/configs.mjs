// The configs the ESLint benchmark compares, built from the shipped `recommended` config whatever its shape
// (one block or an array of blocks): `defineConfig` flattens it.
import flux from '@flux-env/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';
import n from 'eslint-plugin-n';
import turbo from 'eslint-plugin-turbo';

/** Source files of the corpus that the code rules lint. */
export const CODE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/**
 * The plugin's shared pass (`findEnvAccesses`), from its compiled, unbundled module: its own instance, so its cache is
 * not the bundled plugin's. Loaded by `loadBenchConfig('timing-floor')` only, so that no other run loads it.
 * @type {((sourceCode: object) => readonly object[]) | undefined}
 */
let findEnvAccesses;

/** Accesses the shared pass found in this process: printed by `run-one.mjs`, and keeps its answers from being unused. */
let sharedPassAccesses = 0;

/** @returns how many accesses `bench/shared-pass` found in this process (code files only) */
export function sharedPassAccessCount() {
  return sharedPassAccesses;
}

/**
 * The bench's own rules:
 * - `noop` does nothing: enabling it makes ESLint walk every tree, which is the honest baseline;
 * - `first` reads the rule context as a rule's `create()` does and returns no listener. The `timing` configs create
 *   it first for every code file: the first rule created for a file costs more than the next ones, and with `first` in
 *   that place neither our rules nor turbo's carry that on code files (on `.env*` and JSON files our first rule
 *   still does);
 * - `shared-pass` runs the plugin's shared pass (`findEnvAccesses`: every access of the file, with its context) at
 *   `Program:exit`, once per file, as the first of our rules to ask for the accesses does. The `timing-floor` run,
 *   where none of our listeners runs, times it on its own.
 */
const benchPlugin = {
  meta: { name: 'bench', version: '0.0.0' },
  rules: {
    noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) },
    first: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        // What a rule's create() reads.
        void [context.sourceCode, context.options, context.filename];
        return {};
      },
    },
    'shared-pass': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        return {
          'Program:exit'() {
            sharedPassAccesses += findEnvAccesses(context.sourceCode).length;
          },
        };
      },
    },
  },
};
/** The control rule created first for every code file in the `timing` configs (see `benchPlugin`). */
const first = { files: CODE_FILES, plugins: { bench: benchPlugin }, rules: { 'bench/first': 'error' } };

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

/** The turbo, n and no-op rules that the `timing` configs add on the code files (after ours). */
const others = {
  files: CODE_FILES,
  plugins: { turbo, n, bench: benchPlugin },
  rules: { 'turbo/no-undeclared-env-vars': 'error', 'n/no-process-env': 'error', 'bench/noop': 'error' },
};

/**
 * The configs by name:
 * - `baseline`: every block of `recommended` (same files, languages, parsers, settings), its rules replaced by
 *   the one no-op rule;
 * - `recommended`: the plugin's recommended config;
 * - `timing`: the control rule `bench/first`, then `recommended`, then turbo's `no-undeclared-env-vars`, n's
 *   `no-process-env` and the no-op rule, for one `TIMING=all` run that times them all over the same corpus in the
 *   same process;
 * - `timing-floor`: `timing` with our rules' listeners dropped (`listenerless`): the cost of our rules before they
 *   look at any node, against the same turbo and n rules; plus `bench/shared-pass`, the shared pass on its own.
 * @param {string} name one of `baseline`, `recommended`, `timing`, `timing-floor` (`timing-floor` only after
 *   `loadBenchConfig` loaded the shared pass)
 * @returns {object[]} a flat config array
 * @throws Error for an unknown name, and for `timing-floor` before the shared pass is loaded
 */
export function benchConfig(name) {
  switch (name) {
    case 'baseline':
      return [
        ...parsing,
        ...recommended().map((block) =>
          block.rules ? { ...block, plugins: { ...block.plugins, bench: benchPlugin }, rules: { 'bench/noop': 'error' } } : block,
        ),
      ];
    case 'recommended':
      return [...parsing, ...recommended()];
    case 'timing':
      return [...parsing, first, ...recommended(), others];
    case 'timing-floor':
      if (!findEnvAccesses) throw new Error("eslint-bench: the timing-floor config needs the shared pass: get it with loadBenchConfig('timing-floor')");
      return [
        ...parsing,
        first,
        ...withOurPlugin(recommended(), listenerless),
        { ...others, rules: { ...others.rules, 'bench/shared-pass': 'error' } },
      ];
    default:
      throw new Error(`eslint-bench: unknown config "${name}" (expected baseline, recommended, timing or timing-floor)`);
  }
}

/**
 * A bench config with another plugin object in every block that has ours: `listenerless` (`timing-floor`), or
 * `replay.mjs`'s variant bundle.
 * @param {object[]} config a flat config array from `benchConfig`
 * @param {object} plugin the plugin object to use instead of `@flux-env/eslint-plugin`
 * @returns {object[]} the config, with the same blocks otherwise
 */
export function withOurPlugin(config, plugin) {
  return config.map((block) => (block.plugins?.['@flux-env'] ? { ...block, plugins: { ...block.plugins, '@flux-env': plugin } } : block));
}

/**
 * `benchConfig(name)`, after loading what the config needs: for `timing-floor`, the plugin's shared pass from its
 * compiled, unbundled module (`packages/eslint-plugin/dist/util/env-accesses.js`, built by `pnpm build`).
 * @param {string} name as for `benchConfig`
 * @returns {Promise<object[]>} a flat config array
 */
export async function loadBenchConfig(name) {
  if (name === 'timing-floor' && !findEnvAccesses) {
    ({ findEnvAccesses } = await import('../../packages/eslint-plugin/dist/util/env-accesses.js'));
  }
  return benchConfig(name);
}

/**
 * `@flux-env/eslint-plugin`: ESLint rules for the environment variables of Flux apps, driven by
 * `@flux-env/catalog`. Flat config only (ESLint 9 and 10).
 *
 * ```js
 * import flux from '@flux-env/eslint-plugin';
 * export default [...flux.configs.recommended];
 * ```
 *
 * Each config is an array of blocks, each scoped with `files`: code files; `.env` / `.env.*` files (the
 * `@flux-env/dotenv` language); example `.env` files (placeholders allowed); `package.json` scripts and
 * `flux.json` (`@eslint/json`'s `json/json` language).
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { FLUX_JSON, catalogHash } from '@flux-env/catalog';
import type { FluxRuleDocs } from './util/create-rule.js';
import noPublicSecret from './rules/no-public-secret.js';
import noTlsRejectUnauthorized from './rules/no-tls-reject-unauthorized.js';
import preferCanonicalName from './rules/prefer-canonical-name.js';
import json from '@eslint/json';
import { dotenv } from './languages/dotenv/language.js';
import noDuplicateKey from './rules/no-duplicate-key.js';
import noInvalidLine from './rules/no-invalid-line.js';
import noUnescapedDollar from './rules/no-unescaped-dollar.js';
import noSharedSecretValue from './rules/no-shared-secret-value.js';
import noMismatchedPublicTwin from './rules/no-mismatched-public-twin.js';
import noCliIgnoredKey from './rules/no-cli-ignored-key.js';
import noRealSecretInExample from './rules/no-real-secret-in-example.js';
import validFluxJson from './rules/valid-flux-json.js';
import noServerEnvInClient from './rules/no-server-env-in-client.js';
import noUnknownVariable from './rules/no-unknown-variable.js';
import noSecretFallback from './rules/no-secret-fallback.js';
import noLookalikeMixup from './rules/no-lookalike-mixup.js';
import validValue from './rules/valid-value.js';
import noManagedVariable from './rules/no-managed-variable.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/** Every rule of the plugin, by name (without the `@flux-env/` prefix). */
export const rules = {
  'no-public-secret': noPublicSecret,
  'no-tls-reject-unauthorized': noTlsRejectUnauthorized,
  'prefer-canonical-name': preferCanonicalName,
  'no-duplicate-key': noDuplicateKey,
  'no-invalid-line': noInvalidLine,
  'no-unescaped-dollar': noUnescapedDollar,
  'no-shared-secret-value': noSharedSecretValue,
  'no-mismatched-public-twin': noMismatchedPublicTwin,
  'no-cli-ignored-key': noCliIgnoredKey,
  'no-real-secret-in-example': noRealSecretInExample,
  'valid-flux-json': validFluxJson,
  'no-server-env-in-client': noServerEnvInClient,
  'no-unknown-variable': noUnknownVariable,
  'no-secret-fallback': noSecretFallback,
  'no-lookalike-mixup': noLookalikeMixup,
  'valid-value': validValue,
  'no-managed-variable': noManagedVariable,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[]>>;

/** The plugin's namespace in configs: rule ids are `@flux-env/<rule>`. */
export const PLUGIN_NAMESPACE = '@flux-env';

/** Source files the code rules lint. */
export const CODE_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/**
 * The `settings` every shipped config block carries: `{ '@flux-env': { catalogHash } }`, the catalog's
 * content hash (64 hex digits, `catalogHash()` of `@flux-env/catalog`). ESLint's `--cache` key includes the
 * config of each file, so a changed catalog (a new secret, alias or message) re-lints every file instead of
 * replaying results cached under the old catalog. No rule reads it.
 */
export const PLUGIN_SETTINGS = { [PLUGIN_NAMESPACE]: { catalogHash: catalogHash() } };

type RuleLevel = 'error' | 'warn';

/**
 * The rules of a config block, at the level `pick` gives them.
 * @param language only rules whose `meta.languages` lists this language (a rule without `meta.languages` is a
 *   code rule: `js/js`); `json/*` in a rule's list matches any `json/` language
 * @param only when given, only these rule names
 */
function rulesAt(pick: (docs: FluxRuleDocs) => RuleLevel | false, language = 'js/js', only?: readonly string[]) {
  const entries: Record<string, RuleLevel> = {};
  for (const [ruleName, rule] of Object.entries(rules)) {
    const languages: readonly string[] = rule.meta.languages ?? ['js/js'];
    const [namespace] = language.split('/');
    if (!languages.includes(language) && !languages.includes(`${namespace}/*`)) continue;
    if (only && !only.includes(ruleName)) continue;
    const level = rule.meta.docs ? pick(rule.meta.docs) : false;
    if (level) entries[`${PLUGIN_NAMESPACE}/${ruleName}`] = level;
  }
  return entries;
}

const plugin = {
  meta: { name, version, namespace: PLUGIN_NAMESPACE },
  rules,
  /** The `dotenv` language: `language: '@flux-env/dotenv'`. */
  languages: { dotenv },
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.ConfigArray>,
};

/** The code block of each config (the first block of its array). */
const codeBlocks = {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>;

codeBlocks.recommended = {
  name: `${PLUGIN_NAMESPACE}/recommended`,
  files: CODE_FILES,
  plugins: { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  settings: PLUGIN_SETTINGS,
  rules: rulesAt((docs) => docs.recommended),
};

codeBlocks.strict = {
  name: `${PLUGIN_NAMESPACE}/strict`,
  files: CODE_FILES,
  plugins: { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  settings: PLUGIN_SETTINGS,
  rules: rulesAt((docs) => (docs.strict ? 'error' : false)),
};

/** The `.env` files the dotenv blocks lint: `.env` and every `.env.*` (`.env.local`, `.env.production`, …). */
export const DOTENV_FILES = ['**/.env', '**/.env.*'];
/** Committed example `.env` files: placeholders allowed (`languageOptions: { example: true }`). */
export const EXAMPLE_DOTENV_FILES = ['**/.env.example', '**/.env.sample', '**/.env.template'];
/** The rule that only applies to example files. */
const EXAMPLE_ONLY_RULES = ['no-real-secret-in-example'];

/** The blocks of a config for `.env` files, example `.env` files, `package.json` and `flux.json`. */
function fileBlocks(config: 'recommended' | 'strict', pick: (docs: FluxRuleDocs) => RuleLevel | false): TSESLint.FlatConfig.Config[] {
  const self = { [PLUGIN_NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin };
  const withJson = { ...self, json: json as unknown as TSESLint.FlatConfig.Plugin };
  const dotenvRules = rulesAt(pick, `${PLUGIN_NAMESPACE}/dotenv`);
  const jsonRules = rulesAt(pick, 'json/json');
  const notIn = (all: Record<string, RuleLevel>, names: readonly string[]) =>
    Object.fromEntries(Object.entries(all).filter(([id]) => !names.some((n) => id === `${PLUGIN_NAMESPACE}/${n}`)));
  return [
    {
      name: `${PLUGIN_NAMESPACE}/${config}/dotenv`,
      files: DOTENV_FILES,
      plugins: self,
      language: `${PLUGIN_NAMESPACE}/dotenv`,
      settings: PLUGIN_SETTINGS,
      rules: notIn(dotenvRules, EXAMPLE_ONLY_RULES),
    },
    {
      name: `${PLUGIN_NAMESPACE}/${config}/dotenv-examples`,
      files: EXAMPLE_DOTENV_FILES,
      plugins: self,
      language: `${PLUGIN_NAMESPACE}/dotenv`,
      languageOptions: { example: true },
      settings: PLUGIN_SETTINGS,
      rules: rulesAt(pick, `${PLUGIN_NAMESPACE}/dotenv`, EXAMPLE_ONLY_RULES),
    },
    {
      name: `${PLUGIN_NAMESPACE}/${config}/package-json`,
      files: ['**/package.json'],
      plugins: withJson,
      language: 'json/json',
      settings: PLUGIN_SETTINGS,
      rules: notIn(jsonRules, ['valid-flux-json']),
    },
    {
      name: `${PLUGIN_NAMESPACE}/${config}/flux-json`,
      files: [FLUX_JSON.fileGlob],
      plugins: withJson,
      language: 'json/json',
      settings: PLUGIN_SETTINGS,
      rules: rulesAt(pick, 'json/json', ['valid-flux-json']),
    },
  ] as TSESLint.FlatConfig.Config[];
}

plugin.configs.recommended = [codeBlocks.recommended, ...fileBlocks('recommended', (docs) => docs.recommended)];
plugin.configs.strict = [codeBlocks.strict, ...fileBlocks('strict', (docs) => (docs.strict ? 'error' : false))];

/**
 * The configs, also as a named export: tools that `require()` this ES module (Node's require(esm), as
 * eslint-doc-generator does) get the module namespace, where only named exports are visible.
 */
export const configs = plugin.configs;

export default plugin;

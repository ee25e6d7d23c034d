// ESLint's own RuleTester (it supports `language`), wired to vitest, with the plugin registered.
import json from '@eslint/json';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import plugin from '../../src/index.js';

RuleTester.describe = describe as unknown as typeof RuleTester.describe;
RuleTester.it = it as unknown as typeof RuleTester.it;
RuleTester.itOnly = it.only as unknown as typeof RuleTester.itOnly;

/** A RuleTester for `.env` files (`language: '@flux-env/dotenv'`). */
export const dotenvTester = new RuleTester({
  plugins: { '@flux-env': plugin as never },
  language: '@flux-env/dotenv',
});

/** A RuleTester for `.env.example` files (`languageOptions: { example: true }`). */
export const exampleTester = new RuleTester({
  plugins: { '@flux-env': plugin as never },
  language: '@flux-env/dotenv',
  languageOptions: { example: true },
});

/** A RuleTester for JSON files (`package.json`, `flux.json`) with `@eslint/json`'s language. */
export const jsonTester = new RuleTester({
  plugins: { '@flux-env': plugin as never, json: json as never },
  language: 'json/json',
});

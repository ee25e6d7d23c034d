// The example app's ESLint config, as a Flux app would write it.
import flux from '@flux-env/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';

export default defineConfig([
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  flux.configs.recommended,
  {
    // FLUX_INSECURE_DEV_TLS is this app's own flag (see lib/flux.ts), not a Flux variable.
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: { '@flux-env/no-unknown-variable': ['warn', { allow: ['FLUX_INSECURE_DEV_TLS'] }] },
  },
]);

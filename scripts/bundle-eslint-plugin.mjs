#!/usr/bin/env node
// Bundles the ESLint plugin's compiled modules (`tsc -b` output in packages/eslint-plugin/dist) into one file,
// dist/plugin.js, the package's entry point. One module instead of ~60 keeps the plugin's start-up (what every
// `eslint` run and every `--concurrency` worker pays) low. The catalog and ESLint's own packages stay external:
// the catalog is its own package (and tests swap its data), ESLint's are shared with the running ESLint.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'eslint-plugin');

await build({
  entryPoints: [path.join(pkg, 'dist', 'index.js')],
  outfile: path.join(pkg, 'dist', 'plugin.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  external: ['@flux-env/catalog', 'eslint', '@eslint/json', '@eslint/plugin-kit', '@eslint/core'],
  // Bundled CommonJS dependencies call `require` for Node built-ins; give them one in the ESM output.
  banner: { js: "import { createRequire as __fluxCreateRequire } from 'node:module';\nconst require = __fluxCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});

#!/usr/bin/env node
// Bundles the ESLint plugin's compiled modules (`tsc -b` output in packages/eslint-plugin/dist) into one file,
// dist/plugin.js, the package's entry point. One module instead of ~60 keeps the plugin's start-up (what every
// `eslint` run and every `--concurrency` worker pays) low. The catalog and ESLint's own packages stay external:
// the catalog is its own package (and tests swap its data), ESLint's are shared with the running ESLint.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The ESLint plugin's package directory. */
export const pluginPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'eslint-plugin');

/**
 * esbuild's options for a bundle of the plugin's compiled modules; the ESLint bench builds a variant with the same
 * options (`test/bench/replay.mjs`).
 * @param {string} outfile where the bundle is written; inside the plugin's package, so that its externals resolve
 * @returns {import('esbuild').BuildOptions}
 */
export function pluginBundleOptions(outfile) {
  return {
    entryPoints: [path.join(pluginPackage, 'dist', 'index.js')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: ['@flux-env/catalog', 'eslint', '@eslint/json', '@eslint/plugin-kit', '@eslint/core'],
    // Bundled CommonJS dependencies call `require` for Node built-ins; give them one in the ESM output.
    banner: { js: "import { createRequire as __fluxCreateRequire } from 'node:module';\nconst require = __fluxCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await build({ ...pluginBundleOptions(path.join(pluginPackage, 'dist', 'plugin.js')), sourcemap: 'linked' });
}

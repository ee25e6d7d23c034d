// esbuild's options for a bundle of the ESLint plugin's compiled modules (`tsc -b` output in
// packages/eslint-plugin/dist): used by `bundle-eslint-plugin.mjs` for the shipped dist/plugin.js, and by the ESLint
// bench for its replay variant (`test/bench/replay.mjs`), so that both are built the same way.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The ESLint plugin's package directory. */
export const pluginPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'eslint-plugin');

/**
 * esbuild's options for a bundle of the plugin. The catalog and ESLint's own packages stay external: the catalog is
 * its own package (and tests swap its data), ESLint's are shared with the running ESLint.
 * @param {string} outfile where the bundle is written: inside the plugin's package, so that its externals resolve
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

#!/usr/bin/env node
// Bundles the ESLint plugin's compiled modules (`tsc -b` output in packages/eslint-plugin/dist) into one file,
// dist/plugin.js, the package's entry point. One module instead of ~60 keeps the plugin's start-up (what every
// `eslint` run and every `--concurrency` worker pays) low. The options (and what stays external) are in
// `eslint-plugin-bundle-options.mjs`.
import path from 'node:path';
import { build } from 'esbuild';
import { pluginBundleOptions, pluginPackage } from './eslint-plugin-bundle-options.mjs';

await build({ ...pluginBundleOptions(path.join(pluginPackage, 'dist', 'plugin.js')), sourcemap: 'linked' });

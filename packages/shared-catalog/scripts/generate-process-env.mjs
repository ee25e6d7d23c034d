#!/usr/bin/env node
/**
 * Writes `packages/shared-catalog/process-env.d.ts` (exported as `@flux-env/catalog/process-env`) from the built
 * catalog: `NodeJS.ProcessEnv` with every catalog name, its docs as JSDoc and `@deprecated` on legacy aliases.
 *
 * Usage: `pnpm build && node packages/shared-catalog/scripts/generate-process-env.mjs [--check]`
 * With `--check`, writes nothing and exits 1 when the committed file differs from what the catalog generates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../process-env.d.ts', import.meta.url));

let renderProcessEnvTypings;
try {
  ({ renderProcessEnvTypings } = require('../dist/index.js'));
} catch {
  console.error('generate-process-env: the catalog is not built (packages/shared-catalog/dist); run `pnpm build` first');
  process.exit(2);
}

const text = renderProcessEnvTypings();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (current !== text) {
    console.error('generate-process-env: packages/shared-catalog/process-env.d.ts is stale; run this script without --check');
    process.exit(1);
  }
  console.log('generate-process-env: process-env.d.ts is up to date');
} else {
  writeFileSync(target, text);
  console.log(`generate-process-env: wrote packages/shared-catalog/process-env.d.ts (${text.split('\n').length} lines)`);
}

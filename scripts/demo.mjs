#!/usr/bin/env node
// `pnpm demo`: lints the example Flux app with the real `eslint` CLI and the built plugin, then shows a
// scripted editor session through the real tsserver. Exits 0 when the lint ran, whatever it found.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const exampleApp = path.join(root, 'test', 'example-app');
const require = createRequire(import.meta.url);
const eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');

console.log('flux-env demo 1/2: `eslint .` on the example Flux app (test/example-app)\n');
const lint = spawnSync(process.execPath, [eslintBin, '.'], { cwd: exampleApp, stdio: 'inherit' });
if (lint.error || lint.status === null || lint.status > 1) {
  console.error(`\nflux-env demo: eslint did not run (exit ${lint.status ?? lint.error?.message}).`);
  process.exit(2);
}
console.log(`eslint exited ${lint.status} (1 means it found errors, as expected on this app).\n`);

console.log('flux-env demo 2/2: a scripted editor session through the real tsserver\n');
const session = spawnSync(process.execPath, [path.join(root, 'scripts', 'demo-editor.mjs')], { cwd: root, stdio: 'inherit' });
if (session.status !== 0) {
  console.error(`\nflux-env demo: the editor session failed (exit ${session.status}).`);
  process.exit(2);
}

// Plugin start-up in a fresh process: the time (ms) to import `@flux-env/eslint-plugin`, which builds the
// catalog and its hash. With `--after-eslint`, ESLint is loaded first, as it is when ESLint loads a config
// (shared dependencies are then already in memory). Prints one JSON line.
import { performance } from 'node:perf_hooks';
if (process.argv.includes('--after-eslint')) await import('eslint');
const start = performance.now();
await import('@flux-env/eslint-plugin');
console.log(JSON.stringify({ startupMs: performance.now() - start }));

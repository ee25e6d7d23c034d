// One benchmark run in a fresh process: lints the corpus in the current directory with one of the bench
// configs (ESLint's Node API, single-threaded, no cache) and prints one JSON line: lint wall time (ms,
// from before `import('eslint')` to the results), CPU time of the whole process (user + system, ms), linted
// files, problems (all, and those of our `@flux-env/` rules), the accesses `bench/shared-pass` found (0 outside the
// `timing-floor` config), files that did not parse, and peak RSS (MiB).
// Usage: node run-one.mjs <baseline|recommended|timing|timing-floor>
import { performance } from 'node:perf_hooks';
const start = performance.now();
const { ESLint } = await import('eslint');
const { loadBenchConfig, sharedPassAccessCount } = await import('./configs.mjs');
const name = process.argv[2];
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: await loadBenchConfig(name), cache: false });
const results = await eslint.lintFiles(['.']);
const wallMs = performance.now() - start;
const problems = results.reduce((sum, r) => sum + r.errorCount + r.warningCount, 0);
const ourProblems = results.reduce((sum, r) => sum + r.messages.filter((m) => m.ruleId?.startsWith('@flux-env/')).length, 0);
const fatal = results.filter((r) => r.fatalErrorCount > 0).map((r) => `${r.filePath}: ${r.messages[0]?.message}`);
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
console.log(
  JSON.stringify({
    name,
    wallMs,
    cpuMs,
    files: results.length,
    problems,
    ourProblems,
    sharedPassAccesses: sharedPassAccessCount(),
    fatal: fatal.slice(0, 3),
    fatalCount: fatal.length,
    maxRssMiB: usage.maxRSS / 1024,
  }),
);

// `pnpm bench:eslint`: what the plugin costs in an `eslint .` run over a few thousand Next.js-style files.
//
// 1. Start-up: `import('@flux-env/eslint-plugin')` (module loading, catalog build, catalog hash) in fresh
//    processes, bare and after ESLint itself was loaded. Target: under 50 ms.
// 2. Wall time and peak memory: alternating pairs (baseline, recommended), (recommended, baseline), … each run
//    a fresh process linting the whole corpus single-threaded. The baseline is the recommended config with
//    every rule replaced by one no-op rule (same files, languages and parsers; ESLint still walks every tree).
//    Target: recommended at most 1.03× the baseline (median of the per-pair ratios).
// 3. Per-rule time: `TIMING=all` processes (3 by default) with a control rule created first (`bench/first`: the first
//    rule created for a file costs more than the next ones), recommended, eslint-plugin-turbo's
//    `no-undeclared-env-vars`, eslint-plugin-n's `no-process-env` and the no-op rule over the same corpus. Target:
//    all our rules together at most half the time of turbo's one rule (median of the runs' ratios). Each run is
//    followed by a `timing-floor` run (or preceded, alternately): the same with our rules' listeners dropped, so the
//    rules are created for every file (TIMING counts `create()`) but look at no node: the cost of our rules'
//    `create()`. The floor run must report no problem of ours, the full run some. It also times the plugin's shared
//    pass on its own (`bench/shared-pass`: every access of a code file, with its context, found once per file). The
//    rest of our time is the rules' own work: the catalog's findings and the reports. Each run's ratio is printed
//    split into those parts, each divided by the full run's turbo time, so that the parts add up to it.
// 4. Replay (`replay.mjs`, as many processes as `TIMING` runs): our rules with the shared pass free. In one process,
//    the shared pass's answers are recorded in a first round, then every file is linted twice more, with ESLint's
//    `stats`: once as built, once with each file handed its recorded answer. Our time replayed / as built, times the
//    `TIMING` runs' ratio, is about where our rules would stand if the shared pass cost nothing.
//
// Options: --files <n> (default 3000), --pairs <n> (default 5), --startup-runs <n> (default 7), --timing-runs <n>
// (default 3), --seed <n>.
// The corpus is generated into a temporary directory (deterministic for the same options) and removed after.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { benchConfig } from './configs.mjs';
import { generateCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    files: { type: 'string', default: '3000' },
    pairs: { type: 'string', default: '5' },
    'startup-runs': { type: 'string', default: '7' },
    'timing-runs': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const count = (name) => {
  const n = Number(options[name]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`eslint-bench: --${name} must be a positive integer, got "${options[name]}"`);
  return n;
};
const FILES = count('files');
const PAIRS = count('pairs');
const STARTUP_RUNS = count('startup-runs');
const TIMING_RUNS = count('timing-runs');
const SEED = count('seed');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;
/** `1 process`, `3 processes`. */
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** Runs `node <script> ...args` in `cwd`; returns its parsed first stdout line, the rest of stdout and the wall time. */
function runNode(script, args, cwd, env = {}) {
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(here, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TIMING: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const processMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`eslint-bench: ${script} ${args.join(' ')} exited with ${run.status}:\n${run.stderr}`);
  const [first, ...rest] = run.stdout.split('\n');
  return { result: JSON.parse(first), rest: rest.join('\n'), processMs };
}

const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flux-env-bench-'));
try {
  const corpus = generateCorpus(corpusDir, { files: FILES, seed: SEED });
  console.log(`flux-env ESLint benchmark: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'})`);
  console.log(
    `corpus: ${corpus.files} files in ${corpus.apps} Next.js apps (${corpus.codeFiles} code, ${corpus.envFiles} .env*, ${corpus.jsonFiles} package.json/flux.json), seed ${SEED}\n`,
  );

  // 1. Start-up.
  const startup = { bare: [], afterEslint: [] };
  for (let i = 0; i < STARTUP_RUNS; i++) {
    startup.bare.push(runNode('startup-probe.mjs', [], here).result.startupMs);
    startup.afterEslint.push(runNode('startup-probe.mjs', ['--after-eslint'], here).result.startupMs);
  }
  const startupBare = median(startup.bare);
  const startupAfter = median(startup.afterEslint);
  console.log(`start-up (import @flux-env/eslint-plugin + catalog build), median of ${plural(STARTUP_RUNS, 'fresh process', 'fresh processes')}:`);
  console.log(`  bare node:             ${startupBare.toFixed(1)} ms  (target < 50 ms: ${verdict(startupBare < 50)})`);
  console.log(`  after ESLint loaded:   ${startupAfter.toFixed(1)} ms  (target < 50 ms: ${verdict(startupAfter < 50)})\n`);

  // 2. Alternating paired runs.
  const runs = { baseline: [], recommended: [] };
  const pairRatios = [];
  const cpuRatios = [];
  for (let p = 0; p < PAIRS; p++) {
    const order = p % 2 === 0 ? ['baseline', 'recommended'] : ['recommended', 'baseline'];
    const pair = {};
    for (const name of order) {
      const { result, processMs } = runNode('run-one.mjs', [name], corpusDir);
      if (result.fatalCount > 0) throw new Error(`eslint-bench: ${result.fatalCount} files did not parse, e.g. ${result.fatal[0]}`);
      if (name === 'baseline' && result.problems !== 0) throw new Error(`eslint-bench: the baseline reported ${result.problems} problems`);
      pair[name] = { ...result, processMs };
      runs[name].push(pair[name]);
    }
    pairRatios.push(pair.recommended.processMs / pair.baseline.processMs);
    cpuRatios.push(pair.recommended.cpuMs / pair.baseline.cpuMs);
    console.log(
      `  pair ${p + 1}/${PAIRS} (${order.join(' then ')}): baseline ${ms(pair.baseline.processMs)}, recommended ${ms(pair.recommended.processMs)}, ratio ${(pair.recommended.processMs / pair.baseline.processMs).toFixed(3)}× wall, ${(pair.recommended.cpuMs / pair.baseline.cpuMs).toFixed(3)}× CPU`,
    );
  }
  const wall = (name, key) => median(runs[name].map((r) => r[key]));
  const ratio = median(pairRatios);
  const lintRatio = median(runs.recommended.map((r, i) => r.wallMs / runs.baseline[i].wallMs));
  const rss = (name) => median(runs[name].map((r) => r.maxRssMiB));
  const linted = runs.recommended[0].files;
  console.log(`\nwall time, ${plural(PAIRS, 'pair', 'alternating pairs')}, ${linted} files linted per run, single-threaded:`);
  console.log(`  baseline (one no-op rule):  ${ms(wall('baseline', 'processMs'))} per process (${ms(wall('baseline', 'wallMs'))} in ESLint)`);
  console.log(`  recommended:                ${ms(wall('recommended', 'processMs'))} per process (${ms(wall('recommended', 'wallMs'))} in ESLint), ${runs.recommended[0].problems} problems`);
  console.log(`  ratio (median of pairs):    ${ratio.toFixed(3)}× process, ${lintRatio.toFixed(3)}× in ESLint  (target ≤ 1.03×: ${verdict(ratio <= 1.03)})`);
  console.log(
    `CPU time (user + system, median): baseline ${ms(wall('baseline', 'cpuMs'))}, recommended ${ms(wall('recommended', 'cpuMs'))}, ratio ${median(cpuRatios).toFixed(3)}× (less sensitive to other load on the machine)`,
  );
  console.log(`peak memory (max RSS, median): baseline ${rss('baseline').toFixed(0)} MiB, recommended ${rss('recommended').toFixed(0)} MiB, ratio ${(rss('recommended') / rss('baseline')).toFixed(3)}×\n`);

  // 3. TIMING=all, everything in one process; TIMING_RUNS fresh processes, per-rule medians. One run's figures
  //    swing by ±20 % on a shared machine (every rule's time moves with the machine's load), so the verdict is the
  //    median of the runs' own ratios, each taken within one process.
  /**
   * One `TIMING=all` process with the config `name`: every row's ms, and the ratio of our rules' total to turbo's.
   * @returns {{ rows: Map<string, number>, ours: number, turbo: number, ratio: number, accesses: number }} `accesses`:
   *   what `bench/shared-pass` found (0 outside `timing-floor`)
   */
  const timingRun = (name, run) => {
    const timing = runNode('run-one.mjs', [name], corpusDir, { TIMING: 'all' });
    // The floor must not run a single listener of ours (no finding of ours), the full config must.
    const ourProblems = timing.result.ourProblems;
    if (name === 'timing-floor' ? ourProblems !== 0 : ourProblems === 0) {
      throw new Error(`eslint-bench: the ${name} run reported ${ourProblems} problems of our rules (the floor must report none, the full run some)`);
    }
    const rows = new Map();
    let ours = 0;
    let turboMs = 0;
    for (const line of timing.rest.split('\n')) {
      const m = /^(\S+)\s*\|\s*([\d.]+)\s*\|/.exec(line);
      if (!m) continue;
      const ms = Number(m[2]);
      rows.set(m[1], ms);
      if (m[1].startsWith('@flux-env/')) ours += ms;
      if (m[1] === 'turbo/no-undeclared-env-vars') turboMs = ms;
    }
    if (ours === 0 || turboMs === 0) throw new Error(`eslint-bench: no TIMING rows for our rules and turbo's in ${name} run ${run + 1}:\n${timing.rest}`);
    return { rows, ours, turbo: turboMs, ratio: ours / turboMs, accesses: timing.result.sharedPassAccesses };
  };
  const runsOfRule = new Map();
  const floorRuns = [];
  /**
   * Per pair of runs (a `timing` run and its `timing-floor` run), the run's ratio (our total / turbo, in the full run)
   * split into parts, each divided by the full run's turbo time: our rules' `create()` (the floor run's total of
   * ours), the shared pass (`bench/shared-pass` in the floor run), and the rest, the rules' own work (the run's ratio
   * − the two). The parts add up to the run's ratio; the rest also carries whatever differs between the two
   * processes (turbo's own time differs between them too), so on short runs it can come out near zero or below.
   * @type {{ floor: number, shared: number, own: number, total: number, accesses: number, turboFull: number, turboFloor: number }[]}
   */
  const splits = [];
  for (let run = 0; run < TIMING_RUNS; run++) {
    // The same with our rules' listeners dropped, in its own process, before or after (alternately).
    const floorFirst = run % 2 === 1;
    const floorRun = floorFirst ? timingRun('timing-floor', run) : undefined;
    const full = timingRun('timing', run);
    const floorOfRun = floorRun ?? timingRun('timing-floor', run);
    for (const [rule, ms] of full.rows) runsOfRule.set(rule, [...(runsOfRule.get(rule) ?? []), ms]);
    floorRuns.push(floorOfRun);
    const shared = floorOfRun.rows.get('bench/shared-pass') ?? 0;
    if (shared === 0) throw new Error(`eslint-bench: no TIMING row for bench/shared-pass in timing-floor run ${run + 1}`);
    const floor = floorOfRun.ours / full.turbo;
    const sharedPass = shared / full.turbo;
    splits.push({
      floor,
      shared: sharedPass,
      own: full.ratio - floor - sharedPass,
      total: full.ratio,
      accesses: floorOfRun.accesses,
      turboFull: full.turbo,
      turboFloor: floorOfRun.turbo,
    });
  }
  const rows = [...runsOfRule].map(([rule, times]) => ({ rule, ms: median(times) })).sort((a, b) => b.ms - a.ms);
  /** Files each rule runs on, from the languages of the recommended blocks that enable it. */
  const filesOf = new Map();
  for (const block of benchConfig('recommended')) {
    const files = block.language === 'json/json' ? corpus.jsonFiles : block.language ? corpus.envFiles : corpus.codeFiles;
    for (const rule of Object.keys(block.rules ?? {})) filesOf.set(rule, (filesOf.get(rule) ?? 0) + files);
  }
  const perFile = (rule, total) => (total * 1000) / (filesOf.get(rule) ?? corpus.codeFiles);
  const ours = rows.filter((r) => r.rule.startsWith('@flux-env/'));
  const oursTotal = ours.reduce((sum, r) => sum + r.ms, 0);
  const oursCode = ours.filter((r) => (filesOf.get(r.rule) ?? corpus.codeFiles) >= corpus.codeFiles).reduce((sum, r) => sum + r.ms, 0);
  const find = (rule) => rows.find((r) => r.rule === rule)?.ms ?? 0;
  const width = Math.max(...rows.map((r) => r.rule.length), 'all @flux-env rules'.length);
  console.log(`TIMING=all, ${plural(TIMING_RUNS, 'process', 'processes')} (each with its floor run), same corpus (median ms per run, µs per file the rule runs on):`);
  for (const r of rows) console.log(`  ${r.rule.padEnd(width)}  ${r.ms.toFixed(1).padStart(9)} ms  ${perFile(r.rule, r.ms).toFixed(1).padStart(8)} µs/file`);
  console.log(`  ${'all @flux-env rules'.padEnd(width)}  ${oursTotal.toFixed(1).padStart(9)} ms  ${((oursCode * 1000) / corpus.codeFiles).toFixed(1).padStart(8)} µs/code file (code rules)`);
  const runRatios = splits.map((x) => x.total);
  const vsTurbo = median(runRatios);
  const times = (xs) => xs.map((r) => `${r.toFixed(2)}×`).join(', ');
  console.log(
    `  ours / turbo/no-undeclared-env-vars: ${vsTurbo.toFixed(2)}× (median; runs: ${times(runRatios)})  (target ≤ 0.5×: ${verdict(vsTurbo <= 0.5)})`,
  );
  const floorMs = median(floorRuns.map((r) => r.ours));
  const ourRules = [...new Set(floorRuns.flatMap((r) => [...r.rows.keys()]))].filter((rule) => rule.startsWith('@flux-env/'));
  const floorByRule = ourRules
    .map((rule) => ({ rule, ms: median(floorRuns.map((r) => r.rows.get(rule) ?? 0)) }))
    .sort((a, b) => b.ms - a.ms);
  const noopMs = median(floorRuns.map((r) => r.rows.get('bench/noop') ?? 0));
  const sharedMs = median(floorRuns.map((r) => r.rows.get('bench/shared-pass') ?? 0));
  console.log(
    `  floor (\`timing-floor\` runs: our rules' create() for every file, their listeners dropped): ${floorMs.toFixed(1)} ms (median)`,
  );
  console.log(
    `    by rule: ${floorByRule.slice(0, 5).map((r) => `${r.rule.replace('@flux-env/', '')} ${r.ms.toFixed(1)}`).join(', ')}, … ms; ESLint's own cost of a rule that only returns listeners: bench/noop ${noopMs.toFixed(1)} ms per rule`,
  );
  console.log(
    `  control rule created first for every code file (bench/first in the table above: not ours, reads the context and returns no listener): ${find('bench/first').toFixed(1)} ms; with it in that place, no rule of ours or turbo's is the first created for a code file`,
  );
  const accesses = median(splits.map((x) => x.accesses));
  console.log(
    `  shared pass on its own (bench/shared-pass in the floor runs: every access of a code file with its context, once per file): ${sharedMs.toFixed(1)} ms (median), ${accesses} accesses in ${corpus.codeFiles} code files (${(accesses / corpus.codeFiles).toFixed(1)} per file)`,
  );
  console.log(
    `  the ratio of each run split into parts, each / the full run's turbo: floor + shared pass (ms from the floor run) + the rest, the rules' own work (the catalog's findings, the reports; it also carries what differs between the two processes, and can come out near zero or below on short runs):`,
  );
  splits.forEach((x, i) =>
    console.log(
      `    run ${i + 1}: floor ${x.floor.toFixed(2)}× + shared pass ${x.shared.toFixed(2)}× + the rules' own work ${x.own.toFixed(2)}× = ${x.total.toFixed(2)}× (turbo: ${x.turboFull.toFixed(0)} ms in the full run, ${x.turboFloor.toFixed(0)} ms in the floor run)`,
    ),
  );
  const part = (key) => median(splits.map((x) => x[key]));
  console.log(
    `    medians (they need not add up): floor ${part('floor').toFixed(2)}×, shared pass ${part('shared').toFixed(2)}×, the rules' own work ${part('own').toFixed(2)}×; floor + shared pass, before any rule looks at a finding: ${median(splits.map((x) => x.floor + x.shared)).toFixed(2)}×; floor + the rules' own work: ${median(splits.map((x) => x.floor + x.own)).toFixed(2)}×`,
  );
  console.log(`  ours / n/no-process-env:             ${(oursTotal / find('n/no-process-env')).toFixed(2)}×`);
  console.log(`  ours / bench/noop:                   ${(oursTotal / Math.max(find('bench/noop'), 0.001)).toFixed(0)}×`);

  // 4. Replay: our rules with the shared pass free, against the same rules as built, in one process (`replay.mjs`).
  const replays = [];
  for (let run = 0; run < TIMING_RUNS; run++) {
    const { result } = runNode('replay.mjs', run % 2 === 1 ? ['--replay-first'] : [], corpusDir);
    replays.push(result);
  }
  const relative = median(replays.map((r) => r.replayedOverAsBuilt));
  console.log(
    `\nreplay, ${plural(TIMING_RUNS, 'process', 'processes')} (ESLint's \`stats\`; in each process a recording round, then every file in path order twice, alternately as built first or replayed first; ${replays[0].replayed} code files' answers replayed, ${replays[0].ourFindings} findings of ours in every round):`,
  );
  replays.forEach((r, i) =>
    console.log(
      `  run ${i + 1} (${r.order.join(' then ')}): as built, ours ${ms(r.asBuilt.ours)} / turbo ${ms(r.asBuilt.turbo)} = ${r.asBuilt.ratio.toFixed(2)}×; with the shared pass replayed, ours ${ms(r.replay.ours)} / turbo ${ms(r.replay.turbo)} = ${r.replay.ratio.toFixed(2)}×; ours replayed / as built ${r.replayedOverAsBuilt.toFixed(2)} (as built − replayed: ${ms(r.asBuilt.ours - r.replay.ours)})`,
    ),
  );
  console.log(
    `  as built − replayed: ${ms(median(replays.map((r) => r.asBuilt.ours - r.replay.ours)))} (median), against ${ms(sharedMs)} for bench/shared-pass in the floor runs`,
  );
  console.log(
    `  ours replayed / as built: ${relative.toFixed(2)} (median); on the TIMING runs' scale (their median ratio × this): ${(vsTurbo * relative).toFixed(2)}× turbo with the shared pass at no cost, against the split's floor + the rules' own work: ${median(splits.map((x) => x.floor + x.own)).toFixed(2)}× (the target, for all of our time: ≤ 0.5×). The replay rounds' own ratios to turbo need not match TIMING runs' (they are a process's second and third rounds, and the recorded answers keep every code file's tree in memory), so the estimate uses replayed / as built.`,
  );
} finally {
  fs.rmSync(corpusDir, { recursive: true, force: true });
}

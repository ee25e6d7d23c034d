// One replay run in a fresh process: what our rules cost when the shared pass costs nothing, against what they cost
// as built, in the same process. Lints the corpus in the current directory three times with the `timing` config
// (single-threaded, no cache), with a variant of the plugin bundle whose `findEnvAccesses` (the shared pass: every
// access of a code file, with its context) can hand back answers it recorded:
// 1. record (ESLint's `lintFiles`, not timed): the shared pass runs as built, and keeps its answer for each file text;
// 2. and 3., in the order `--replay-first` gives, each a `Linter.verifyAndFix` (no fix, as `lintFiles` without `--fix`) of every linted file in path order, with
//    ESLint's `stats` (the time of each rule's `create()` and listeners per file, as `TIMING` counts it):
//    `as-built`, the shared pass runs again as built; `replay`, each file gets the answer recorded for it, queued in
//    the same path order (a new array, so that the rules group its findings as they do in any run), and the shared
//    pass does no work, not even a lookup.
// Prints one JSON line: per timed round, our rules' total ms, turbo's `no-undeclared-env-vars` ms, their ratio and
// our problems; the answers recorded and replayed.
// Usage: node replay.mjs [--replay-first]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { pluginBundleOptions, pluginPackage } from '../../scripts/bundle-eslint-plugin.mjs';

/** The key of the replay switch the variant bundle puts on `globalThis`. */
const SWITCH = 'flux-env.bench.replay';

/**
 * What replaces the shared pass's export in the variant bundle: `findEnvAccesses` as built is renamed
 * `findEnvAccessesAsBuilt`, and this `findEnvAccesses` records its answers, or hands them back in the same order.
 * A file whose text length differs from the recorded one's means the files came in another order: it throws.
 */
const REPLAY_SOURCE = `
const replayRecords = new Map();
let replayMode = 'record';
let replayQueue = [];
let replayNext = 0;
let replayLastSource;
let replayLastAnswer;
export function findEnvAccesses(sourceCode) {
  if (sourceCode === replayLastSource) return replayLastAnswer;
  let answer;
  if (replayMode === 'replay') {
    const recorded = replayQueue[replayNext++];
    if (!recorded || recorded.length !== sourceCode.text.length) throw new Error('bench replay: a file came out of the queued order');
    answer = recorded.accesses.slice();
  } else {
    answer = findEnvAccessesAsBuilt(sourceCode);
    if (replayMode === 'record') replayRecords.set(sourceCode.text, answer);
  }
  replayLastSource = sourceCode;
  replayLastAnswer = answer;
  return answer;
}
globalThis[Symbol.for(${JSON.stringify(SWITCH)})] = {
  setMode(mode, texts = []) {
    replayMode = mode;
    replayQueue = texts.filter((text) => replayRecords.has(text)).map((text) => ({ length: text.length, accesses: replayRecords.get(text) }));
    replayNext = 0;
    replayLastSource = undefined;
    replayLastAnswer = undefined;
  },
  counts: () => ({ recorded: replayRecords.size, queued: replayQueue.length, replayed: replayNext }),
};
`;

/** esbuild plugin: swaps the shared pass's export for the replaying one, in the compiled `util/env-accesses.js`. */
const replaySharedPass = {
  name: 'replay-shared-pass',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]util[\\/]env-accesses\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const head = 'export function findEnvAccesses(sourceCode) {';
      if (!text.includes(head)) throw new Error(`bench replay: no "${head}" in ${args.path}; the replay needs updating`);
      return { contents: text.replace(head, 'function findEnvAccessesAsBuilt(sourceCode) {') + REPLAY_SOURCE, loader: 'js' };
    });
  },
};

// Inside the plugin's package, so that the bundle's externals resolve as the shipped bundle's do; the folder is not
// in the package's `files`, and the bundle is removed after the run.
const outfile = path.join(pluginPackage, '.bench', `replay-${process.pid}.mjs`);
try {
  await build({ ...pluginBundleOptions(outfile), plugins: [replaySharedPass] });
  const { ESLint, Linter } = await import('eslint');
  const { loadBenchConfig, withOurPlugin } = await import('./configs.mjs');
  const plugin = (await import(pathToFileURL(outfile).href)).default;
  const replay = globalThis[Symbol.for(SWITCH)];
  const config = withOurPlugin(await loadBenchConfig('timing'), plugin);
  const cwd = process.cwd();
  const isOurs = (message) => message.ruleId?.startsWith('@flux-env/') === true;

  // 1. Record, with ESLint's own file discovery; the files it linted, in path order, are the timed rounds' files.
  replay.setMode('record');
  const results = await new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, cache: false }).lintFiles(['.']);
  const files = results.map((r) => r.filePath).sort();
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const recordedProblems = results.reduce((sum, r) => sum + r.messages.filter(isOurs).length, 0);

  /** One timed round: every file through `Linter.verifyAndFix` (no fix) with `stats`; our rules' and turbo's ms. */
  const round = (mode) => {
    replay.setMode(mode, mode === 'replay' ? texts : []);
    const linter = new Linter({ cwd });
    let ours = 0;
    let turbo = 0;
    let ourProblems = 0;
    files.forEach((filename, i) => {
      // As ESLint's `lintFiles` lints a file without `--fix`: one pass; `stats` needs `verifyAndFix`.
      const { messages } = linter.verifyAndFix(texts[i], config, { filename, stats: true, fix: false });
      ourProblems += messages.filter(isOurs).length;
      for (const pass of linter.getTimes().passes ?? []) {
        for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
          if (rule.startsWith('@flux-env/')) ours += total;
          else if (rule === 'turbo/no-undeclared-env-vars') turbo += total;
        }
      }
    });
    return { mode, ours, turbo, ratio: ours / turbo, ourProblems, ...replay.counts() };
  };

  const order = process.argv.includes('--replay-first') ? ['replay', 'as-built'] : ['as-built', 'replay'];
  const rounds = {};
  for (const mode of order) rounds[mode] = round(mode);
  const { queued, replayed, recorded } = rounds.replay;
  if (replayed !== queued) throw new Error(`bench replay: ${queued} answers queued, ${replayed} replayed`);
  for (const r of Object.values(rounds)) {
    if (r.ourProblems !== recordedProblems) {
      throw new Error(`bench replay: the ${r.mode} round reported ${r.ourProblems} problems of our rules, the recording round ${recordedProblems}`);
    }
  }
  console.log(JSON.stringify({ order, files: files.length, recorded, replayed, ourProblems: recordedProblems, asBuilt: rounds['as-built'], replay: rounds.replay }));
} finally {
  fs.rmSync(outfile, { force: true });
  // The folder too, unless another run still has its bundle there.
  if (fs.existsSync(path.dirname(outfile)) && fs.readdirSync(path.dirname(outfile)).length === 0) fs.rmdirSync(path.dirname(outfile));
}

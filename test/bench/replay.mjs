// One replay run in a fresh process: what our rules cost when the shared pass costs nothing, against what they cost
// as built, in the same process. Lints the corpus in the current directory three times with the `timing` config
// (single-threaded, no cache), with a variant of the plugin bundle whose `findEnvAccesses` (the shared pass: every
// access of a code file, with its context) can hand back answers it recorded:
// 1. record (ESLint's `lintFiles`, not timed): the shared pass runs as built, and keeps its answer for each file text;
// 2. and 3., in the order `--replay-first` gives, each a `lintText` of every linted file in path order, with ESLint's
//    `stats` (the time of each rule's `create()` and listeners per file, as `TIMING` counts it):
//    `as-built`, the shared pass runs again as built; `replay`, each file gets the answer recorded for it, queued in
//    the same path order (a new array, so that the rules group its findings as they do in any run), and the shared
//    pass does no work, not even a lookup.
// Every round must give the same findings of ours (file, rule, message id, start and end). Prints one JSON line: per
// timed round, our rules' total ms, turbo's `no-undeclared-env-vars` ms and their ratio; our time replayed / as
// built; the answers recorded and replayed. The timed rounds' ratios to turbo read higher than a `TIMING` run's, likely
// because they are a process's second and third rounds over the corpus and the recorded answers keep every code
// file's tree in memory: compare within the process (replayed / as built).
// Usage: node replay.mjs [--replay-first]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';
import { pluginBundleOptions, pluginPackage } from '../../scripts/eslint-plugin-bundle-options.mjs';

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

// One folder below the plugin's package, as dist/plugin.js is, so that the bundle's externals and its
// `../package.json` resolve as the shipped bundle's do. Git and the repository's ESLint config ignore the folder, and
// it is not in the package's `files`. The bundle is removed after the run.
const outfile = path.join(pluginPackage, '.bench', `replay-${process.pid}.mjs`);
try {
  await build({ ...pluginBundleOptions(outfile), plugins: [replaySharedPass] });
  await stop();
  const { ESLint } = await import('eslint');
  const { loadBenchConfig, withOurPlugin } = await import('./configs.mjs');
  const plugin = (await import(pathToFileURL(outfile).href)).default;
  const replay = globalThis[Symbol.for(SWITCH)];
  const config = withOurPlugin(await loadBenchConfig('timing'), plugin);
  const cwd = process.cwd();
  const options = { cwd, overrideConfigFile: true, overrideConfig: config, cache: false };
  /** Our findings of a run, one line each (file, rule, message id, start and end), in a stable order. */
  const findingsOf = (results) =>
    results
      .flatMap((r) =>
        r.messages
          .filter((m) => m.ruleId?.startsWith('@flux-env/'))
          .map((m) => `${r.filePath} ${m.ruleId} ${m.messageId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
      )
      .sort();

  // 1. Record, with ESLint's own file discovery; the files it linted, in path order, are the timed rounds' files.
  replay.setMode('record');
  const results = await new ESLint(options).lintFiles(['.']);
  const files = results.map((r) => r.filePath).sort();
  const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
  const recordedFindings = findingsOf(results);

  /**
   * One timed round: every file in path order through `lintText` (one `ESLint` instance, so its config is computed
   * once per file as in `lintFiles`), with `stats`; our rules' and turbo's ms.
   */
  const round = async (mode) => {
    replay.setMode(mode, mode === 'replay' ? texts : []);
    const eslint = new ESLint({ ...options, stats: true });
    const roundResults = [];
    let ours = 0;
    let turbo = 0;
    for (let i = 0; i < files.length; i++) {
      const [result] = await eslint.lintText(texts[i], { filePath: files[i] });
      roundResults.push(result);
      for (const pass of result.stats?.times.passes ?? []) {
        for (const [rule, { total }] of Object.entries(pass.rules ?? {})) {
          if (rule.startsWith('@flux-env/')) ours += total;
          else if (rule === 'turbo/no-undeclared-env-vars') turbo += total;
        }
      }
    }
    return { mode, ours, turbo, ratio: ours / turbo, findings: findingsOf(roundResults), ...replay.counts() };
  };

  const order = process.argv.includes('--replay-first') ? ['replay', 'as-built'] : ['as-built', 'replay'];
  const rounds = {};
  for (const mode of order) rounds[mode] = await round(mode);
  const { queued, replayed, recorded } = rounds.replay;
  if (replayed === 0 || replayed !== queued) throw new Error(`bench replay: ${queued} answers queued, ${replayed} replayed`);
  for (const { mode, findings } of Object.values(rounds)) {
    const same = findings.length === recordedFindings.length && findings.every((f, i) => f === recordedFindings[i]);
    if (!same) {
      const at = findings.findIndex((f, i) => f !== recordedFindings[i]);
      const diff = at === -1 ? recordedFindings[findings.length] : `${findings[at]} (recorded: ${recordedFindings[at]})`;
      throw new Error(`bench replay: the ${mode} round's findings differ from the recording round's (${findings.length} against ${recordedFindings.length}), e.g. ${diff}`);
    }
  }
  const summary = ({ mode, ours, turbo, ratio }) => ({ mode, ours, turbo, ratio });
  console.log(
    JSON.stringify({
      order,
      files: files.length,
      recorded,
      replayed,
      ourFindings: recordedFindings.length,
      asBuilt: summary(rounds['as-built']),
      replay: summary(rounds.replay),
      replayedOverAsBuilt: rounds.replay.ours / rounds['as-built'].ours,
    }),
  );
} finally {
  // Never an error from here: it would hide the run's own.
  try {
    fs.rmSync(outfile, { force: true });
    // The folder too, unless another run still has its bundle there.
    fs.rmdirSync(path.dirname(outfile));
  } catch {
    // Not empty, already gone, or in use: git and ESLint ignore the folder.
  }
}

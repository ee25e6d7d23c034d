/**
 * The `floor` server of `pnpm bench:tsserver` (see `tsserver-bench.mjs`): captures, in-process, what the BUILT
 * `@flux-env/ts-plugin` (`packages/ts-plugin/dist`) adds to TypeScript's answers on the bench's generated file,
 * installs `floor-plugin.cjs` with that table as a plugin package in the bench's temporary folder, and checks
 * in-process, at every position the bench will ask, that the stub's answers are byte-identical (as JSON) to the real
 * plugin's. Anything the stub cannot reproduce stops the bench with a message naming the position and the first
 * difference: the floor must never silently measure something else.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../../../test/e2e/tsserver-client.mjs';

/** The package name of the stub in the bench's temporary `node_modules` (what the floor server's tsconfig names). */
export const FLOOR_PLUGIN_NAME = 'flux-env-bench-floor-plugin';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));
/** The workspace's TypeScript: the one the bench's tsservers run. */
const ts = requireFromRepo('typescript');

/**
 * The JSON text of a language-service answer, as tsserver would send its content: a diagnostic's `file` (a
 * `SourceFile`, circular) is replaced by its name.
 * @param {unknown} answer
 * @returns {string} `'undefined'` for no answer
 */
function json(answer) {
  return JSON.stringify(answer, (key, value) => (key === 'file' && value && typeof value === 'object' ? value.fileName : value)) ?? 'undefined';
}

/**
 * Where two JSON texts first differ, with some context, for an error message.
 * @param {string} a
 * @param {string} b
 * @returns {string} two indented lines
 */
function difference(a, b) {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 120);
  const cut = (s) => `${from > 0 ? '…' : ''}${s.slice(from, at + 200)}${s.length > at + 200 ? '…' : ''}`;
  return `  plugin: ${cut(a)}\n  floor:  ${cut(b)}`;
}

/**
 * A language service over one in-memory file with the compiler options of the bench's tsconfig.
 * @param {string} fileName absolute path (nothing is read from or written to it)
 * @param {string} text the file's text
 * @param {Record<string, unknown>} compilerOptions the tsconfig's `compilerOptions` (JSON form)
 * @returns {{ ls: any, host: any }}
 */
function languageService(fileName, text, compilerOptions) {
  const { options, errors } = ts.convertCompilerOptionsFromJson(compilerOptions, path.dirname(path.dirname(fileName)));
  if (errors.length > 0) throw new Error(`floor: bad compiler options: ${ts.flattenDiagnosticMessageText(errors[0].messageText, '\n')}`);
  const host = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const content = name === fileName ? text : ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => path.dirname(fileName),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? text : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { ls: ts.createLanguageService(host, ts.createDocumentRegistry()), host };
}

/**
 * Wraps `ls` with a tsserver plugin module as tsserver would (minus the project: the plugin then uses `getProgram()`).
 * @param {string} modulePath the plugin's main file
 * @param {any} ls @param {any} host
 * @param {Record<string, unknown>} config the plugin's tsconfig entry
 * @param {string[]} errors receives what the plugin logs as an error
 * @returns {any} the wrapped language service
 */
function wrap(modulePath, ls, host, config, errors) {
  const logger = { info() {}, msg: (message) => errors.push(message) };
  const info = {
    languageService: ls,
    languageServiceHost: host,
    config,
    project: { projectService: { logger }, getProjectName: () => 'flux-env bench (in-process capture)' },
    serverHost: ts.sys,
  };
  return requireFromRepo(modulePath)({ typescript: ts }).create(info);
}

/**
 * Captures the floor table from the built plugin, installs the stub under `root`, and checks it in-process.
 * @param {{ root: string, text: string, compilerOptions: Record<string, unknown>,
 *   hover: { line: number, column: number }[], completions: { line: number, column: number, trigger?: string }[] }} bench
 *   `root`: the bench's temporary folder; `text`: the generated file (`src/large.ts` of every project);
 *   `compilerOptions`: the projects' (JSON form, without `plugins`); `hover`, `completions`: every position the bench
 *   will ask (1-based line and protocol offset; `trigger`: the completion's trigger character)
 * @returns {{ probeLocation: string, pluginEntry: { name: string, table: string }, captured: string }} the plugin probe
 *   location to give tsserver, the tsconfig plugin entry of the floor server, and a one-line summary of the table
 * @throws {Error} when the plugin logs an error, when its answer at a position is not TypeScript's plus an addition
 *   the stub knows how to make, or when the stub's answer differs from the plugin's anywhere
 */
export function installFloor({ root, text, compilerOptions, hover, completions }) {
  const fileName = path.join(root, 'capture', 'src', 'large.ts');
  const { ls, host } = languageService(fileName, text, compilerOptions);
  const errors = [];
  const real = wrap(path.join(REPO_ROOT, 'packages/ts-plugin/dist/index.js'), ls, host, { name: '@flux-env/ts-plugin' }, errors);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (p) => lineStarts[p.line - 1] + p.column - 1;
  const at = (p) => `${p.line}:${p.column}`;
  // The word a hover at `offset` is about, as the plugin reads it (on a quote that touches no word, the word after it).
  const { hoverWordAt } = requireFromRepo('./packages/ts-plugin/dist/service.js');
  const wordAt = (offset) => hoverWordAt(text, offset);
  const preferences = (p) => (p.trigger ? { triggerCharacter: p.trigger, triggerKind: 2 } : {});
  const fail = (message) => {
    throw new Error(`floor: ${message}\n(packages/ts-plugin/bench/floor-plugin.cjs cannot reproduce what the plugin answers here; update it)`);
  };

  // Hover, before the file's diagnostics (the plugin reads the node at the cursor): the documentation appended to
  // TypeScript's answer, per name and whether TypeScript's had documentation; where TypeScript has none, the answer.
  const hoverAppend = {};
  const hoverAlone = {};
  const hoverBefore = new Map();
  for (const p of hover) {
    const offset = offsetOf(p);
    const prior = ls.getQuickInfoAtPosition(fileName, offset);
    const ours = real.getQuickInfoAtPosition(fileName, offset);
    hoverBefore.set(at(p), json(ours));
    if (json(ours) === json(prior)) continue;
    const name = wordAt(offset);
    if (prior) {
      const existing = prior.documentation ?? [];
      const append = (ours.documentation ?? []).slice(existing.length);
      const expected = json({ ...prior, documentation: [...existing, ...append] });
      if (expected !== json(ours)) fail(`hover at ${at(p)} is not TypeScript's answer plus documentation parts:\n${difference(json(ours), expected)}`);
      const slot = (hoverAppend[name] ??= {});
      const which = existing.length > 0 ? 'nonEmpty' : 'empty';
      if (slot[which] !== undefined && json(slot[which]) !== json(append)) fail(`hover of ${name} appends different documentation at ${at(p)}`);
      slot[which] = append;
    } else {
      hoverAlone[name] ??= JSON.parse(json(ours));
    }
  }

  // Completions: the longest list of entries the plugin appends (at `process.env.`: every catalog name), with the keys
  // of its entry objects in their order (keys left `undefined` included: they decide the objects' shape).
  let appended = [];
  const completionAnswers = new Map();
  for (const p of completions) {
    const offset = offsetOf(p);
    const prior = ls.getCompletionsAtPosition(fileName, offset, preferences(p));
    const ours = real.getCompletionsAtPosition(fileName, offset, preferences(p));
    completionAnswers.set(at(p), json(ours));
    if (!ours || !prior || json(ours) === json(prior)) continue;
    const extra = ours.entries.slice(prior.entries.length);
    const expected = json({ ...prior, entries: [...prior.entries, ...extra] });
    if (expected !== json(ours)) fail(`completions at ${at(p)} are not TypeScript's answer plus entries:\n${difference(json(ours), expected)}`);
    if (extra.length > appended.length) appended = extra;
  }
  const entryKeys = appended.length > 0 ? Object.keys(appended[0]) : [];

  // Diagnostics: what the plugin appends to TypeScript's, per channel (then hover again: the plugin now looks names up
  // in the accesses its diagnostics found).
  const diagnostics = {};
  const diagnosticAnswers = {};
  for (const [channel, method] of [['semantic', 'getSemanticDiagnostics'], ['suggestion', 'getSuggestionDiagnostics']]) {
    const prior = ls[method](fileName);
    const ours = real[method](fileName);
    diagnosticAnswers[channel] = json(ours);
    const added = ours.slice(prior.length);
    if (json([...prior, ...added]) !== json(ours)) fail(`${channel} diagnostics are not TypeScript's plus the plugin's:\n${difference(json(ours), json([...prior, ...added]))}`);
    // Without `file` (the stub puts its own first, where the plugin has it), the other keys in the plugin's order.
    diagnostics[channel] = added.map((d) => Object.fromEntries(Object.entries(d).filter(([key]) => key !== 'file')));
  }
  const hoverAfter = new Map(hover.map((p) => [at(p), json(real.getQuickInfoAtPosition(fileName, offsetOf(p)))]));
  if (errors.length > 0) throw new Error(`floor: @flux-env/ts-plugin logged an error while the bench captured its answers: ${errors[0]}`);

  // The stub as a package of the temporary folder, its table next to it.
  const packageDir = path.join(root, 'node_modules', FLOOR_PLUGIN_NAME);
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify({ name: FLOOR_PLUGIN_NAME, private: true, type: 'commonjs', main: 'index.js' }));
  copyFileSync(path.join(HERE, 'floor-plugin.cjs'), path.join(packageDir, 'index.js'));
  // `file`: the end of the bench file's name as tsserver spells it (with `/` on every platform).
  const table = { file: '/src/large.ts', textLength: text.length, entryKeys, entries: appended, hoverAppend, hoverAlone, diagnostics };
  const tablePath = path.join(packageDir, 'table.json');
  writeFileSync(tablePath, JSON.stringify(table));
  const pluginEntry = { name: FLOOR_PLUGIN_NAME, table: tablePath };

  // The stub, in-process, against the answers recorded above: every position the bench asks, both hover paths.
  const stub = wrap(path.join(packageDir, 'index.js'), ls, host, pluginEntry, errors);
  for (const p of hover) {
    const answer = json(stub.getQuickInfoAtPosition(fileName, offsetOf(p)));
    for (const [when, recorded] of [['before diagnostics', hoverBefore], ['after diagnostics', hoverAfter]]) {
      if (answer !== recorded.get(at(p))) fail(`the stub's hover at ${at(p)} (${when}) differs from the plugin's:\n${difference(recorded.get(at(p)), answer)}`);
    }
  }
  for (const p of completions) {
    const answer = json(stub.getCompletionsAtPosition(fileName, offsetOf(p), preferences(p)));
    if (answer !== completionAnswers.get(at(p))) fail(`the stub's completions at ${at(p)} differ from the plugin's:\n${difference(completionAnswers.get(at(p)), answer)}`);
  }
  for (const [channel, method] of [['semantic', 'getSemanticDiagnostics'], ['suggestion', 'getSuggestionDiagnostics']]) {
    const answer = json(stub[method](fileName));
    if (answer !== diagnosticAnswers[channel]) fail(`the stub's ${channel} diagnostics differ from the plugin's:\n${difference(diagnosticAnswers[channel], answer)}`);
  }

  const captured =
    `${appended.length} completion entries, documentation of ${new Set([...Object.keys(hoverAppend), ...Object.keys(hoverAlone)]).size} names, ` +
    `${diagnostics.semantic.length} + ${diagnostics.suggestion.length} diagnostics (semantic + suggestion); ` +
    `stub = plugin in-process at ${hover.length} hover x 2 and ${completions.length} completion positions and both diagnostic channels`;
  return { probeLocation: root, pluginEntry, captured };
}

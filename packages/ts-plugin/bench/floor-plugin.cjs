'use strict';
/* global module -- CommonJS: tsserver `require`s its plugins. */
/**
 * The "answer-size floor" of `@flux-env/ts-plugin` for `pnpm bench:tsserver` (the bench's `floor` server): a tsserver
 * plugin that does almost no work but answers with the same bytes as the real plugin at the bench's positions, that
 * is TypeScript's own answer plus the addition the real plugin makes there, precomputed. Its latency above `without`
 * is what sending (and tsserver converting and writing) those bytes costs; the real plugin's latency above it is the
 * plugin's own work. A measuring tool, not a plugin for editors.
 *
 * The addition comes from a table (JSON) that `tsserver-bench.mjs` (see `floor.mjs`) captures in-process from the
 * BUILT plugin for the bench's generated file on every run, and whose path it names in this plugin's tsconfig entry
 * (`{ "name": …, "table": "/abs/path/table.json" }`). Then:
 * - completions: after `…env.`, inside `…env['`, in `{ … } = …env`: the real plugin's entries (same keys in the same
 *   order, copied into fresh objects per answer, as the real plugin builds its entries from templates), minus the
 *   names TypeScript already offers and, in a pattern, the names it already has; inside quotes with the replacement
 *   span per entry when TypeScript's answer has another list span;
 * - quick info: for a name of the table at such a site, the documentation parts the real plugin appends to
 *   TypeScript's answer, or, where TypeScript has none (the key of `process.env['X']`), the real plugin's whole
 *   answer with its span moved to the string literal at the cursor;
 * - diagnostics: the real plugin's findings of the bench file (`start`, `length`, message, code… precomputed), appended
 *   to TypeScript's for the file the table names, as long as its text is at least as long as the captured one (the
 *   bench only appends lines at the end); the objects are built once per file version.
 * Every other language-service method goes through the same delegating proxy as the real plugin's.
 *
 * SPECIFIC TO THE BENCH: sites are found by a scan of a few characters of text around the cursor (no syntax tree),
 * which recognises exactly the forms the bench generates (`process.env.X`, `env.X`, `process.env['X']`,
 * `const { X } = process.env` on one line) and would be wrong on other code (comments, strings, other objects named
 * `env`, patterns over several lines…). The bench therefore checks, before measuring, that this plugin's answers are
 * byte-identical to the real plugin's (in-process at every position, and over tsserver at a few positions per row
 * and round), and stops when they are not.
 */

/** Tables already read, by path: one read per tsserver process. */
const tables = new Map();

/**
 * True for the characters of an identifier-like word (`A`–`Z`, `a`–`z`, `0`–`9`, `_`, `$`).
 * @param {number} code a UTF-16 code unit
 * @returns {boolean}
 */
function isWordChar(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/** @param {string} ch @returns {boolean} true for a space, tab or line break */
function isSpace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/**
 * @param {string} text
 * @param {number} end an offset
 * @returns {boolean} true when `text[..end)` ends with the identifier `env` (as in `process.env`, `env`)
 */
function endsWithEnv(text, end) {
  return (
    end >= 3 &&
    text.charCodeAt(end - 1) === 118 &&
    text.charCodeAt(end - 2) === 110 &&
    text.charCodeAt(end - 3) === 101 &&
    !(end > 3 && isWordChar(text.charCodeAt(end - 4)))
  );
}

/** @param {string} text @param {number} i @returns {number} `i` moved back over spaces */
function skipSpaceBack(text, i) {
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

/** @param {string} text @param {number} i @returns {number} `i` moved forward over spaces */
function skipSpaceForward(text, i) {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/**
 * The environment-variable site at `position`, found by a scan of the text around it (no syntax tree; only the bench's
 * forms, see the file's docstring).
 * @param {string} text the file's text
 * @param {number} position an offset (UTF-16 code units)
 * @returns {{ kind: 'member', wordStart: number, wordEnd: number }
 *   | { kind: 'string', quote: number, wordStart: number, wordEnd: number }
 *   | { kind: 'binding', open: number, close: number, wordStart: number, wordEnd: number } | undefined}
 *   `wordStart`/`wordEnd`: the word around `position`; `quote`: the offset of the opening quote; `open`/`close`: the
 *   offsets of the pattern's braces; `undefined` when `position` is no such site
 */
function siteAt(text, position) {
  let wordStart = position;
  let wordEnd = position;
  while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
  while (wordEnd < text.length && isWordChar(text.charCodeAt(wordEnd))) wordEnd++;
  const j = skipSpaceBack(text, wordStart);
  const before = text[j - 1];
  if (before === '.') return endsWithEnv(text, skipSpaceBack(text, j - 1)) ? { kind: 'member', wordStart, wordEnd } : undefined;
  if (before === "'" || before === '"' || before === '`') {
    const k = skipSpaceBack(text, j - 1);
    if (text[k - 1] !== '[' || !endsWithEnv(text, skipSpaceBack(text, k - 1))) return undefined;
    return { kind: 'string', quote: j - 1, wordStart, wordEnd };
  }
  if (before === '{' || before === ',') {
    let open = j - 1;
    while (open >= 0 && text[open] !== '{' && text[open] !== '\n') open--;
    if (text[open] !== '{') return undefined;
    let close = wordEnd;
    while (close < text.length && text[close] !== '}' && text[close] !== '\n') close++;
    if (text[close] !== '}') return undefined;
    let k = skipSpaceForward(text, close + 1);
    if (text[k] !== '=') return undefined;
    k = skipSpaceForward(text, k + 1);
    if (text.startsWith('process.', k)) k += 'process.'.length;
    if (!text.startsWith('env', k) || isWordChar(text.charCodeAt(k + 3))) return undefined;
    return { kind: 'binding', open, close, wordStart, wordEnd };
  }
  return undefined;
}

/**
 * The precomputed answers of one table, built once per tsserver process.
 * @param {{ file: string, textLength: number, entryKeys: string[], entries: object[],
 *   hoverAppend: Record<string, { empty?: object[], nonEmpty?: object[] }>, hoverAlone: Record<string, object>,
 *   diagnostics: { semantic: object[], suggestion: object[] } }} table as `floor.mjs` writes it
 */
function answersOf(table) {
  // Entry templates with the real plugin's keys in its order (keys it leaves `undefined` are absent from the JSON).
  // Each answer copies them into fresh objects, as the real plugin builds fresh entries from its templates.
  const entries = table.entries.map((e) => Object.fromEntries(table.entryKeys.map((key) => [key, e[key]])));
  const names = new Set(entries.map((e) => e.name));
  return {
    table,
    entries,
    names,
    /** All entries but one name (a pattern that already has that name). */
    allBut: new Map(entries.map((e) => [e.name, entries.filter((x) => x.name !== e.name)])),
  };
}

/**
 * The tsserver plugin factory.
 * @param {{ typescript: any }} modules the running TypeScript
 * @returns {{ create: (info: any) => any, onConfigurationChanged: () => void }} `create` wraps a project's language
 *   service; throws (and so fails the bench loudly) when the tsconfig entry names no readable table
 */
function init(modules) {
  const ts = modules.typescript;

  function create(info) {
    const tablePath = info.config && info.config.table;
    let answers = tables.get(tablePath);
    if (!answers) {
      const json = typeof tablePath === 'string' ? ts.sys.readFile(tablePath) : undefined;
      if (json === undefined) throw new Error(`floor plugin: no table at ${String(tablePath)} (tsconfig plugin entry "table")`);
      answers = answersOf(JSON.parse(json));
      tables.set(tablePath, answers);
    }
    const { table, entries: ENTRIES, names: NAMES, allBut: ALL_BUT } = answers;

    const ls = info.languageService;
    const project = info.project;
    const service = project && project.projectService;
    const currentSourceFile =
      project && typeof project.getSourceFile === 'function' && service && typeof service.toPath === 'function'
        ? (fileName) => project.getSourceFile(service.toPath(fileName))
        : undefined;
    const sourceFile = (fileName) => (currentSourceFile && currentSourceFile(fileName)) || (ls.getProgram() && ls.getProgram().getSourceFile(fileName));

    const proxy = Object.create(null);
    for (const key of Object.keys(ls)) {
      const method = ls[key];
      if (typeof method === 'function') proxy[key] = (...args) => method.apply(ls, args);
    }

    proxy.getCompletionsAtPosition = (fileName, position, ...rest) => {
      const prior = ls.getCompletionsAtPosition(fileName, position, ...rest);
      const sf = sourceFile(fileName);
      if (!sf) return prior;
      const site = siteAt(sf.text, position);
      if (!site) return prior;
      let entries = ENTRIES;
      if (site.kind === 'binding') {
        // Names the pattern already has; the word being typed (cursor inside it) is not one of them.
        const taken = [];
        const re = /[A-Za-z_$][A-Za-z0-9_$]*/g;
        re.lastIndex = site.open + 1;
        for (let m = re.exec(sf.text); m && m.index < site.close; m = re.exec(sf.text)) {
          if (position > site.wordStart && m.index === site.wordStart) continue;
          if (NAMES.has(m[0])) taken.push(m[0]);
        }
        if (taken.length === 1) entries = ALL_BUT.get(taken[0]);
        else if (taken.length > 1) entries = ENTRIES.filter((e) => !taken.includes(e.name));
      }
      if (prior && prior.entries.length > 0) {
        const offered = new Set(prior.entries.map((e) => e.name));
        entries = entries.filter((e) => !offered.has(e.name));
      }
      let span;
      if (site.kind === 'string') {
        span = { start: site.quote + 1, length: site.wordEnd - site.quote - 1 };
        const listSpan = prior ? prior.optionalReplacementSpan : span;
        if (!(listSpan && listSpan.start === span.start && listSpan.length === span.length)) {
          entries = entries.map((e) => ({ ...e, replacementSpan: span }));
        }
      }
      const fresh = entries.map((e) => ({ ...e }));
      if (prior) return { ...prior, entries: [...prior.entries, ...fresh] };
      return {
        isGlobalCompletion: false,
        isMemberCompletion: site.kind === 'member',
        isNewIdentifierLocation: site.kind !== 'member',
        ...(span ? { optionalReplacementSpan: span } : {}),
        entries: fresh,
      };
    };

    proxy.getQuickInfoAtPosition = (fileName, position, ...rest) => {
      const prior = ls.getQuickInfoAtPosition(fileName, position, ...rest);
      const sf = sourceFile(fileName);
      if (!sf) return prior;
      const text = sf.text;
      // As the plugin's `hoverWordAt`: on a quote that touches no word, the word right after it.
      const quoted = !isWordChar(text.charCodeAt(position)) && (position === 0 || !isWordChar(text.charCodeAt(position - 1))) && "'\"`".includes(text[position] || '-');
      let start = quoted ? position + 1 : position;
      let end = start;
      while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      const name = text.slice(start, end);
      if (!NAMES.has(name)) return prior;
      const site = siteAt(text, start);
      if (!site) return prior;
      if (prior) {
        const existing = prior.documentation || [];
        const append = table.hoverAppend[name] && table.hoverAppend[name][existing.length > 0 ? 'nonEmpty' : 'empty'];
        return append ? { ...prior, documentation: [...existing, ...append] } : prior;
      }
      const alone = table.hoverAlone[name];
      if (!alone) return prior;
      // The real plugin's span: the access's name node (the string literal, quotes included, for `['X']`).
      const spanStart = site.kind === 'string' ? site.quote : start;
      const spanEnd = site.kind === 'string' && text[end] === text[site.quote] ? end + 1 : end;
      return { ...alone, textSpan: { start: spanStart, length: spanEnd - spanStart } };
    };

    const diagCache = { semantic: new WeakMap(), suggestion: new WeakMap() };
    const withOurs = (channel, fileName, prior) => {
      if (!fileName.endsWith(table.file)) return prior;
      const sf = sourceFile(fileName);
      if (!sf || sf.text.length < table.textLength) return prior;
      let ours = diagCache[channel].get(sf);
      if (!ours) {
        ours = table.diagnostics[channel].map((d) => ({ file: sf, ...d }));
        diagCache[channel].set(sf, ours);
      }
      return ours.length > 0 ? [...prior, ...ours] : prior;
    };
    proxy.getSemanticDiagnostics = (fileName) => withOurs('semantic', fileName, ls.getSemanticDiagnostics(fileName));
    proxy.getSuggestionDiagnostics = (fileName) => withOurs('suggestion', fileName, ls.getSuggestionDiagnostics(fileName));
    return proxy;
  }

  return { create, onConfigurationChanged() {} };
}

module.exports = init;

/**
 * A location-aware parser for dotenv files with the exact semantics of the `dotenv` npm package's `parse`
 * (the parser Next.js loads `.env*` files with), plus the `${VAR}` / `$VAR` references `dotenv-expand` reads.
 *
 * Pure: no ESLint import, no I/O. The ESLint language (`language.ts`) and the tests use it.
 *
 * How the semantics are kept identical: `dotenv`'s `parse` is a single regular expression (its `LINE`) run over
 * the text with `\r\n` / `\r` normalised to `\n`, followed by three string operations on each captured value
 * (trim, strip one pair of matching quotes, expand `\n` and `\r` in double-quoted values). This parser runs
 * the same expression (with capture groups added around parts `dotenv` leaves uncaptured, which does not change
 * what it matches) and the same three operations, but on a string that remembers, for every character, where
 * it came from in the source. So each key/value pair equals `dotenv`'s, and each node knows its location.
 * `test/dotenv-differential.test.ts` checks the pairs against `dotenv.parse` on thousands of inputs.
 *
 * Source of the semantics: `dotenv` (`lib/main.js`, `LINE` and `parse`, unchanged from 15.x to 18.x) and
 * `dotenv-expand` (`interpolate`: `(?<!\\)\${([^{}]+)}|(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)`, `\$` for a literal `$`).
 */

/** A position in the source text: 1-based `line` and `column` (UTF-16 code units), 0-based `offset`. */
export interface Position {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Where a node is: `start` inclusive, `end` exclusive. */
export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
}

/** Where a node is in the source: its offsets and its location. */
export interface NodeBase {
  /** `[start, end)` offsets into the source text (UTF-16 code units). */
  readonly range: [number, number];
  readonly loc: SourceLocation;
}

/** The variable name of an entry: `FLUX_URL` in `export FLUX_URL=https://…`. */
export interface KeyNode extends NodeBase {
  readonly type: 'Key';
  /** The name as `dotenv` reads it (`[\w.-]+`). */
  readonly name: string;
}

/** A `${VAR}` / `$VAR` reference inside a value that `dotenv-expand` replaces. Not a visited node. */
export interface Reference {
  /** The variable it reads (`VAR` in `${VAR:-default}`). */
  readonly name: string;
  /** True for `${…}`, false for `$VAR`. */
  readonly braced: boolean;
  /** The operator of a braced reference with a default (`:-`, `-`, `:+`, `+`), when there is one. */
  readonly operator?: string;
  /** `[start, end)` of the reference in the source text (from the `$` to the end of the name or `}`). */
  readonly range: [number, number];
  readonly loc: SourceLocation;
}

/** The value of an entry. */
export interface ValueNode extends NodeBase {
  readonly type: 'Value';
  /**
   * The value exactly as `dotenv.parse` returns it: trimmed, one pair of matching quotes removed, `\n` / `\r`
   * expanded when it starts with a double quote. Before `dotenv-expand`.
   */
  readonly value: string;
  /** The quote that was removed (`"`, `'` or `` ` ``), or `null` for a value that was not quoted. */
  readonly quote: '"' | "'" | '`' | null;
  /**
   * True when the value opens a quote it never closes: `dotenv` then keeps the opening quote as part of the
   * value, reads the value to the end of its line, and skips the lines after it that are not entries.
   */
  readonly unterminated: boolean;
  /** `${VAR}` / `$VAR` references `dotenv-expand` replaces, in source order (escaped `\$` excluded). */
  readonly references: readonly Reference[];
  /**
   * For each character of `value`, its offset in the source text (a character produced by expanding `\n`
   * points at the backslash). Length `value.length`.
   */
  readonly offsets: readonly number[];
}

/** A `# …` comment: a whole line, or after a value. */
export interface CommentNode extends NodeBase {
  readonly type: 'Comment';
  /** The text after `#`. */
  readonly value: string;
}

/** One `KEY=value` (or `KEY: value`) entry. */
export interface EntryNode extends NodeBase {
  readonly type: 'Entry';
  /** True when the entry starts with `export `. */
  readonly exported: boolean;
  /** `=` or `:`. */
  readonly separator: '=' | ':';
  readonly key: KeyNode;
  readonly value: ValueNode;
  /** The comment after the value, when there is one. */
  readonly comment: CommentNode | null;
}

/** Why `dotenv` skips a line. */
export type InvalidLineReason =
  /** A name with no `=` (or `: `) after it: `FLUX_URL`. */
  | 'missing-separator'
  /** A line after a value that opened a quote and never closed it: the rest of the intended multi-line value. */
  | 'stray-fragment'
  /** Anything else that is not `KEY=value`: a bad character in the name, `KEY:value` without a space, … */
  | 'malformed';

/** A line `dotenv` skips silently (not blank, not a comment, not part of an entry). */
export interface InvalidLineNode extends NodeBase {
  readonly type: 'InvalidLine';
  readonly reason: InvalidLineReason;
  /** For `missing-separator`: the name on the line. For `stray-fragment`: the key of the unterminated value. */
  readonly name?: string;
  /** For `stray-fragment`: the line of the entry whose value was left open. */
  readonly relatedLine?: number;
}

/** The root node of a dotenv file. Never called `Program`: it is not JavaScript. */
export interface DotenvDocument extends NodeBase {
  readonly type: 'DotenvDocument';
  /** Entries, whole-line comments and skipped lines, in source order. */
  readonly body: readonly (EntryNode | CommentNode | InvalidLineNode)[];
  /** Every comment (whole-line and after a value), in source order. */
  readonly comments: readonly CommentNode[];
}

/** Any node of a dotenv file. */
export type DotenvNode = DotenvDocument | EntryNode | KeyNode | ValueNode | CommentNode | InvalidLineNode;

/** The child keys of each node type, in source order: how ESLint walks the tree. */
export const DOTENV_VISITOR_KEYS: Readonly<Record<DotenvNode['type'], readonly string[]>> = {
  DotenvDocument: ['body'],
  Entry: ['key', 'value', 'comment'],
  Key: [],
  Value: [],
  Comment: [],
  InvalidLine: [],
};

/** The result of `parseDotenv`. */
export interface ParsedDotenv {
  readonly ast: DotenvDocument;
  /** Every key and its value as `dotenv.parse` returns them (the last duplicate wins). */
  readonly parsed: Readonly<Record<string, string>>;
}

/**
 * `dotenv`'s `LINE`, with capture groups around the `export` prefix, the separator and the comment (capturing
 * a group does not change what an expression matches). Groups: 1 `export `, 2 key, 3 separator, 4 raw value,
 * 5 comment. The `d` flag gives each group's indices.
 */
const LINE =
  /(?:^|^)\s*(export\s+)?([\w.-]+)(\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(#.*)?(?:$|$)/dgm;

/** `dotenv`'s quote stripping, as it writes it (multi-line flag included). */
const STRIP_QUOTES = /^(['"`])([\s\S]*)\1$/dgm;

/** `dotenv-expand`'s reference expression. */
const REFERENCE = /(?<!\\)\$\{([^{}]+)\}|(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)/dg;
const REFERENCE_OPERATOR = /(:\+|\+|:-|-)/;

/** Line terminators as ECMAScript's multi-line `^`/`$` see them once `\r` is normalised away. */
const LINE_TERMINATOR = /[\n\u2028\u2029]/g;

/** A string that remembers where each of its characters came from. */
interface Tracked {
  readonly text: string;
  readonly offsets: number[];
}

function slice(t: Tracked, start: number, end: number): Tracked {
  return { text: t.text.slice(start, end), offsets: t.offsets.slice(start, end) };
}

/** `String.prototype.trim`, tracked (`\s` is exactly the set `trim` removes). */
function trim(t: Tracked): Tracked {
  const start = t.text.search(/\S/u);
  if (start === -1) return { text: '', offsets: [] };
  let end = t.text.length;
  while (end > start && /\s/u.test(t.text[end - 1]!)) end--;
  return slice(t, start, end);
}

/** Pushes `source[start..end)` onto `target` (no spread: values can be megabytes long). */
function append(target: number[], source: readonly number[], start: number, end: number): void {
  for (let i = start; i < end; i++) target.push(source[i]!);
}

/** `value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')`, tracked. */
function stripQuotes(t: Tracked): Tracked {
  let text = '';
  const offsets: number[] = [];
  let last = 0;
  STRIP_QUOTES.lastIndex = 0;
  for (let m = STRIP_QUOTES.exec(t.text); m; m = STRIP_QUOTES.exec(t.text)) {
    const [inner0, inner1] = m.indices![2]!;
    text += t.text.slice(last, m.index) + t.text.slice(inner0, inner1);
    append(offsets, t.offsets, last, m.index);
    append(offsets, t.offsets, inner0, inner1);
    last = m.index + m[0].length;
    if (m[0].length === 0) STRIP_QUOTES.lastIndex++;
  }
  text += t.text.slice(last);
  append(offsets, t.offsets, last, t.offsets.length);
  return { text, offsets };
}

/** `value.replace(/\\<letter>/g, replacement)`, tracked: the replacement points at the backslash. */
function expandEscape(t: Tracked, letter: 'n' | 'r', replacement: string): Tracked {
  const escape = `\\${letter}`;
  if (!t.text.includes(escape)) return t;
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < t.text.length) {
    if (t.text.startsWith(escape, i)) {
      text += replacement;
      offsets.push(t.offsets[i]!);
      i += 2;
    } else {
      text += t.text[i];
      offsets.push(t.offsets[i]!);
      i++;
    }
  }
  return { text, offsets };
}

/**
 * Maps offsets of the `\r`-normalised text back to the source text and computes 1-based line/column locations.
 * Also used for spans inside JSON text (`languages/file-accesses.ts`), with JSON's line breaks.
 */
export class Locator {
  readonly #removed: readonly number[];
  readonly #lineStarts: number[];

  /**
   * @param source the source text
   * @param removed sorted offsets (in the normalised text) where a `\r` of a `\r\n` pair was dropped; empty when
   *   offsets are source offsets already
   * @param options `unicodeLineBreaks` (default `true`): count U+2028 and U+2029 as line breaks, as ESLint does for
   *   dotenv text; `false` for JSON, whose locations (`@eslint/json`) break lines at `\r\n`, `\r` and `\n` only
   */
  constructor(source: string, removed: readonly number[] = [], options: { readonly unicodeLineBreaks?: boolean } = {}) {
    this.#removed = removed;
    this.#lineStarts = [0];
    const breaks = options.unicodeLineBreaks === false ? /\r\n|[\r\n]/gu : /\r\n|[\r\n\u2028\u2029]/g;
    for (let m = breaks.exec(source); m; m = breaks.exec(source)) this.#lineStarts.push(m.index + m[0].length);
  }

  /** The source offset of normalised offset `k`. */
  original(k: number): number {
    let lo = 0;
    let hi = this.#removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#removed[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return k + lo;
  }

  /** The 1-based line and column of source offset `offset`. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#lineStarts[lo]! + 1, offset };
  }

  /** Range and location of the source span `[start, end)`. */
  span(start: number, end: number): NodeBase {
    return { range: [start, end], loc: { start: this.position(start), end: this.position(end) } };
  }
}

/** Normalises `\r\n` and `\r` to `\n` as `dotenv` does, remembering where a character was dropped. */
function normalise(source: string): { text: string; removed: number[] } {
  if (!source.includes('\r')) return { text: source, removed: [] };
  const removed: number[] = [];
  let text = '';
  let last = 0;
  const cr = /\r\n?/g;
  for (let m = cr.exec(source); m; m = cr.exec(source)) {
    text += source.slice(last, m.index) + '\n';
    if (m[0].length === 2) removed.push(text.length - 1);
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, removed };
}

function referencesOf(value: Tracked, locator: Locator): Reference[] {
  if (!value.text.includes('$')) return [];
  const references: Reference[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(value.text); m; m = REFERENCE.exec(value.text)) {
    const braced = m[1] !== undefined;
    const expression = (m[1] ?? m[2])!;
    const operator = braced ? REFERENCE_OPERATOR.exec(expression)?.[0] : undefined;
    const name = operator ? expression.slice(0, expression.indexOf(operator)) : expression;
    const start = value.offsets[m.index]!;
    const end = value.offsets[m.index + m[0].length - 1]! + 1;
    references.push({ name, braced, ...(operator ? { operator } : {}), ...locator.span(start, end) } as Reference);
  }
  return references;
}

/** Code points that mark a file as binary, not text: NUL and the other C0 controls except tab, LF, VT, FF, CR. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/u;

/** Why a file cannot be read as a dotenv file at all. */
export interface DotenvParseError {
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** Files larger than this (UTF-16 code units) are not parsed: `dotenv`'s expression can take quadratic time on them. */
export const MAX_DOTENV_LENGTH = 4 * 1024 * 1024;

/**
 * Checks that `source` is text `parseDotenv` can read in bounded time.
 * @param source the file's text
 * @returns `undefined` when it can be parsed; otherwise why not and where (the first control character of a
 *   binary file, or line 1 column 1 of a file longer than `MAX_DOTENV_LENGTH`)
 */
export function checkDotenvText(source: string): DotenvParseError | undefined {
  if (source.length > MAX_DOTENV_LENGTH) {
    return {
      message: `File is ${source.length} characters long; dotenv files longer than ${MAX_DOTENV_LENGTH} characters are not linted`,
      line: 1,
      column: 1,
    };
  }
  const binary = BINARY.exec(source);
  if (binary) {
    const position = new Locator(source, []).position(binary.index);
    const code = binary[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase();
    return {
      message: `Binary data (control character U+${code}): this is not a text dotenv file`,
      line: position.line,
      column: position.column,
    };
  }
  return undefined;
}

/**
 * Parses a dotenv file.
 * @param source the file's text (a leading UTF-8 BOM may be present or already removed; `dotenv` skips it as
 *   whitespace either way)
 * @returns the document node and the key/value pairs `dotenv.parse(source)` returns. Never throws; call
 *   `checkDotenvText` first to refuse binary or huge input.
 */
export function parseDotenv(source: string): ParsedDotenv {
  const { text, removed } = normalise(source);
  const locator = new Locator(source, removed);
  const at = (start: number, end: number) => locator.span(locator.original(start), locator.original(end));
  const trackedOf = (start: number, end: number): Tracked => {
    const offsets = new Array<number>(end - start);
    if (removed.length === 0) for (let i = start; i < end; i++) offsets[i - start] = i;
    else for (let i = start; i < end; i++) offsets[i - start] = locator.original(i);
    return { text: text.slice(start, end), offsets };
  };

  const entries: EntryNode[] = [];
  const comments: CommentNode[] = [];
  const parsed: Record<string, string> = {};
  /** `[start, end)` of each entry in the normalised text (from `export`/key to the end of the match). */
  const covered: [number, number][] = [];

  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const indices = m.indices!;
    const key = m[2]!;
    const [keyStart, keyEnd] = indices[2]!;
    const entryStart = indices[1] ? indices[1][0] : keyStart;
    const entryEnd = m.index + m[0].length;
    const separator = m[3]!.includes('=') ? '=' : ':';

    // dotenv: let value = (match[2] || ''); value = value.trim(); const maybeQuote = value[0];
    //         value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2');
    //         if (maybeQuote === '"') { value = value.replace(/\\n/g, '\n'); value = value.replace(/\\r/g, '\r') }
    const rawIndices = indices[4];
    const raw = rawIndices ? trackedOf(rawIndices[0], rawIndices[1]) : { text: '', offsets: [] };
    const trimmed = trim(raw);
    const maybeQuote = trimmed.text[0];
    const unquoted = stripQuotes(trimmed);
    const value = maybeQuote === '"' ? expandEscape(expandEscape(unquoted, 'n', '\n'), 'r', '\r') : unquoted;
    parsed[key] = value.text;

    const isQuote = maybeQuote === '"' || maybeQuote === "'" || maybeQuote === '`';
    const stripped = isQuote && unquoted.text.length < trimmed.text.length && trimmed.text.endsWith(maybeQuote);
    const quote = stripped ? (maybeQuote as '"' | "'" | '`') : null;
    const unterminated = isQuote && !stripped && !trimmed.text.slice(1).includes(maybeQuote);

    // The value node spans the trimmed raw value; an empty value is an empty span right after the separator.
    const valueStart = trimmed.offsets.length > 0 ? trimmed.offsets[0]! : locator.original(indices[3]![1]);
    const valueEnd = trimmed.offsets.length > 0 ? trimmed.offsets[trimmed.offsets.length - 1]! + 1 : valueStart;
    const valueNode: ValueNode = {
      type: 'Value',
      value: value.text,
      quote,
      unterminated,
      references: referencesOf(value, locator),
      offsets: value.offsets,
      ...locator.span(valueStart, valueEnd),
    };
    let comment: CommentNode | null = null;
    if (indices[5]) {
      const [cStart, cEnd] = indices[5];
      comment = { type: 'Comment', value: text.slice(cStart + 1, cEnd), ...at(cStart, cEnd) };
      comments.push(comment);
    }
    entries.push({
      type: 'Entry',
      exported: indices[1] !== undefined,
      separator,
      key: { type: 'Key', name: key, ...at(keyStart, keyEnd) },
      value: valueNode,
      comment,
      ...at(entryStart, comment ? Math.max(entryEnd, indices[5]![1]) : entryEnd),
    });
    covered.push([entryStart, entryEnd]);
    if (m[0].length === 0) LINE.lastIndex++;
  }

  // Lines no entry covers: blank, a comment, or skipped silently.
  const body: (EntryNode | CommentNode | InvalidLineNode)[] = [];
  let entryIndex = 0;
  let lineStart = 0;
  let openQuote: { name: string; line: number } | undefined;
  const lineEnds = [...text.matchAll(LINE_TERMINATOR)].map((t) => t.index);
  lineEnds.push(text.length);
  for (const lineEnd of lineEnds) {
    const line = text.slice(lineStart, lineEnd);
    const first = line.search(/\S/u);
    if (first !== -1) {
      const firstOffset = lineStart + first;
      while (entryIndex < entries.length && covered[entryIndex]![1] <= firstOffset) {
        const entry = entries[entryIndex]!;
        body.push(entry);
        openQuote = entry.value.unterminated ? { name: entry.key.name, line: entry.loc.start.line } : undefined;
        entryIndex++;
      }
      const inEntry = entryIndex < entries.length && covered[entryIndex]![0] <= firstOffset;
      if (!inEntry) {
        let end = lineEnd;
        while (end > firstOffset && /\s/u.test(text[end - 1]!)) end--;
        if (line[first] === '#') {
          const comment: CommentNode = { type: 'Comment', value: text.slice(firstOffset + 1, end), ...at(firstOffset, end) };
          comments.push(comment);
          body.push(comment);
        } else {
          const missing = /^\s*(?:export\s+)?([\w.-]+)\s*$/u.exec(line);
          const node: InvalidLineNode = openQuote
            ? { type: 'InvalidLine', reason: 'stray-fragment', name: openQuote.name, relatedLine: openQuote.line, ...at(firstOffset, end) }
            : missing
              ? { type: 'InvalidLine', reason: 'missing-separator', name: missing[1]!, ...at(firstOffset, end) }
              : { type: 'InvalidLine', reason: 'malformed', ...at(firstOffset, end) };
          body.push(node);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  while (entryIndex < entries.length) body.push(entries[entryIndex++]!);
  comments.sort((a, b) => a.range[0] - b.range[0]);

  const ast: DotenvDocument = { type: 'DotenvDocument', body, comments, ...locator.span(0, source.length) };
  return { ast, parsed };
}

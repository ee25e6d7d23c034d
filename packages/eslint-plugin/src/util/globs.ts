/**
 * Glob matching for rule options and file names, with `picomatch`. Each pattern is compiled once per process
 * into a matcher (rules are created once per file; compiling a glob per file would cost more than the match).
 * `globMatches` (patterns from options) also keeps the answers for recent subjects, as most subjects repeat (a
 * variable name); `globMatcher` (a pattern known when a module loads) is the bare matcher, tested once per file.
 */
import picomatch from 'picomatch';

/** A compiled pattern and its recent answers. */
interface Matcher {
  readonly test: (subject: string) => boolean;
  readonly answers: Map<string, boolean>;
}

const compiled = new Map<string, Matcher>();
/** How many answers a pattern keeps before it forgets them all (bounds memory in long editor sessions). */
const MAX_ANSWERS = 2000;

/**
 * True when `subject` matches the glob `pattern` (picomatch syntax: `*`, `**`, `?`, `{a,b}`, `[a-z]`, `!(x)`).
 * @param subject a path with `/` separators, or a variable name
 * @param pattern a glob
 * @param options `dot`: whether `*` and `**` match names that start with `.` (default `false`); `remember`: keep the
 *   answer for the next call with the same subject (default `true`; pass `false` for subjects that seldom repeat, such
 *   as the path of each linted file)
 * @returns whether it matches. Never throws for a pattern picomatch compiles (the schema's non-empty strings).
 */
export function globMatches(subject: string, pattern: string, options: { dot?: boolean; remember?: boolean } = {}): boolean {
  const key = `${options.dot ? 'd' : '-'}${pattern}`;
  let matcher = compiled.get(key);
  if (!matcher) {
    matcher = { test: globMatcher(pattern, options), answers: new Map() };
    compiled.set(key, matcher);
  }
  if (options.remember === false) return matcher.test(subject);
  let answer = matcher.answers.get(subject);
  if (answer === undefined) {
    answer = matcher.test(subject);
    if (matcher.answers.size >= MAX_ANSWERS) matcher.answers.clear();
    matcher.answers.set(subject, answer);
  }
  return answer;
}

/** Whether a backslash separates path segments: on Windows, as for `path.basename`. */
const WINDOWS = process.platform === 'win32';

/**
 * A compiled glob for a pattern known when a module loads (a catalog glob): a plain picomatch matcher, with no
 * per-call key, lookup or answer cache, for a test made once per linted file.
 * @param pattern a glob (picomatch syntax)
 * @param options `dot`: whether `*` and `**` match names that start with `.` (default `false`)
 * @returns a function that tells whether a subject (a path with `/` separators, or a file's basename) matches. Never
 *   throws for a pattern picomatch compiles.
 */
export function globMatcher(pattern: string, options: { dot?: boolean } = {}): (subject: string) => boolean {
  return picomatch(pattern, { dot: options.dot === true });
}

/**
 * The last segment of a file path (`next.config.mjs` of `/app/next.config.mjs`), as `path.basename` gives it for a
 * path without a trailing separator, for a test made once per linted file: one or two `lastIndexOf`s instead of
 * `path.basename`'s character loop. On Windows a backslash and `/` both separate; elsewhere only `/` does. Unlike
 * `path.basename`, a trailing separator is not dropped, and on Windows a drive-relative name (`C:next.config.js`) is
 * returned whole: ESLint's `context.filename` is never either (it is absolute, `<input>`/`<text>`, or a processor's
 * block name such as `/app/README.md/0.js`).
 * @param filename a linted file's path (`context.filename`)
 * @returns the text after the last separator; the whole path when there is none. Never throws.
 */
export function fileBaseName(filename: string): string {
  const slash = filename.lastIndexOf('/');
  const last = WINDOWS ? Math.max(slash, filename.lastIndexOf('\\')) : slash;
  return filename.slice(last + 1);
}

/**
 * Glob matching for rule options and file names, with `picomatch`. Each pattern is compiled once per process
 * into a matcher (rules are created once per file; compiling a glob per file would cost more than the match).
 */
import picomatch from 'picomatch';

const compiled = new Map<string, (subject: string) => boolean>();

/**
 * True when `subject` matches the glob `pattern` (picomatch syntax: `*`, `**`, `?`, `{a,b}`, `[a-z]`, `!(x)`).
 * @param subject a path with `/` separators, or a variable name
 * @param pattern a glob
 * @param options `dot`: whether `*` and `**` match names that start with `.` (default `false`)
 */
export function globMatches(subject: string, pattern: string, options: { dot?: boolean } = {}): boolean {
  const key = `${options.dot ? 'd' : '-'}${pattern}`;
  let test = compiled.get(key);
  if (!test) {
    test = picomatch(pattern, { dot: options.dot === true });
    compiled.set(key, test);
  }
  return test(subject);
}

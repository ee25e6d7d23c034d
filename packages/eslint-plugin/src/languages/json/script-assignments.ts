/**
 * Finds the environment assignments of a `package.json` script: `KEY=value cmd`, `cross-env KEY=value cmd`,
 * `env KEY=value cmd`, `export KEY=value && cmd`, in every command of a `&&` / `||` / `;` / `|` chain.
 * Pure: a small POSIX-shell word splitter that keeps each word's offsets (the libraries that split shell words
 * return words without offsets, and a report must point at the exact characters).
 */

/** One `KEY=value` assignment of a script. Offsets are into the script string (`[start, end)`). */
export interface ScriptAssignment {
  readonly name: string;
  readonly nameRange: readonly [number, number];
  /** The value the command gets (quotes removed), or `undefined` when the shell computes it (`$X`, `` `cmd` ``). */
  readonly value: string | undefined;
  /** The value as written (quotes included); empty at the end of the name for `KEY=`. */
  readonly valueRange: readonly [number, number];
}

interface Word {
  readonly start: number;
  readonly end: number;
  /** The word with quotes and escapes removed. */
  readonly text: string;
  /** True when the word contains an expansion the shell computes (`$…`, `` `…` ``) outside single quotes. */
  readonly dynamic: boolean;
  /** Offset of the first `=` outside quotes, or -1. */
  readonly equals: number;
  /** True when every character before `equals` was written unquoted and unescaped. */
  readonly plainName: boolean;
}

const SEPARATORS = ['&&', '||', ';;', ';', '|', '&', '(', ')', '\n'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/u;
/** Commands that run another command with extra environment variables given as `KEY=value` words. */
const ENV_COMMANDS = new Set(['cross-env', 'cross-env-shell', 'env', 'export']);
/** `env` options that take a separate argument. */
const ENV_OPTIONS_WITH_ARGUMENT = new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']);

/** Splits a script into commands, each a list of words. */
function commands(script: string): Word[][] {
  const result: Word[][] = [[]];
  let i = 0;
  while (i < script.length) {
    const c = script[i]!;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    const separator = SEPARATORS.find((s) => script.startsWith(s, i));
    if (separator) {
      result.push([]);
      i += separator.length;
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of the line.
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    const start = i;
    let text = '';
    let dynamic = false;
    let equals = -1;
    let plainName = true;
    while (i < script.length) {
      const ch = script[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\r' || SEPARATORS.some((s) => script.startsWith(s, i))) break;
      if (ch === "'") {
        if (equals === -1) plainName = false;
        const close = script.indexOf("'", i + 1);
        const end = close === -1 ? script.length : close;
        text += script.slice(i + 1, end);
        i = end + 1;
      } else if (ch === '"') {
        if (equals === -1) plainName = false;
        i++;
        while (i < script.length && script[i] !== '"') {
          if (script[i] === '\\' && i + 1 < script.length && '$`"\\\n'.includes(script[i + 1]!)) {
            text += script[i + 1];
            i += 2;
          } else {
            if (script[i] === '$' || script[i] === '`') dynamic = true;
            text += script[i];
            i++;
          }
        }
        i++;
      } else if (ch === '\\') {
        if (equals === -1) plainName = false;
        text += script[i + 1] ?? '';
        i += 2;
      } else {
        if (ch === '$' || ch === '`') dynamic = true;
        if (ch === '=' && equals === -1) equals = i;
        text += ch;
        i++;
      }
    }
    result[result.length - 1]!.push({ start, end: Math.min(i, script.length), text, dynamic, equals, plainName });
  }
  return result.filter((words) => words.length > 0);
}

function assignmentOf(word: Word, script: string): ScriptAssignment | undefined {
  if (word.equals === -1 || !word.plainName) return undefined;
  const name = script.slice(word.start, word.equals);
  if (!NAME.test(name)) return undefined;
  const value = word.text.slice(name.length + 1);
  return {
    name,
    nameRange: [word.start, word.equals],
    value: word.dynamic ? undefined : value,
    valueRange: [word.equals + 1, word.end],
  };
}

/**
 * The environment assignments of a script, in order.
 * @param script the script's command line, as the JSON string holds it (escapes decoded)
 * @returns every `KEY=value` that sets a variable for a command; never throws
 */
export function scriptAssignments(script: string): ScriptAssignment[] {
  const found: ScriptAssignment[] = [];
  for (const words of commands(script)) {
    let i = 0;
    const take = () => {
      while (i < words.length) {
        const assignment = assignmentOf(words[i]!, script);
        if (!assignment) break;
        found.push(assignment);
        i++;
      }
    };
    take();
    // `npx cross-env …`, `npx --yes cross-env …`
    if (words[i]?.text === 'npx') {
      i++;
      while (words[i]?.text.startsWith('-')) i++;
    }
    const command = words[i]?.text;
    if (command !== undefined && ENV_COMMANDS.has(command)) {
      i++;
      if (command === 'env') {
        while (i < words.length && words[i]!.text.startsWith('-')) {
          i += ENV_OPTIONS_WITH_ARGUMENT.has(words[i]!.text) ? 2 : 1;
        }
      }
      take();
    }
  }
  return found;
}

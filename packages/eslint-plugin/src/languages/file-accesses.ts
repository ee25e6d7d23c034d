/**
 * Environment "accesses" of files that are not JavaScript: every entry of a `.env*` file (dotenv language) and
 * every inline assignment of a `package.json` script (`@eslint/json`'s language) is a write of a variable.
 * `envAccessListeners` hands them to rules in the same `FoundAccess` shape as code accesses, so that every rule
 * built on it (`no-public-secret`, `no-tls-reject-unauthorized`, `prefer-canonical-name`, `valid-value`, …)
 * checks `.env` entries and scripts too.
 *
 * The `node` / `expression` / `valueNode` of these records are the language's own located nodes (dotenv
 * `Key` / `Entry` / `Value`, or spans inside a JSON string), typed as ESTree nodes for the shared record type:
 * use only their `type`, `range` and `loc`, and pass them to `context.report`.
 */
import path from 'node:path';
import { isPlaceholderValue } from '@flux-env/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FoundAccess } from '../util/env-accesses.js';
import type { DotenvSourceCode } from './dotenv/source-code.js';
import { Locator, type EntryNode, type SourceLocation } from './dotenv/parser.js';
import { scriptAssignments } from './json/script-assignments.js';
import { accessRecord } from '../util/access-record.js';

type Node = TSESTree.Node;

/**
 * The languages a rule built on `envAccessListeners` runs on (its `meta.languages`, ESLint ≥ 10.2; ESLint 9
 * ignores it): JavaScript/TypeScript, the dotenv language and `@eslint/json`'s JSON (for `package.json` scripts).
 */
export const ENV_ACCESS_LANGUAGES: string[] = ['js/js', '@flux-env/dotenv', 'json/json'];

/** The root node type of a dotenv file. */
export const DOTENV_ROOT = 'DotenvDocument';
/** The root node type of `@eslint/json`'s documents. */
export const JSON_ROOT = 'Document';

/** The type of the root node of the file a rule runs on (`Program` for JavaScript). */
export function rootType(sourceCode: unknown): string | undefined {
  return (sourceCode as { ast?: { type?: unknown } } | undefined)?.ast?.type as string | undefined;
}

/** True when the rule runs on a dotenv file (`language: '@flux-env/dotenv'`). */
export function isDotenvSourceCode(sourceCode: unknown): sourceCode is DotenvSourceCode {
  return rootType(sourceCode) === DOTENV_ROOT;
}

/**
 * The value Next.js ends up with for an entry, when this file alone decides it: `dotenv-expand` replaces
 * `${VAR}` / `$VAR` with values set in the same file and turns `\$` into `$`.
 * @returns the value, or `undefined` when a reference points outside the file, has an operator, or is nested
 */
export function expandedValue(entry: EntryNode, parsed: Readonly<Record<string, string>>): string | undefined {
  const { value, references } = entry.value;
  let result = '';
  let last = 0;
  for (const reference of references) {
    if (reference.operator !== undefined || !Object.prototype.hasOwnProperty.call(parsed, reference.name)) return undefined;
    const replacement = parsed[reference.name]!;
    if (/(?<!\\)\$/u.test(replacement)) return undefined;
    const start = entry.value.offsets.indexOf(reference.range[0]);
    const end = entry.value.offsets.findIndex((o) => o >= reference.range[1]);
    if (start === -1) return undefined;
    result += value.slice(last, start) + replacement;
    last = end === -1 ? value.length : end;
  }
  result += value.slice(last);
  return result.replace(/\\\$/gu, '$');
}

const dotenvCache = new WeakMap<object, FoundAccess[]>();

/**
 * Every entry of a dotenv file as a write access: `name` the key, `values` the value Next.js loads (see
 * `expandedValue`; omitted when unknown, and for empty or placeholder values when the file is an example file),
 * `node` the key, `valueNode` the value, `rename` an edit of the key (none to a key the file already sets). Computed
 * once per file.
 */
export function dotenvAccesses(sourceCode: DotenvSourceCode): readonly FoundAccess[] {
  const cached = dotenvCache.get(sourceCode);
  if (cached) return cached;
  const example = sourceCode.languageOptions.example === true;
  const accesses: FoundAccess[] = [];
  // A rename to a key the file already sets would set it twice (`no-duplicate-key`): no such edit is offered.
  const keys = new Set<string>();
  for (const node of sourceCode.ast.body) if (node.type === 'Entry') keys.add(node.key.name);
  for (const node of sourceCode.ast.body) {
    if (node.type !== 'Entry') continue;
    const entry = node;
    const value = expandedValue(entry, sourceCode.parsed);
    const known = value !== undefined && !(example && isPlaceholderValue(value));
    accesses.push(
      accessRecord(
        entry.key.name,
        'write',
        'dotenv-entry',
        entry.key as unknown as Node,
        entry as unknown as Node,
        (to) => (keys.has(to) ? undefined : { range: entry.key.range, text: to }),
        entry.value as unknown as Node,
        known ? [value] : undefined,
      ),
    );
  }
  dotenvCache.set(sourceCode, accesses);
  return accesses;
}

/** The parts of `@eslint/json`'s (momoa's) nodes this module reads. */
interface JsonNode {
  readonly type: string;
  readonly range: [number, number];
  readonly loc: SourceLocation;
  readonly value?: unknown;
  readonly members?: readonly { readonly name: JsonNode; readonly value: JsonNode }[];
  readonly body?: JsonNode;
}

/** For each character of a JSON string's value, its offset in the source (`raw` starts at `start`, quotes included). */
function decodeJsonString(raw: string, start: number): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let i = 1;
  const end = raw.length - 1;
  while (i < end) {
    if (raw[i] === '\\') {
      const next = raw[i + 1];
      const length = next === 'u' ? 6 : 2;
      const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
      text += next === 'u' ? String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)) : (escapes[next ?? ''] ?? next ?? '');
      offsets.push(start + i);
      i += length;
    } else {
      text += raw[i];
      offsets.push(start + i);
      i++;
    }
  }
  offsets.push(start + end);
  return { text, offsets };
}

/** A located node of type `type` for the source span `[start, end)`. */
function span(type: string, start: number, end: number, locator: Locator): Node {
  return { type, ...locator.span(start, end) } as unknown as Node;
}

const jsonCache = new WeakMap<object, FoundAccess[]>();

/**
 * Every inline assignment of the `scripts` of a `package.json` as a write access: `node` the `KEY` inside the
 * script string (exact location), `valueNode` the value, `expression` the script string, `rename` an edit of
 * the key (none to a name the same script sets). Empty for any other JSON file. Computed once per file.
 */
export function packageJsonAccesses(sourceCode: { ast: unknown; text: string }, filename: string): readonly FoundAccess[] {
  const cached = jsonCache.get(sourceCode);
  if (cached) return cached;
  const accesses: FoundAccess[] = [];
  const root = (sourceCode.ast as JsonNode).body;
  if (path.basename(filename) === 'package.json' && root?.type === 'Object') {
    const locator = new Locator(sourceCode.text, [], { unicodeLineBreaks: false });
    const scripts = root.members?.find((m) => m.name.value === 'scripts')?.value;
    for (const member of scripts?.type === 'Object' ? (scripts.members ?? []) : []) {
      const script = member.value;
      if (script.type !== 'String') continue;
      const raw = sourceCode.text.slice(script.range[0], script.range[1]);
      const { text, offsets } = decodeJsonString(raw, script.range[0]);
      const assignments = scriptAssignments(text);
      // A rename to a name the script already sets would set it twice (the later value wins): no such edit.
      const names = new Set(assignments.map((a) => a.name));
      for (const assignment of assignments) {
        const [nameStart, nameEnd] = [offsets[assignment.nameRange[0]]!, offsets[assignment.nameRange[1]]!];
        const [valueStart, valueEnd] = [offsets[assignment.valueRange[0]]!, offsets[assignment.valueRange[1]]!];
        accesses.push(
          accessRecord(
            assignment.name,
            'write',
            'package-script',
            span('ScriptVariable', nameStart, nameEnd, locator),
            script as unknown as Node,
            (to) => (names.has(to) ? undefined : { range: [nameStart, nameEnd], text: to }),
            span('ScriptValue', valueStart, valueEnd, locator),
            assignment.value !== undefined ? [assignment.value] : undefined,
          ),
        );
      }
    }
  }
  jsonCache.set(sourceCode, accesses);
  return accesses;
}

/**
 * The listeners `envAccessListeners` returns on a file that is not JavaScript: the accesses are handed over at
 * the exit of the root node, as `Program:exit` does for code.
 * @returns listeners for a dotenv file or a JSON file; `undefined` for JavaScript (the caller's own listeners apply)
 */
export function fileAccessListeners(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  onAccesses: (accesses: readonly FoundAccess[]) => void,
): TSESLint.RuleListener | undefined {
  const sourceCode: unknown = context.sourceCode;
  const type = rootType(sourceCode);
  if (type === DOTENV_ROOT) {
    return { [`${DOTENV_ROOT}:exit`]: () => onAccesses(dotenvAccesses(sourceCode as DotenvSourceCode)) } as TSESLint.RuleListener;
  }
  if (type === JSON_ROOT) {
    return {
      [`${JSON_ROOT}:exit`]: () => onAccesses(packageJsonAccesses(sourceCode as { ast: unknown; text: string }, context.filename)),
    } as TSESLint.RuleListener;
  }
  return undefined;
}

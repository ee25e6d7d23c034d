/**
 * Test helpers: every access form of ARCHITECTURE.md ("Access forms every host recognises"), written for a given
 * variable name, and the line/column where a rule reports it.
 */
import { Linter } from 'eslint';
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';

/** One way of reading a variable, with the text a rule's report starts at. */
export interface ReadForm {
  /** What the form is, for test names. */
  readonly label: string;
  /** The code, a full module. */
  readonly code: string;
  /** The text the report starts at (its first occurrence in `code`). */
  readonly at: string;
  /** How the catalog names the way it reaches `process.env` (`EnvAccess.readForm`). */
  readonly readForm: 'direct' | 'destructuring' | 'alias' | 'computed-key' | 'import-meta-env';
}

/** Every read form of `name`, each a module that starts with `prefix` (e.g. a `'use client'` directive). */
export function readForms(name: string, prefix = ''): ReadForm[] {
  const forms: (Omit<ReadForm, 'code'> & { body: string })[] = [];
  const add = (label: string, body: string, at: string, readForm: ReadForm['readForm']) => forms.push({ label, body, at, readForm });
  add('process.env.X', `use(process.env.${name});`, name, 'direct');
  add("process.env['X']", `use(process.env['${name}']);`, `'${name}'`, 'direct');
  add('process.env[`X`]', `use(process.env[\`${name}\`]);`, `\`${name}\``, 'direct');
  add('process?.env?.X', `use(process?.env?.${name});`, name, 'direct');
  add("process['env'].X", `use(process['env'].${name});`, name, 'direct');
  add('process.env.X!', `use(process.env.${name}!);`, name, 'direct');
  add('process.env[KEY] with const KEY', `const KEY = '${name}';\nuse(process.env[KEY]);`, 'KEY]', 'computed-key');
  add('globalThis.process.env.X', `use(globalThis.process.env.${name});`, name, 'alias');
  add('(globalThis as any).process.env.X', `use((globalThis as any).process.env.${name});`, name, 'alias');
  add('const { X } = process.env', `const { ${name} } = process.env;\nuse(${name});`, name, 'destructuring');
  add('const { X: x } = process.env', `const { ${name}: x } = process.env;\nuse(x);`, name, 'destructuring');
  add("const { X = 'd' } = process.env", `const { ${name} = 'd' } = process.env;\nuse(${name});`, name, 'destructuring');
  add('({ X } = process.env)', `let x;\n({ ${name}: x } = process.env);\nuse(x);`, name, 'destructuring');
  add('const { env } = process', `const { env } = process;\nuse(env.${name});`, name, 'alias');
  add('const e = process.env; e.X', `const e = process.env;\nuse(e.${name});`, name, 'alias');
  add("import { env } from 'node:process'", `import { env } from 'node:process';\nuse(env.${name});`, name, 'alias');
  add("import process from 'process'", `import process from 'process';\nuse(process.env.${name});`, name, 'alias');
  add("import * as p from 'node:process'", `import * as p from 'node:process';\nuse(p.env.${name});`, name, 'alias');
  add("require('process').env.X", `use(require('process').env.${name});`, name, 'alias');
  add("import process = require('process')", `import process = require('process');\nuse(process.env.${name});`, name, 'alias');
  add('import.meta.env.X', `use(import.meta.env.${name});`, name, 'import-meta-env');
  return forms.map(({ body, ...rest }) => ({ ...rest, code: `${prefix}${body}` }));
}

/** One way of writing a variable. */
export interface WriteForm {
  readonly label: string;
  readonly code: string;
  /** The text the name is reported at. */
  readonly at: string;
  /** The text the value is reported at. */
  readonly valueAt: string;
}

/** Every write form of `name` with the value literal `value` (written as a single-quoted string). */
export function writeForms(name: string, value: string): WriteForm[] {
  const v = `'${value}'`;
  return [
    { label: 'process.env.X = v', code: `process.env.${name} = ${v};`, at: name, valueAt: v },
    { label: "process.env['X'] = v", code: `process.env['${name}'] = ${v};`, at: `'${name}'`, valueAt: v },
    // Logical assignments store their right side when they write (`HOST_FACTS.valueAssignmentOperators`).
    { label: 'process.env.X ||= v', code: `process.env.${name} ||= ${v};`, at: name, valueAt: v },
    { label: 'process.env.X &&= v', code: `process.env.${name} &&= ${v};`, at: name, valueAt: v },
    { label: "process.env['X'] ??= v", code: `process.env['${name}'] ??= ${v};`, at: `'${name}'`, valueAt: v },
    { label: 'Object.assign', code: `Object.assign(process.env, { ${name}: ${v} });`, at: name, valueAt: v },
    {
      label: 'Object.defineProperty',
      code: `Object.defineProperty(process.env, '${name}', { value: ${v} });`,
      at: `'${name}'`,
      valueAt: v,
    },
    { label: "import { env }; env.X = v", code: `import { env } from 'node:process';\nenv.${name} = ${v};`, at: name, valueAt: v },
  ];
}

/** The 1-based line and column of the first occurrence of `needle` in `code`. Throws when it is absent. */
export function position(code: string, needle: string): { line: number; column: number } {
  const index = code.indexOf(needle);
  if (index < 0) throw new Error(`test helper: ${JSON.stringify(needle)} not in ${JSON.stringify(code)}`);
  const before = code.slice(0, index).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

/** A reported message, as ESLint's `Linter` gives it. */
export interface Reported {
  readonly messageId: string | undefined;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly suggestions: readonly string[];
}

/**
 * Lints `code` with one rule (registered as `flux/<name>`) and returns the rendered messages: for asserting the
 * exact text a user sees.
 */
export function lint(
  name: string,
  rule: TSESLint.RuleModule<string, readonly unknown[]>,
  code: string,
  options: readonly unknown[] = [],
  filename = 'src/file.ts',
): Reported[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser },
        plugins: { flux: { rules: { [name]: rule as never } } },
        rules: { [`flux/${name}`]: ['error', ...options] },
      },
    ],
    filename,
  );
  return messages.map((m) => ({
    messageId: m.messageId,
    message: m.message,
    line: m.line,
    column: m.column,
    suggestions: (m.suggestions ?? []).map((s) => s.desc),
  }));
}

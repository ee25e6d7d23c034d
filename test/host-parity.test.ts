/**
 * The same problem reads the same in both hosts: for each snippet, the ESLint plugin (its `strict` config, every
 * code rule on) and the tsserver plugin (in process, over the same file) must give the same findings: the same rule
 * (the ts-plugin's diagnostic code maps to the finding kind's rule), message text, start and end, and the same
 * fixed texts for the fixes each offers (ESLint's suggestions and autofix, the ts-plugin's code fixes).
 *
 * Both hosts run from their TypeScript sources against one catalog. Each case also names the rules ESLint must
 * report, so that a case where both hosts fall silent fails instead of passing. What differs on purpose is not
 * compared: severities (ESLint's config decides them; the ts-plugin takes the finding kind's category), the `.env*`,
 * `package.json` and `flux.json` rules (ESLint only), and options only ESLint has.
 */
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import parser from '@typescript-eslint/parser';
import ts from 'typescript';
import { FINDING_KINDS } from '@flux-env/catalog';
import plugin from '../packages/eslint-plugin/src/index.js';
import { createHarness } from '../packages/ts-plugin/test/harness.js';

/** One snippet, linted as `file` (a path under `/project/`), and the rules (without prefix) ESLint reports there. */
interface Case {
  readonly name: string;
  readonly code: string;
  readonly rules: readonly string[];
  /** Default `src/case.ts`. */
  readonly file?: string;
}

const CASES: Case[] = [
  // Legacy aliases, in every access form (prefer-canonical-name).
  { name: 'member read of an alias', code: 'use(process.env.NEXTAUTH_SECRET);', rules: ['prefer-canonical-name'] },
  { name: 'string key', code: "use(process.env['FLUX_SERVICE_URL']);", rules: ['prefer-canonical-name'] },
  { name: 'template key', code: 'use(process.env[`NEXTAUTH_URL`]);', rules: ['prefer-canonical-name'] },
  { name: 'key with `as const`', code: "use(process.env['NEXTAUTH_SECRET' as const]);", rules: ['prefer-canonical-name'] },
  { name: 'public read with `as const` in client code', code: "'use client';\nuse(process.env['NEXT_PUBLIC_FLUX_URL' as const]);", rules: [], file: 'src/case.tsx' },
  {
    name: 'public read through an alias with `as const` in client code',
    code: "'use client';\nconst e = process.env;\nuse(e['NEXT_PUBLIC_FLUX_URL' as const]);",
    rules: ['no-server-env-in-client'],
    file: 'src/case.tsx',
  },
  { name: 'public read through a const key in client code', code: "'use client';\nconst K = 'NEXT_PUBLIC_FLUX_URL';\nuse(process.env[K]);", rules: ['no-server-env-in-client'], file: 'src/case.tsx' },
  { name: 'destructuring key with `as const`', code: "const { ['NEXTAUTH_URL' as const]: u } = process.env;\nuse(u);", rules: ['prefer-canonical-name'] },
  { name: 'parenthesised key', code: "use(process.env[('NEXTAUTH_SECRET')]);", rules: ['prefer-canonical-name'] },
  { name: 'const key', code: "const KEY = 'NEXTAUTH_SECRET';\nuse(process.env[KEY]);", rules: ['prefer-canonical-name'] },
  { name: 'optional chain', code: 'use(process?.env?.NEXTAUTH_URL);', rules: ['prefer-canonical-name'] },
  { name: 'destructuring', code: 'const { NEXTAUTH_URL } = process.env;\nuse(NEXTAUTH_URL);', rules: ['prefer-canonical-name'] },
  { name: 'destructuring with rename', code: 'const { NEXTAUTH_URL: url } = process.env;\nuse(url);', rules: ['prefer-canonical-name'] },
  { name: 'computed destructuring key', code: "const { ['NEXTAUTH_URL']: u } = process.env;\nuse(u);", rules: ['prefer-canonical-name'] },
  { name: 'computed template destructuring key', code: 'const { [`NEXTAUTH_URL`]: u } = process.env;\nuse(u);', rules: ['prefer-canonical-name'] },
  { name: 'alias of process.env', code: 'const e = process.env;\nuse(e.FLUX_SERVICE_URL);', rules: ['prefer-canonical-name'] },
  { name: 'const { env } = process', code: 'const { env } = process;\nuse(env.NEXTAUTH_URL);', rules: ['prefer-canonical-name'] },
  { name: "import { env } from 'node:process'", code: "import { env } from 'node:process';\nuse(env.NEXTAUTH_URL);", rules: ['prefer-canonical-name'] },
  { name: "import process = require('process')", code: "import process = require('process');\nuse(process.env.NEXTAUTH_URL);", rules: ['prefer-canonical-name'] },
  { name: '(globalThis as any).process', code: 'use((globalThis as any).process.env.NEXTAUTH_URL);', rules: ['prefer-canonical-name'] },
  { name: "var process = require('process')", code: "var process = require('process');\nuse(process.env.NEXTAUTH_URL);", rules: ['prefer-canonical-name'], file: 'src/case.cts' },
  { name: 'import.meta.env', code: 'use(import.meta.env.NEXTAUTH_URL);', rules: ['prefer-canonical-name'] },
  // A local `process` is not the environment; a dynamic key is not a name.
  { name: 'shadowed process', code: 'function f(process: { env: Record<string, string> }) {\n  return process.env.NEXTAUTH_SECRET;\n}', rules: [] },
  { name: 'dynamic key', code: 'declare const k: string;\nuse(process.env[k]);', rules: [] },
  // Writes (no-tls-reject-unauthorized, valid-value), with every assignment operator.
  { name: 'TLS off', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", rules: ['no-tls-reject-unauthorized'] },
  { name: 'TLS off with ||=', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= '0';", rules: ['no-tls-reject-unauthorized'] },
  { name: 'TLS off with ??=', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= '0';", rules: ['no-tls-reject-unauthorized'] },
  { name: '+= writes an unknown value', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED += '0';\nprocess.env.FLUX_URL += '/api';", rules: [] },
  { name: 'TLS off through Object.assign', code: "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });", rules: ['no-tls-reject-unauthorized'] },
  {
    name: 'TLS off through a computed Object.assign key',
    code: "Object.assign(process.env, { ['NODE_TLS_REJECT_UNAUTHORIZED']: '0' });",
    rules: ['no-tls-reject-unauthorized'],
  },
  { name: 'TLS off through defineProperty', code: "Object.defineProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0' });", rules: ['no-tls-reject-unauthorized'] },
  { name: 'TLS off under a condition', code: "declare const dev: boolean;\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = dev ? '0' : '1';", rules: ['no-tls-reject-unauthorized'] },
  // Constant values both hosts work out (ESLint with eslint-utils' getStaticValue, the ts-plugin with its own subset).
  { name: 'TLS off through a concatenation', code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '' + '0';", rules: ['no-tls-reject-unauthorized'] },
  { name: 'TLS off through a template of a const', code: "const OFF = '0';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = `${OFF}`;", rules: ['no-tls-reject-unauthorized'] },
  { name: 'key concatenated in a const', code: "const K = 'NEXT' + 'AUTH_SECRET';\nuse(process.env[K]);", rules: ['prefer-canonical-name'] },
  { name: 'key from a const object', code: "const KEYS = { a: 'NEXTAUTH_SECRET' } as const;\nuse(process.env[KEYS.a]);", rules: ['prefer-canonical-name'] },
  { name: 'key from a let never reassigned', code: "let k = 'NEXTAUTH_SECRET';\nuse(process.env[k]);", rules: ['prefer-canonical-name'] },
  { name: 'key from a let reassigned', code: "let k = 'NEXTAUTH_SECRET';\nk = 'AUTH_SECRET';\nuse(process.env[k]);", rules: [] },
  { name: 'invalid mode', code: "process.env.FLUX_DEFAULT_MODE = 'v3';", rules: ['valid-value'] },
  { name: 'invalid mode with ??=', code: "process.env.FLUX_DEFAULT_MODE ??= 'v3';", rules: ['valid-value'] },
  { name: 'invalid URL', code: "process.env.FLUX_URL = 'flux.example.test';", rules: ['valid-value'] },
  { name: 'invalid fallback', code: "use(process.env.FLUX_DEFAULT_MODE ?? 'v3');", rules: ['valid-value'] },
  // Secrets (no-public-secret, no-secret-fallback, no-server-env-in-client).
  { name: 'secret under NEXT_PUBLIC_', code: 'use(process.env.NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET);', rules: ['no-public-secret'] },
  { name: 'secret fallback', code: "use(process.env.AUTH_SECRET ?? 'placeholder');", rules: ['no-secret-fallback'] },
  { name: 'secret fallback in a chain', code: "use(process.env.AUTH_SECRET ?? process.env.FLUX_API_TOKEN ?? 'x');", rules: ['no-secret-fallback', 'no-secret-fallback'] },
  { name: 'secret default in destructuring', code: "const { AUTH_SECRET = 'placeholder' } = process.env;\nuse(AUTH_SECRET);", rules: ['no-secret-fallback'] },
  { name: 'secret read in client code', code: "'use client';\nuse(process.env.AUTH_SECRET);", rules: ['no-server-env-in-client'], file: 'src/case.tsx' },
  { name: 'server-only read in client code', code: "'use client';\nuse(process.env.FLUX_URL);", rules: ['no-server-env-in-client'], file: 'src/case.tsx' },
  { name: 'public read not inlined', code: "'use client';\nconst { NEXT_PUBLIC_FLUX_URL } = process.env;\nuse(NEXT_PUBLIC_FLUX_URL);", rules: ['no-server-env-in-client'], file: 'src/case.tsx' },
  {
    name: 'next.config puts a secret into the bundle (literal)',
    code: "export default { publicRuntimeConfig: { FLUX_API_TOKEN: 'x' } };",
    rules: ['no-public-secret'],
    file: 'next.config.ts',
  },
  {
    name: 'next.config puts a secret into the bundle (read)',
    code: 'export default { env: { AUTH_SECRET: process.env.AUTH_SECRET } };',
    rules: ['no-public-secret'],
    file: 'next.config.ts',
  },
  // Unknown names (no-unknown-variable), managed variables (no-managed-variable), look-alikes (no-lookalike-mixup).
  { name: 'misspelt name', code: 'use(process.env.FLUX_URLL);', rules: ['no-unknown-variable'] },
  { name: 'unknown FLUX_ name', code: 'use(process.env.FLUX_SOMETHING_ELSE);', rules: ['no-unknown-variable'] },
  { name: 'managed variable written', code: "process.env.PGRST_DB_SCHEMAS = 'api';", rules: ['no-managed-variable'] },
  {
    name: 'look-alike: API base as the app URL',
    code: 'fetch(`${process.env.FLUX_API_BASE}/notes?select=id,title`);',
    rules: ['no-lookalike-mixup'],
  },
  {
    name: 'look-alike: AUTH_SECRET signs gateway tokens',
    code: "import { SignJWT } from 'jose';\nnew SignJWT({}).sign(new TextEncoder().encode(process.env.AUTH_SECRET));",
    rules: ['no-lookalike-mixup'],
  },
];

/** A finding as both hosts are compared on: positions are 1-based `line:column`, end exclusive. */
interface Seen {
  readonly rule: string;
  readonly message: string;
  readonly start: string;
  readonly end: string;
  /** The whole text after each fix a host offers, sorted. */
  readonly fixed: readonly string[];
}

function applyEdits(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const byPosition = (a: Seen, b: Seen) => a.start.localeCompare(b.start) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);

const linter = new Linter({ configType: 'flat' });
const eslintConfig = [
  ...plugin.configs.strict,
  { files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts'], languageOptions: { parser } },
] as Linter.Config[];

function eslintFindings(c: Case): Seen[] {
  const file = c.file ?? 'src/case.ts';
  const messages = linter.verify(c.code, eslintConfig, file);
  const problems = messages.filter((m) => !m.ruleId?.startsWith('@flux-env/'));
  if (problems.length > 0) throw new Error(`ESLint: ${problems.map((m) => m.message).join('; ')}`);
  return messages
    .map((m) => ({
      rule: m.ruleId!.slice('@flux-env/'.length),
      message: m.message,
      start: `${m.line}:${m.column}`,
      end: `${m.endLine}:${m.endColumn}`,
      fixed: [
        ...(m.fix ? [applyEdits(c.code, [{ start: m.fix.range[0], end: m.fix.range[1], text: m.fix.text }])] : []),
        ...(m.suggestions ?? []).map((s) => applyEdits(c.code, [{ start: s.fix.range[0], end: s.fix.range[1], text: s.fix.text }])),
      ].sort(),
    }))
    .sort(byPosition);
}

const ruleOfCode = new Map(Object.values(FINDING_KINDS).map((kind) => [kind.code, kind.rule]));

function tsFindings(c: Case): Seen[] {
  const fileName = `/project/${c.file ?? 'src/case.ts'}`;
  const h = createHarness({ [fileName]: c.code });
  const sourceFile = h.ls.getProgram()!.getSourceFile(fileName)!;
  const at = (offset: number) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(offset);
    return `${line + 1}:${character + 1}`;
  };
  const diagnostics = [...h.ls.getSemanticDiagnostics(fileName), ...h.ls.getSuggestionDiagnostics(fileName)].filter(
    (d) => d.source === 'flux-env',
  );
  expect(h.logs.filter((line) => line.startsWith('Err'))).toEqual([]);
  return diagnostics
    .map((d) => ({
      rule: ruleOfCode.get(d.code) ?? `unknown code ${d.code}`,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      start: at(d.start!),
      end: at(d.start! + d.length!),
      fixed: h.ls
        .getCodeFixesAtPosition(fileName, d.start!, d.start! + d.length!, [d.code], {}, {})
        .map((fix) =>
          applyEdits(
            c.code,
            fix.changes.flatMap((change) => change.textChanges.map((t) => ({ start: t.span.start, end: t.span.start + t.span.length, text: t.newText }))),
          ),
        )
        .sort(),
    }))
    .sort(byPosition);
}

describe('the ESLint plugin and the ts-plugin report the same findings', () => {
  it.each(CASES)('$name', (c) => {
    const eslint = eslintFindings(c);
    expect(eslint.map((f) => f.rule).sort()).toEqual([...c.rules].sort());
    expect(tsFindings(c)).toEqual(eslint);
  });
});

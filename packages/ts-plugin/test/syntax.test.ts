/**
 * The access finder over every form of ARCHITECTURE.md, on real TypeScript syntax trees (no checker).
 */
import { HOST_FACTS } from '@flux-env/catalog';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { EnvSyntax, type PublicOptionObject } from '../src/syntax.js';

const syntax = new EnvSyntax(ts);

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('/p/file.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** The accesses of a file as `name kind form [values] [after:…] @line:col`. */
function found(text: string): string[] {
  const sf = parse(text);
  return syntax.allAccesses(sf).map((a) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(a.node.getStart(sf));
    const values = a.values ? ` =${JSON.stringify(a.values)}` : '';
    const after = a.fallbackAfter ? ` after:${a.fallbackAfter.join(',')}` : '';
    const spelled = a.spelled ? '' : ' (const key)';
    return `${a.name} ${a.kind} ${a.form}${values}${after}${spelled} @${line + 1}:${character + 1}`;
  });
}

describe('access forms', () => {
  test.each([
    ['process.env.FLUX_URL', ['FLUX_URL read member @1:13']],
    ["process.env['FLUX_URL']", ['FLUX_URL read member @1:13']],
    ['process.env[`FLUX_URL`]', ['FLUX_URL read member @1:13']],
    ["const KEY = 'FLUX_URL';\nprocess.env[KEY]", ['FLUX_URL read member (const key) @2:13']],
    ['process?.env?.FLUX_URL', ['FLUX_URL read member @1:15']],
    ["process['env'].FLUX_URL", ['FLUX_URL read member @1:16']],
    ['globalThis.process.env.FLUX_URL', ['FLUX_URL read member @1:24']],
    ['(process.env as any).FLUX_URL!', ['FLUX_URL read member @1:22']],
    ["const { X, Y: y, Z = 'd', ...rest } = process.env", ['X read destructuring @1:9', 'Y read destructuring @1:12', 'Z read destructuring @1:18']],
    ['let X; ({ X } = process.env)', ['X read destructuring @1:11']],
    ['const { env } = process;\nenv.FLUX_URL', ['FLUX_URL read member @2:5']],
    ['const { env: { FLUX_URL } } = process', ['FLUX_URL read destructuring @1:16']],
    ['const e = process.env;\ne.FLUX_URL', ['FLUX_URL read member @2:3']],
    ["import { env } from 'node:process';\nenv.FLUX_URL", ['FLUX_URL read member @2:5']],
    ["import { env as e } from 'process';\ne.FLUX_URL", ['FLUX_URL read member @2:3']],
    ["import process from 'process';\nprocess.env.FLUX_URL", ['FLUX_URL read member @2:13']],
    ["import * as p from 'node:process';\np.env.FLUX_URL", ['FLUX_URL read member @2:7']],
    ["require('process').env.FLUX_URL", ['FLUX_URL read member @1:24']],
    ['import.meta.env.FLUX_URL', ['FLUX_URL read member @1:17']],
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'", ['NODE_TLS_REJECT_UNAUTHORIZED write member =["0"] @1:13']],
    ['process.env.X = cond ? 0 : false', ['X write member =["0","false"] @1:13']],
    ['process.env.X = someCall()', ['X write member @1:13']],
    ['delete process.env.X', ['X delete member @1:20']],
    ["Object.assign(process.env, { A: '1', B })", ['A write object-assign =["1"] @1:30', 'B write object-assign @1:38']],
    ["Object.defineProperty(process.env, 'A', { value: 0 })", ['A write define-property =["0"] @1:36']],
    [
      'process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET',
      ['AUTH_SECRET read member @1:13', 'NEXTAUTH_SECRET read member after:AUTH_SECRET @1:40'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('what is not the environment', () => {
  test.each([
    ['a local `process` parameter', 'function f(process: any) { return process.env.FLUX_URL; }'],
    ['a local `process` variable', 'const process = { env: {} as any };\nprocess.env.FLUX_URL'],
    ['a block-scoped `process`', '{ let process: any; process.env.FLUX_URL; }'],
    ['an import of another module named process', "import process from './my-process';\nprocess.env.FLUX_URL"],
    ['a dynamic key', 'declare const key: string;\nprocess.env[key]'],
    ['a `let` alias written again', 'let e = process.env;\ne = {} as any;\ne.FLUX_URL'],
    ['a shadowed globalThis', 'function f(globalThis: any) { return globalThis.process.env.X; }'],
    ['a type-only import', "import type { env } from 'node:process';\nenv.FLUX_URL"],
    ['a file that never says env', 'const a = 1;'],
  ])('%s', (_title, text) => {
    expect(found(text)).toEqual([]);
  });
});

/**
 * The accesses of a file with the text of their nodes: `name kind node=<text of Access.node> [=values]
 * [value=<text of valueNode>] [(const key)]`.
 */
function detailed(text: string, fileName = '/p/file.ts'): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  return syntax.allAccesses(sf).map((a) => {
    const values = a.values ? ` =${JSON.stringify(a.values)}` : '';
    const value = a.valueNode ? ` value=${a.valueNode.getText(sf)}` : '';
    const spelled = a.spelled ? '' : ' (const key)';
    return `${a.name} ${a.kind} node=${a.node.getText(sf)}${values}${value}${spelled}`;
  });
}

describe('writes: only `=` and the logical assignments store their right side (HOST_FACTS.valueAssignmentOperators)', () => {
  test.each([
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'", `NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value='0'`],
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= '0'", `NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value='0'`],
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED &&= '0'", `NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value='0'`],
    ["process.env.FLUX_DEFAULT_MODE ??= 'v3'", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value='v3'`],
    ["process.env['FLUX_DEFAULT_MODE'] ??= ('v3')", `FLUX_DEFAULT_MODE write node='FLUX_DEFAULT_MODE' =["v3"] value=('v3')`],
    // A value computed from the old one: a write whose value is unknown, with no value node to report at.
    ["process.env.FLUX_URL += '/api'", 'FLUX_URL write node=FLUX_URL'],
    ['process.env.NODE_TLS_REJECT_UNAUTHORIZED -= 1', 'NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED'],
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED ^= '0'", 'NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED'],
    ['process.env.FLUX_DEBUG++', 'FLUX_DEBUG write node=FLUX_DEBUG'],
  ])('%s', (text, expected) => {
    expect(detailed(text)).toEqual([expected]);
  });

  test('every assignment operator TypeScript knows: exactly the catalog\'s operators give a value', () => {
    const withValue: string[] = [];
    for (let kind = ts.SyntaxKind.FirstAssignment; kind <= ts.SyntaxKind.LastAssignment; kind++) {
      const operator = ts.tokenToString(kind)!;
      const [access] = syntax.allAccesses(parse(`process.env.FLUX_DEFAULT_MODE ${operator} 'v3';`));
      expect(access!.kind).toBe('write');
      if (access!.values) withValue.push(operator);
      expect(access!.valueNode !== undefined).toBe(access!.values !== undefined);
    }
    expect(withValue.sort()).toEqual([...HOST_FACTS.valueAssignmentOperators].sort());
    expect(withValue).toHaveLength(4);
  });

  test.each([
    // ESTree has these defaults as `AssignmentPattern`s, and the ESLint host reads them as reads.
    ["declare const o: any;\n[process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'] = o;", 'NODE_TLS_REJECT_UNAUTHORIZED read node=NODE_TLS_REJECT_UNAUTHORIZED'],
    ["declare const o: any;\n({ a: process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' } = o);", 'NODE_TLS_REJECT_UNAUTHORIZED read node=NODE_TLS_REJECT_UNAUTHORIZED'],
    ["declare const o: any;\n[{ a: [process.env.FLUX_DEFAULT_MODE = 'v3'] }] = o;", 'FLUX_DEFAULT_MODE read node=FLUX_DEFAULT_MODE'],
    ["declare const o: any;\nfor ([process.env.FLUX_DEFAULT_MODE = 'v3'] of o);", 'FLUX_DEFAULT_MODE read node=FLUX_DEFAULT_MODE'],
  ])('a destructuring-assignment default is no write: %s', (text, expected) => {
    expect(detailed(text)).toEqual([expected]);
  });

  test.each([
    ["const a = [process.env.FLUX_DEFAULT_MODE = 'v3'];", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value='v3'`],
    ["declare function f(o: object): void;\nf({ a: process.env.FLUX_DEFAULT_MODE = 'v3' });", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value='v3'`],
    ["declare let o: any;\no = [process.env.FLUX_DEFAULT_MODE = 'v3'];", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value='v3'`],
  ])('an assignment inside an array or object that is no target still writes: %s', (text, expected) => {
    expect(detailed(text)).toEqual([expected]);
  });
});

describe('keys in brackets: the name is the literal inside them, as in ESTree', () => {
  test.each([
    ["const { ['NEXTAUTH_URL']: u } = process.env;", 'NEXTAUTH_URL read node=\'NEXTAUTH_URL\''],
    ['const { [`NEXTAUTH_URL`]: u } = process.env;', 'NEXTAUTH_URL read node=`NEXTAUTH_URL`'],
    ["const { [(\"NEXTAUTH_URL\")]: u } = process.env;", 'NEXTAUTH_URL read node="NEXTAUTH_URL"'],
    ["let u; ({ ['NEXTAUTH_URL']: u } = process.env);", 'NEXTAUTH_URL read node=\'NEXTAUTH_URL\''],
    [
      "Object.assign(process.env, { ['NODE_TLS_REJECT_UNAUTHORIZED']: '0' });",
      `NODE_TLS_REJECT_UNAUTHORIZED write node='NODE_TLS_REJECT_UNAUTHORIZED' =["0"] value='0'`,
    ],
    ["Object.assign(process.env, { [`NEXTAUTH_URL`]: 'x' });", `NEXTAUTH_URL write node=\`NEXTAUTH_URL\` =["x"] value='x'`],
    ["process.env[('NEXTAUTH_SECRET')];", "NEXTAUTH_SECRET read node='NEXTAUTH_SECRET'"],
    ["Object.defineProperty(process.env, ('NEXTAUTH_URL'), { value: 'x' });", `NEXTAUTH_URL write node='NEXTAUTH_URL' =["x"] value='x'`],
    // Spelled through TypeScript's wrappers too: the literal inside them, renamed there (as the ESLint host's `staticKey`).
    ["process.env['NEXTAUTH_URL' as const];", "NEXTAUTH_URL read node='NEXTAUTH_URL'"],
    ["const { ['NEXTAUTH_URL' as const]: u } = process.env;", "NEXTAUTH_URL read node='NEXTAUTH_URL'"],
    // Not spelled at the key: evaluated, so no rename there.
    ["const K = 'NEXTAUTH_URL';\nconst { [K]: u } = process.env;", 'NEXTAUTH_URL read node=K (const key)'],
  ])('%s', (text, expected) => {
    expect(detailed(text)).toEqual([expected]);
  });

  test('the node under the cursor inside the brackets gives the same access as the key slot the file walk passes', () => {
    const text = "const { [('NEXTAUTH_URL')]: u } = process.env;\nprocess.env[(('NEXTAUTH_SECRET'))];\nObject.assign(process.env, { ['FLUX_URL']: 'x' });";
    const sf = parse(text);
    const walked = syntax.allAccesses(sf);
    for (const name of ["'NEXTAUTH_URL'", "'NEXTAUTH_SECRET'", "'FLUX_URL'"]) {
      const token = syntax.tokenAt(sf, text.indexOf(name) + 1, false)!;
      expect(ts.isStringLiteral(token)).toBe(true);
      const access = syntax.accessAt(token)!;
      const same = walked.find((a) => a.node === access.node)!;
      expect({ ...access, fallbackAfter: undefined }).toEqual({ ...same, fallbackAfter: undefined });
      expect(access.node).toBe(token);
    }
  });

  test.each([
    ["const { ['NEXTAUTH_URL']: u } = process.env;", { start: 9, length: 14, text: "'AUTH_URL'" }],
    ['const { ["NEXTAUTH_URL"]: u } = process.env;', { start: 9, length: 14, text: '"AUTH_URL"' }],
    ['const { [`NEXTAUTH_URL`]: u } = process.env;', { start: 9, length: 14, text: '`AUTH_URL`' }],
    ["Object.assign(process.env, { ['NEXTAUTH_URL']: 'x' });", { start: 30, length: 14, text: "'AUTH_URL'" }],
    ["Object.assign(process.env, { [`NEXTAUTH_URL`]: 'x' });", { start: 30, length: 14, text: '`AUTH_URL`' }],
    ["process.env[('NEXTAUTH_URL')];", { start: 13, length: 14, text: "'AUTH_URL'" }],
  ])('renameEdit rewrites the literal inside the brackets, keeping its quotes: %s', (text, edit) => {
    const sf = parse(text);
    const [access] = syntax.allAccesses(sf);
    expect(syntax.renameEdit(access!, 'AUTH_URL', sf)).toEqual(edit);
    expect(text.slice(edit.start, edit.start + edit.length).slice(1, -1)).toBe('NEXTAUTH_URL');
  });
});

describe('`let` and `var` never written again are followed like `const` (the ESLint host\'s `stableReads`)', () => {
  test.each([
    ["var process = require('process');\nprocess.env.NEXTAUTH_SECRET;", ['NEXTAUTH_SECRET read member @2:13']],
    ["let process = require('process');\nprocess.env.NEXTAUTH_SECRET;", ['NEXTAUTH_SECRET read member @2:13']],
    ['let e = process.env;\ne.FLUX_URL;', ['FLUX_URL read member @2:3']],
    ['var e = process.env;\nfunction f() { return e.FLUX_URL; }', ['FLUX_URL read member @2:25']],
    ['let { env } = process;\nenv.FLUX_URL;', ['FLUX_URL read member @2:5']],
    ["let K = 'NEXTAUTH_URL';\nprocess.env[K];", ['NEXTAUTH_URL read member (const key) @2:13']],
    ['for (let e = process.env; ; ) { e.FLUX_URL; break; }', ['FLUX_URL read member @1:35']],
    // A write of another variable of the same name, of a property, or in a comment or a string is no write of it.
    ['let e = process.env;\nfunction f() { let e = 1; e = 2; }\ne.FLUX_URL;', ['FLUX_URL read member @3:3']],
    ["let e = process.env;\nconst o = { e: 1 };\no.e = 2;\n// e = other\nconst s = 'e = 1';\ne.FLUX_URL;", ['FLUX_URL read member @6:3']],
    // As the ESLint host's `stableReads`: another `var` of the name with an initializer is no write.
    ["var p = require('process');\nvar p = require('process');\np.env.FLUX_URL;", ['FLUX_URL read member @3:7']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['e = {}', 'let e = process.env;\ne = {} as any;\ne.FLUX_URL;'],
    ['e ||= x', 'let e: any = process.env;\ne ||= {};\ne.FLUX_URL;'],
    ['e++', 'let e: any = process.env;\ne++;\ne.FLUX_URL;'],
    ['a destructuring assignment', 'let e: any = process.env;\n({ e } = { e: {} });\ne.FLUX_URL;'],
    ['an array destructuring assignment with a default', 'let e: any = process.env;\n[e = {}] = [];\ne.FLUX_URL;'],
    ['a for…of head', 'let e: any = process.env;\nfor (e of [{}]);\ne.FLUX_URL;'],
    ['a write in a nested function', "var process = require('process');\nfunction reset() { process = null; }\nprocess.env.NEXTAUTH_SECRET;"],
    ['a `let { env }` written again', 'let { env } = process;\n({ env } = { env: {} as any });\nenv.FLUX_URL;'],
    ['a `let` key written again', "let K = 'NEXTAUTH_URL';\nK += '';\nprocess.env[K];"],
    // As eslint-utils' `getStaticValue`: a variable declared twice is no constant.
    ['a `var` key declared twice', "var K = 'NEXTAUTH_URL';\nvar K = 'NEXTAUTH_URL';\nprocess.env[K];"],
    ['no initializer', "let e;\ne = process.env;\ne.FLUX_URL;"],
    // A write through a type wrapper is a write (review, stop 13).
    ['(k as any) = …', "let k: string = 'NEXTAUTH_SECRET';\n(k as any) = 'AUTH_SECRET';\nprocess.env[k];"],
    ['k! = …', "let k: string | undefined = 'NEXTAUTH_SECRET';\nk! = 'AUTH_SECRET';\nprocess.env[k];"],
    ['(e satisfies any) = …', 'let e: any = process.env;\n(e satisfies any) = {};\ne.FLUX_URL;'],
    // A `var` in a nested block or a `for` head is the function's: its uses outside the block are not searched.
    ['a `var` in a block, written after it', "{ var k = 'NEXTAUTH_SECRET'; process.env[k]; }\nk = 'AUTH_SECRET';"],
    ['a `var` in a function\'s inner block', "function f() {\n  if (ok) { var k = 'NEXTAUTH_SECRET'; process.env[k]; }\n  k = 'AUTH_SECRET';\n}"],
    ['a `var` in a `for` head', "for (var k = 'NEXTAUTH_SECRET'; ; ) { process.env[k]; }\nk = 'AUTH_SECRET';"],
    // A write spelled with a `\u` escape is not found by the text search: an escape in the scope means unknown.
    ['a write spelled with an escape', "let k = 'NEXTAUTH_SECRET';\n\\u006b = 'AUTH_SECRET';\nprocess.env[k];"],
  ])('written again: %s', (_title, text) => {
    expect(found(text)).toEqual([]);
  });

  test('many `let`s in one file: the later searches use one index of the words, with the same answers', () => {
    // Twelve `let` keys (more than the searches made by scanning the text); the tenth is written again.
    const lines = Array.from({ length: 12 }, (_, i) => `let k${i} = 'NEXTAUTH_URL';\nprocess.env[k${i}];`);
    lines.push("k9 = 'AUTH_URL';\nconst k9x = 1;\n// k9 = 2");
    expect(found(lines.join('\n'))).toEqual(
      Array.from({ length: 12 }, (_, i) => i)
        .filter((i) => i !== 9)
        .map((i) => `NEXTAUTH_URL read member (const key) @${2 * i + 2}:13`),
    );
  });

  test('bounded: a `let` spelled more than 200 times in its scope is not followed (hover and completion stay cheap)', () => {
    const uses = (n: number) => `let e = process.env;\n${'e.FLUX_URL;\n'.repeat(n)}`;
    // The declaration and 199 uses: 200 places, followed.
    expect(found(uses(199))).toHaveLength(199);
    expect(found(uses(200))).toEqual([]);
    // A `const` has no such bound: it needs no search.
    expect(found(uses(200).replace('let', 'const'))).toHaveLength(200);
  });

  test('an edit tsserver parses incrementally (reusing the unchanged statements) gets a new answer', () => {
    const before = "let k = 'NEXTAUTH_SECRET';\nprocess.env[k];";
    const after = `${before}\nk = 'AUTH_SECRET';`;
    const fresh = new EnvSyntax(ts);
    const first = parse(before);
    expect(fresh.allAccesses(first).map((a) => a.name)).toEqual(['NEXTAUTH_SECRET']);
    const edited = ts.updateSourceFile(first, after, { span: { start: before.length, length: 0 }, newLength: after.length - before.length });
    // The declaration's node is reused by the new version: a cache keyed by it alone would answer from the old one.
    expect(edited.statements[0]).toBe(first.statements[0]);
    expect(fresh.allAccesses(edited)).toEqual([]);
    // And back: removing the write makes the key known again.
    const reverted = ts.updateSourceFile(edited, before, { span: { start: before.length, length: after.length - before.length }, newLength: 0 });
    expect(reverted.statements[0]).toBe(first.statements[0]);
    expect(fresh.allAccesses(reverted).map((a) => a.name)).toEqual(['NEXTAUTH_SECRET']);
  });

  test('isStable answers once per declaration and file version', () => {
    const sf = parse('let e = process.env;\ne.FLUX_URL;\ne.AUTH_URL;\ne.NEXTAUTH_URL;');
    const fresh = new EnvSyntax(ts);
    const tokenAt = fresh.tokenAt.bind(fresh);
    let descents = 0;
    fresh.tokenAt = (...args) => {
      descents++;
      return tokenAt(...args);
    };
    expect(fresh.allAccesses(sf).map((a) => a.name)).toEqual(['FLUX_URL', 'AUTH_URL', 'NEXTAUTH_URL']);
    // One descent per place the text spells `e` as a word (4), for the first access only.
    expect(descents).toBe(4);
  });
});

describe('constant values: a bounded subset of eslint-utils\' getStaticValue', () => {
  test.each([
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '' + '0';", `NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value='' + '0'`],
    ["const OFF = '0';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = `${OFF}`;", 'NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value=`${OFF}`'],
    ["const K = 'NEXT' + 'AUTH_SECRET';\nprocess.env[K];", 'NEXTAUTH_SECRET read node=K (const key)'],
    ["process.env[`NEXTAUTH_${'SECRET'}`];", "NEXTAUTH_SECRET read node=`NEXTAUTH_${'SECRET'}` (const key)"],
    ["const KEYS = { a: 'NEXTAUTH_SECRET' } as const;\nprocess.env[KEYS.a];", 'NEXTAUTH_SECRET read node=KEYS.a (const key)'],
    ["const KEYS = { a: { b: 'NEXTAUTH_SECRET' } };\nprocess.env[KEYS['a'].b];", "NEXTAUTH_SECRET read node=KEYS['a'].b (const key)"],
    ["const BASE = { a: 'NEXTAUTH_' };\nconst KEYS = { ...BASE, ['b']: `${BASE.a}URL` };\nprocess.env[KEYS.b];", 'NEXTAUTH_URL read node=KEYS.b (const key)'],
    ["process.env.FLUX_DEFAULT_MODE = 'v' + 1 + 2;", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v12"] value='v' + 1 + 2`],
    ['process.env.FLUX_DEBUG = 1 + 2 + `${null}`;', 'FLUX_DEBUG write node=FLUX_DEBUG =["3null"] value=1 + 2 + `${null}`'],
    ['process.env.NODE_TLS_REJECT_UNAUTHORIZED = 1 - 1;', 'NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value=1 - 1'],
    ["process.env.FLUX_DEFAULT_MODE = null ?? 'v3';", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["null","v3"] value=null ?? 'v3'`],
    ["process.env.FLUX_DEFAULT_MODE = ('' || 'v3') + '';", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value=('' || 'v3') + ''`],
    ["process.env.FLUX_DEFAULT_MODE = true ? 'v3' + '' : 'v1';", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3","v1"] value=true ? 'v3' + '' : 'v1'`],
    ["process.env.FLUX_DEFAULT_MODE = (true ? 'v3' : 'v1') + '';", `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value=(true ? 'v3' : 'v1') + ''`],
    ["const O = { x: 0 };\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = `${O.x}`;", 'NODE_TLS_REJECT_UNAUTHORIZED write node=NODE_TLS_REJECT_UNAUTHORIZED =["0"] value=`${O.x}`'],
    ['const O = { x: 0 };\nprocess.env.FLUX_DEBUG = O.missing;', 'FLUX_DEBUG write node=FLUX_DEBUG =["undefined"] value=O.missing'],
  ])('%s', (text, expected) => {
    expect(detailed(text)).toEqual([expected]);
  });

  test('a chained assignment: each write gets the value', () => {
    expect(detailed("process.env.FLUX_DEFAULT_MODE = process.env.FLUX_DEBUG = 'v3';")).toEqual([
      `FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE =["v3"] value=process.env.FLUX_DEBUG = 'v3'`,
      `FLUX_DEBUG write node=FLUX_DEBUG =["v3"] value='v3'`,
    ]);
  });

  test.each([
    ['a call (`String(0)`)', 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = String(0);'],
    ['a bigint', 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = `${0n}`;'],
    ['an object', 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = { a: 1 } as any;'],
    ['a `const` holding a conditional of unknown condition', "declare const c: boolean;\nconst M = c ? '0' : '1';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = M;"],
    ['a member of an object written through its name', "const O = { x: '0' };\nO.x = '1';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = O.x;"],
    ['a member of an array-like object changed by a method', "const O: any = { x: '0' };\nO.push('1');\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = O.x;"],
    ['a member `Object.prototype` has', 'const O = {};\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = (O as any).toString;'],
    ['an array element', "const A = ['0'];\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = A[0];"],
  ])('unknown: %s', (_title, text) => {
    const [access] = syntax.allAccesses(parse(text));
    expect(access!.kind).toBe('write');
    expect(access!.values).toBeUndefined();
  });

  test.each([
    ['a number key', 'const K = 1;\nprocess.env[K];'],
    ['a key of a mutated object', "const KEYS = { a: 'NEXTAUTH_SECRET' };\nKEYS.a = 'AUTH_SECRET';\nprocess.env[KEYS.a];"],
    ['an empty key', "process.env[`${''}`];"],
    // `__proto__:` sets the prototype, not a member (review, stop 13).
    ['a `__proto__` member', "const K: any = { __proto__: 'NEXTAUTH_SECRET' };\nprocess.env[K.__proto__];"],
  ])('no name: %s', (_title, text) => {
    expect(found(text)).toEqual([]);
  });

  test('bounded: a 2,000-part concatenation and a self-referencing `var` give up without throwing', () => {
    const long = `process.env.FLUX_DEFAULT_MODE = ${Array.from({ length: 2000 }, () => "'v'").join(' + ')};`;
    expect(detailed(long)).toEqual(['FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE value=' + long.slice(32, -1)]);
    expect(detailed("var a = a + 'x';\nprocess.env.FLUX_DEFAULT_MODE = a;")).toEqual(['FLUX_DEFAULT_MODE write node=FLUX_DEFAULT_MODE value=a']);
    expect(found("const A: any = { [A.x]: 1 };\nprocess.env[A.x];")).toEqual([]);
  });
});

describe('next.config public options, collected by the same walk', () => {
  test('`env` and `publicRuntimeConfig` objects at any depth, outer first; patterns and other options are not', () => {
    const text = [
      "export default { env: { A: '1', env: { B: process.env.AUTH_SECRET } }, ['publicRuntimeConfig']: ({ C: 'x' }) };",
      'const other = { serverRuntimeConfig: { D: 1 }, env: 1 };',
      "let env: any; ({ env: { env } } = { env: { env: 1 } } as any);",
    ].join('\n');
    const sf = ts.createSourceFile('/p/next.config.ts', text, ts.ScriptTarget.ES2022, true);
    const objects: PublicOptionObject[] = [];
    const accesses = syntax.allAccesses(sf, objects);
    expect(objects.map((o) => `${o.option} ${o.object.getText(sf)}`)).toEqual([
      "env { A: '1', env: { B: process.env.AUTH_SECRET } }",
      'env { B: process.env.AUTH_SECRET }',
      "publicRuntimeConfig { C: 'x' }",
      'env { env: 1 }',
    ]);
    expect(syntax.nextConfigKeys(objects, accesses, sf).map((k) => `${k.option}.${k.key} [${k.reads.join(',')}] @${k.node.getText(sf)}`)).toEqual([
      "env.A [] @A",
      'env.env [AUTH_SECRET] @env',
      'env.B [AUTH_SECRET] @B',
      'publicRuntimeConfig.C [] @C',
      'env.env [] @env',
    ]);
  });

  test('every member kind but spreads, with the key as ESTree has it (inside the brackets)', () => {
    const text =
      "const K = 'FLUX_API_TOKEN';\nmodule.exports = { env: { ...rest, [K]: 'x', [('AUTH_SECRET')]: 'y', 1: 'z', AUTH_URL, get G() { return process.env.AUTH_SECRET; }, m() {}, [unknown]: 1 } };";
    const sf = ts.createSourceFile('/p/next.config.js', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
    const objects: PublicOptionObject[] = [];
    const accesses = syntax.allAccesses(sf, objects);
    expect(syntax.nextConfigKeys(objects, accesses, sf).map((k) => `${k.key} [${k.reads.join(',')}] @${k.node.getText(sf)}`)).toEqual([
      'FLUX_API_TOKEN [] @K',
      "AUTH_SECRET [] @'AUTH_SECRET'",
      '1 [] @1',
      'AUTH_URL [] @AUTH_URL',
      'G [AUTH_SECRET] @G',
      'm [] @m',
    ]);
  });

  test('without the array, a file that never says env is not walked; with it, it is', () => {
    const sf = ts.createSourceFile('/p/next.config.ts', "export default { publicRuntimeConfig: { FLUX_API_TOKEN: 'x' } };", ts.ScriptTarget.ES2022, true);
    expect(syntax.allAccesses(sf)).toEqual([]);
    const objects: PublicOptionObject[] = [];
    expect(syntax.allAccesses(sf, objects)).toEqual([]);
    expect(objects.map((o) => o.option)).toEqual(['publicRuntimeConfig']);
  });
});

describe('syntax errors', () => {
  test('an incomplete file still yields the accesses it spells, and nothing throws', () => {
    expect(found("process.env.FLUX_SERVICE_URL\nconst x = process.env.;\nif (x) {\nprocess.env['NEXTAUTH_URL")).toEqual([
      'FLUX_SERVICE_URL read member @1:13',
      'NEXTAUTH_URL read member @4:13',
    ]);
  });
});

describe('tokenAt', () => {
  test('descends to the innermost node under the cursor, or ending at it for completions', () => {
    const text = 'const a = 1;\nprocess.env.FLUX_URL';
    const sf = parse(text);
    const at = (position: number, touchingEnd: boolean) => {
      const node = syntax.tokenAt(sf, position, touchingEnd);
      return node && `${ts.SyntaxKind[node.kind]} ${node.getText(sf)}`;
    };
    expect(at(25, false)).toBe('Identifier FLUX_URL');
    expect(at(25, true)).toBe('PropertyAccessExpression process.env.FLUX_URL');
    expect(at(33, true)).toBe('Identifier FLUX_URL');
    expect(at(33, false)).toBeUndefined();
    expect(at(6, false)).toBe('Identifier a');
    expect(at(12, false)).toBeUndefined();
  });

  test('after `process.env.` with the name still missing: the property access', () => {
    const sf = parse('process.env.');
    const node = syntax.tokenAt(sf, 12, true)!;
    expect(ts.isPropertyAccessExpression(node) && node.name.text).toBe('');
  });

  test('in the comments and spaces before a node: the node around them, not the node they lead to', () => {
    const text = 'function f() {\n  // FLUX_URL\n  return /* x */ process.env.FLUX_URL;\n}';
    const sf = parse(text);
    const at = (position: number, touchingEnd: boolean) => {
      const node = syntax.tokenAt(sf, position, touchingEnd);
      return node && `${ts.SyntaxKind[node.kind]}`;
    };
    expect(at(text.indexOf('FLUX_URL'), false)).toBe('Block');
    expect(at(text.indexOf('x */'), false)).toBe('ReturnStatement');
    expect(at(text.indexOf('x */'), true)).toBe('ReturnStatement');
    expect(at(text.lastIndexOf('FLUX_URL'), false)).toBe('Identifier');
  });

  /**
   * The descent as it was written first: a child counts only from its first token (`getStart` at every level). The
   * faster descent (by `pos`, one `getStart` per call) must give the same node everywhere.
   */
  function tokenAtByStart(sf: ts.SourceFile, position: number, touchingEnd: boolean): ts.Node | undefined {
    let found: ts.Node | undefined;
    let node: ts.Node = sf;
    const pick = (child: ts.Node): boolean => {
      if (child.pos > position) return true;
      if (child.end < position || (!touchingEnd && child.end === position)) return false;
      const start = child.getStart(sf);
      if (touchingEnd ? start < position : start <= position) {
        found = child;
        return true;
      }
      return false;
    };
    for (;;) {
      const before = found;
      ts.forEachChild(node, pick, (children) => {
        for (const child of children) if (pick(child)) return true;
        return undefined;
      });
      if (found === before || found === undefined) return found;
      node = found;
    }
  }

  test.each([
    ['comments, JSDoc and blank lines', '/** docs */\nexport function f(a: string) {\n  // note\n\n  return /* x */ process.env.FLUX_URL ?? a;\n}\n'],
    ['missing names and unterminated code', "process.env.\nconst { A, } = process.env;\nprocess.env['FL\nif (x) {"],
    ['templates, calls, classes', 'class C { m() { return `${process.env.A}/x${b}`; } }\nfoo(bar, (x) => x.y.z)[0];\nconst o = { a, [k]: 1, ...r };'],
    ['nested functions and destructuring', 'const { env: { FLUX_URL = "d" } } = process;\nexport default async () => { const e = process.env; return e.X; };'],
    ['holes and empty arguments', 'const a = [x,, process.env.A,];\nf(,);\nconst b = /*c*/ .b;\n'],
    ['optional chains', 'const a = process?.env?.A ?? process.env?.["B"];\nprocess.env?.\nfoo?.();\n'],
    [
      'JSX text, comments and attributes (TSX)',
      'export const C = () => (\n  <div title={`${process.env.NEXT_PUBLIC_FLUX_URL}/x`}>\n    {/* c */}\n    // text\n    {process.env.A}\n  </div>\n);\n',
      ts.ScriptKind.TSX,
    ],
    ['JSDoc casts (JS)', '/** @type {string} */ (process.env.A);\nconst x = /** @type {any} */ (process).env.B;\n', ts.ScriptKind.JS],
  ])('same node as the descent by first token at every position, both modes: %s', (_label, text, kind = ts.ScriptKind.TS) => {
    const sf = ts.createSourceFile(kind === ts.ScriptKind.TSX ? '/p/file.tsx' : kind === ts.ScriptKind.JS ? '/p/file.js' : '/p/file.ts', text, ts.ScriptTarget.ES2022, true, kind);
    const mismatches: string[] = [];
    for (let position = 0; position <= text.length; position++) {
      for (const touchingEnd of [false, true]) {
        const expected = tokenAtByStart(sf, position, touchingEnd);
        if (syntax.tokenAt(sf, position, touchingEnd) !== expected) {
          mismatches.push(`${position}${touchingEnd ? ' touching' : ''}: expected ${expected ? ts.SyntaxKind[expected.kind] : 'undefined'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('renameEdit', () => {
  test.each([
    ['process.env.NEXTAUTH_URL', 'AUTH_URL'],
    ["process.env['NEXTAUTH_URL']", "'AUTH_URL'"],
    ['process.env["NEXTAUTH_URL"]', '"AUTH_URL"'],
    ['process.env[`NEXTAUTH_URL`]', '`AUTH_URL`'],
    ['const { NEXTAUTH_URL } = process.env', 'AUTH_URL: NEXTAUTH_URL'],
    ['const { NEXTAUTH_URL: u } = process.env', 'AUTH_URL'],
    ['let NEXTAUTH_URL; ({ NEXTAUTH_URL } = process.env)', 'AUTH_URL: NEXTAUTH_URL'],
  ])('%s', (text, newText) => {
    const sf = parse(text);
    const [access] = syntax.allAccesses(sf);
    expect(syntax.renameEdit(access!, 'AUTH_URL', sf)?.text).toBe(newText);
  });

  test('a const key is not renamed where it is used', () => {
    const sf = parse("const KEY = 'NEXTAUTH_URL';\nprocess.env[KEY]");
    const [access] = syntax.allAccesses(sf);
    expect(syntax.renameEdit(access!, 'AUTH_URL', sf)).toBeUndefined();
  });
});

describe('isClientModule', () => {
  test("'use client' among the directives", () => {
    expect(syntax.isClientModule(parse("'use strict';\n'use client';\nexport {}"))).toBe(true);
    expect(syntax.isClientModule(parse("export {};\n'use client';"))).toBe(false);
  });
});

/**
 * The access finder over every form of ARCHITECTURE.md, on real TypeScript syntax trees (no checker).
 */
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { EnvSyntax } from '../src/syntax.js';

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
    ['a `let` alias (may be reassigned)', 'let e = process.env;\ne.FLUX_URL'],
    ['a shadowed globalThis', 'function f(globalThis: any) { return globalThis.process.env.X; }'],
    ['a type-only import', "import type { env } from 'node:process';\nenv.FLUX_URL"],
    ['a file that never says env', 'const a = 1;'],
  ])('%s', (_title, text) => {
    expect(found(text)).toEqual([]);
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

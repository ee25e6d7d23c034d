/**
 * The plugin in-process: a LanguageService over in-memory files, wrapped by `init({ typescript }).create(info)`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FINDING_KINDS, catalog, renderProcessEnvTypings, renderVariableDocs } from '@flux-env/catalog';
import ts from 'typescript';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AccessContext } from '../src/context.js';
import { DEFAULT_OPTIONS } from '../src/options.js';
import { FluxEnvFeatures } from '../src/service.js';
import { EnvSyntax } from '../src/syntax.js';
import { createHarness, marker } from './harness.js';

const FILE = '/p/a.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading', () => {
  test.each(['4.9.5', '7.0.0'])('TypeScript %s: logs why and returns the language service unchanged', (version) => {
    const h = createHarness({ [FILE]: 'process.env.FLUX_URL' }, {}, version);
    expect(h.ls).toBe(h.plain);
    expect(h.logs).toEqual([
      `info: [flux-env] TypeScript ${version} is not supported (needs >=5.0 <7); the plugin is off for /project/tsconfig.json`,
    ]);
  });

  test('the running TypeScript is supported: a wrapped service, and a log line', () => {
    const h = createHarness({ [FILE]: '' });
    expect(h.ls).not.toBe(h.plain);
    expect(h.logs).toEqual([
      `info: [flux-env] loaded for /project/tsconfig.json on TypeScript ${ts.version}; options {"diagnostics":true,"throwOnPurpose":[]}`,
    ]);
  });

  test('bad options are logged with the tsconfig file and line, and the defaults kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flux-env-options-'));
    try {
      const tsconfig = path.join(dir, 'tsconfig.json');
      writeFileSync(
        tsconfig,
        '{\n  "compilerOptions": {\n    "plugins": [\n      {\n        "name": "@flux-env/ts-plugin",\n        "diagnostics": "off",\n        "colour": 1\n      }\n    ]\n  }\n}\n',
      );
      const h = createHarness({ [FILE]: 'process.env.FLUX_SERVICE_URL' }, { diagnostics: 'off', colour: 1 }, ts.version, tsconfig);
      expect(h.logs.slice(0, 2)).toEqual([
        `Err: [flux-env] ${tsconfig}:6: option "diagnostics" of @flux-env/ts-plugin must be true or false, got "off"; using true`,
        `Err: [flux-env] ${tsconfig}:7: unknown option "colour" of @flux-env/ts-plugin (known: diagnostics, throwOnPurpose); ignored`,
      ]);
      expect(h.ls.getSuggestionDiagnostics(FILE).map((d) => d.code)).toEqual([FINDING_KINDS.legacyAlias.code]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a start-up failure (reading the options throws) is logged, and TypeScript\'s service returned unchanged', () => {
    const h = createHarness({ [FILE]: 'process.env.FLUX_SERVICE_URL' }, {}, ts.version, '/project/tsconfig.json', (info) => {
      Object.defineProperty(info, 'config', {
        get() {
          throw new TypeError('config unreadable');
        },
      });
    });
    expect(h.ls).toBe(h.plain);
    expect(h.logs).toEqual([
      "Err: [flux-env] start-up failed for /project/tsconfig.json: config unreadable; the plugin is off for this project, TypeScript's language service is unchanged",
    ]);
    // A later configurePlugin reaches no half-built instance.
    expect(() => h.module.onConfigurationChanged!({ diagnostics: false })).not.toThrow();
  });

  test('a project whose name cannot be read: still logged, still TypeScript\'s service', () => {
    const h = createHarness({ [FILE]: '' }, {}, ts.version, '/project/tsconfig.json', (info) => {
      info.project.getProjectName = () => {
        throw new Error('no name');
      };
    });
    expect(h.ls).toBe(h.plain);
    expect(h.logs).toEqual([
      "Err: [flux-env] start-up failed for an unnamed project: no name; the plugin is off for this project, TypeScript's language service is unchanged",
    ]);
  });
});

describe('diagnostics', () => {
  test('one walk per file version, shared by the semantic and suggestion channels', () => {
    const walks = vi.spyOn(EnvSyntax.prototype, 'allAccesses');
    const h = createHarness({ [FILE]: 'process.env.FLUX_SERVICE_URL;\nprocess.env.NEXT_PUBLIC_AUTH_SECRET;' });
    expect(h.ls.getSemanticDiagnostics(FILE).map((d) => [d.code, d.start, d.length, d.source])).toEqual([
      [FINDING_KINDS.publicSecret.code, 42, 23, 'flux-env'],
    ]);
    const [alias] = h.ls.getSuggestionDiagnostics(FILE);
    expect(alias).toMatchObject({ code: FINDING_KINDS.legacyAlias.code, start: 12, length: 16, category: ts.DiagnosticCategory.Suggestion, reportsDeprecated: true });
    expect(walks).toHaveBeenCalledTimes(1);
    h.set(FILE, 'process.env.FLUX_URL;');
    expect(h.ls.getSuggestionDiagnostics(FILE)).toEqual([]);
    expect(walks).toHaveBeenCalledTimes(2);
  });

  test('diagnostics: false, then on again through onConfigurationChanged', () => {
    const h = createHarness({ [FILE]: 'process.env.FLUX_SERVICE_URL;' }, { diagnostics: false });
    expect(h.ls.getSuggestionDiagnostics(FILE)).toEqual([]);
    h.module.onConfigurationChanged!({ diagnostics: true });
    expect(h.ls.getSuggestionDiagnostics(FILE).map((d) => d.code)).toEqual([FINDING_KINDS.legacyAlias.code]);
  });

  test("context of the accesses: 'use client', fallback literals and written values, each at the place ESLint reports", () => {
    const client = "'use client';\nexport const s = process.env.FLUX_API_TOKEN;\n";
    const server = "export const t = process.env.FLUX_API_TOKEN ?? 'placeholder';\nprocess.env.FLUX_DEFAULT_MODE = ('dedicated');\n";
    const h = createHarness({ '/p/client.ts': client, [FILE]: server });
    expect(h.ls.getSemanticDiagnostics('/p/client.ts').map((d) => [d.code, d.start, d.length])).toEqual([
      [FINDING_KINDS.secretInClient.code, client.indexOf('FLUX_API_TOKEN'), 'FLUX_API_TOKEN'.length],
    ]);
    expect(h.ls.getSemanticDiagnostics(FILE).map((d) => [d.code, d.start, d.length])).toEqual([
      // The fallback literal, quotes included.
      [FINDING_KINDS.secretFallback.code, server.indexOf("'placeholder'"), "'placeholder'".length],
      // The value written, without its parentheses (ESTree has none).
      [FINDING_KINDS.invalidValue.code, server.indexOf("'dedicated'"), "'dedicated'".length],
    ]);
  });

  test('hover and completions never compute the context of accesses (diagnostics only, once per version)', () => {
    const context = vi.spyOn(AccessContext.prototype, 'add');
    const { text, at } = marker("'use client';\nexport const a = process.env.|FLUX_URL ?? 'x';\nprocess.env.|");
    const h = createHarness({ [FILE]: text });
    h.ls.getQuickInfoAtPosition(FILE, at[0]!);
    h.ls.getCompletionsAtPosition(FILE, at[1]!, {});
    h.ls.getCompletionEntryDetails(FILE, at[1]!, 'FLUX_URL', {}, undefined, {}, undefined);
    expect(context).not.toHaveBeenCalled();
    h.ls.getSemanticDiagnostics(FILE);
    h.ls.getSuggestionDiagnostics(FILE);
    expect(context).toHaveBeenCalledTimes(1);
  });

  test('a huge file: TypeScript keeps answering, every access is reported once', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 100 === 0 ? `export const v${i} = process.env.FLUX_SERVICE_URL;` : `export const v${i} = ${i};`));
    const h = createHarness({ [FILE]: lines.join('\n') });
    expect(h.ls.getSuggestionDiagnostics(FILE).filter((d) => d.source === 'flux-env')).toHaveLength(200);
  });
});

describe('hover', () => {
  test('adds the docs after TypeScript\'s own documentation, once, when the generated typings document the name already', () => {
    const { text, at } = marker('process.env.|FLUX_URL;\nprocess.env.|TZ;');
    const h = createHarness({ [FILE]: text, '/p/process-env.d.ts': renderProcessEnvTypings() });
    const info = h.ls.getQuickInfoAtPosition(FILE, at[0]!)!;
    const docs = ts.displayPartsToString(info.documentation);
    expect(docs.startsWith('**FLUX_URL**: Server-side Service URL.')).toBe(true);
    expect(docs.split('**FLUX_URL**: Server-side Service URL.')).toHaveLength(2);
    // Not a catalog name: TypeScript's answer, untouched.
    expect(h.ls.getQuickInfoAtPosition(FILE, at[1]!)).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[1]!));
  });

  test('without typings: TypeScript\'s display, then the docs', () => {
    const { text, at } = marker("process.env.|NEXTAUTH_SECRET;\nprocess.env['|FLUX_URL'];");
    const h = createHarness({ [FILE]: text });
    const member = h.ls.getQuickInfoAtPosition(FILE, at[0]!)!;
    expect(ts.displayPartsToString(member.displayParts)).toBe('(index) ProcessEnv[string]: string | undefined');
    expect(ts.displayPartsToString(member.documentation)).toBe(renderVariableDocs('NEXTAUTH_SECRET'));
    const key = h.ls.getQuickInfoAtPosition(FILE, at[1]!)!;
    expect(ts.displayPartsToString(key.displayParts)).toBe('(environment variable) FLUX_URL');
    expect(key.textSpan).toEqual({ start: 41, length: 10 });
  });

  test('after the diagnostics of the file version, the same answers from their accesses, without a look at the tree', () => {
    const { text, at } = marker(
      "import { env } from 'node:process';\nconst a = process.env.FLUX_U|RL;\nconst { |AUTH_SECRET } = process.env;\nconst b = env['|NEXTAUTH_URL'];\nconst c = a?.|length;\nconst FLUX_API_BASE = 1;\nconst d = |FLUX_API_BASE;",
    );
    const h = createHarness({ [FILE]: text });
    const before = at.map((position) => h.ls.getQuickInfoAtPosition(FILE, position));
    h.ls.getSemanticDiagnostics(FILE);
    const tokenAt = vi.spyOn(EnvSyntax.prototype, 'tokenAt');
    const after = at.map((position) => h.ls.getQuickInfoAtPosition(FILE, position));
    expect(tokenAt).not.toHaveBeenCalled();
    expect(after).toEqual(before);
    expect(after.slice(0, 3).map((info) => ts.displayPartsToString(info!.documentation))).toEqual(
      ['FLUX_URL', 'AUTH_SECRET', 'NEXTAUTH_URL'].map((name) => renderVariableDocs(name)),
    );
    // Not an access (a property of something else; a local constant named like a variable): TypeScript's answer.
    expect(after[3]).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[3]!));
    expect(after[4]).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[4]!));
    // The next version of the file has no diagnostics yet: the node at the cursor again.
    h.set(FILE, `${text}\n`);
    expect(h.ls.getQuickInfoAtPosition(FILE, at[0]!)).toEqual(before[0]);
    expect(tokenAt).toHaveBeenCalledTimes(1);
  });

  test('on the quotes of a string key: the same answer as on the name, before and after the diagnostics', () => {
    const { text, at } = marker(
      "process.env[|'FLUX_URL|'];\nprocess.env[|\"AUTH_SECRET|\"];\nprocess.env[|`NEXTAUTH_URL|`];\nprocess.env['FLUX_URL'|];\nconst s = |'FLUX_URL';",
    );
    const h = createHarness({ [FILE]: text });
    const inside = (position: number) => h.ls.getQuickInfoAtPosition(FILE, position + 2);
    const before = at.map((position) => h.ls.getQuickInfoAtPosition(FILE, position));
    for (const [i, name] of ['FLUX_URL', 'AUTH_SECRET', 'NEXTAUTH_URL'].entries()) {
      const opening = before[2 * i]!;
      expect(ts.displayPartsToString(opening.displayParts)).toBe(`(environment variable) ${name}`);
      expect(ts.displayPartsToString(opening.documentation)).toBe(renderVariableDocs(name));
      expect(opening.textSpan).toEqual({ start: at[2 * i]!, length: name.length + 2 });
      expect(opening).toEqual(inside(at[2 * i]!));
      expect(before[2 * i + 1]).toEqual(opening);
    }
    // After the closing bracket, and on the quote of a string that is no key: TypeScript's answer.
    expect(before[6]).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[6]!));
    expect(before[7]).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[7]!));
    h.ls.getSemanticDiagnostics(FILE);
    expect(at.map((position) => h.ls.getQuickInfoAtPosition(FILE, position))).toEqual(before);
  });

  test('in a file with syntax errors', () => {
    const { text, at } = marker('const = ;\nprocess.env.|FLUX_URL(\n');
    const h = createHarness({ [FILE]: text });
    expect(ts.displayPartsToString(h.ls.getQuickInfoAtPosition(FILE, at[0]!)!.documentation)).toBe(renderVariableDocs('FLUX_URL'));
  });
});

describe('completions', () => {
  /** The plugin's entry for `name` (TypeScript's own entries come first and are left alone). */
  const entryOf = (entries: readonly ts.CompletionEntry[], name: string) => entries.filter((e) => e.name === name);

  test("after `process.env.`: TypeScript's own entries stay first and are not duplicated; one exact entry per kind of name", () => {
    const { text, at } = marker('process.env.|');
    const h = createHarness({ [FILE]: text });
    const result = h.ls.getCompletionsAtPosition(FILE, at[0]!, {})!;
    const names = result.entries.map((e) => e.name);
    expect(names[0]).toBe('TZ');
    expect(names.slice(1)).toEqual([...catalog.names()]);
    expect(result.isMemberCompletion).toBe(true);
    expect(entryOf(result.entries, 'FLUX_URL')).toEqual([
      { name: 'FLUX_URL', kind: 'property', kindModifiers: '', sortText: '11', labelDetails: { description: 'Server-side Service URL.' } },
    ]);
    expect(entryOf(result.entries, 'FLUX_API_TOKEN')).toEqual([
      { name: 'FLUX_API_TOKEN', kind: 'property', kindModifiers: '', sortText: '12', labelDetails: { description: 'secret · Personal API token for the CLI.' } },
    ]);
    expect(entryOf(result.entries, 'FLUX_SERVICE_URL')).toEqual([
      { name: 'FLUX_SERVICE_URL', kind: 'property', kindModifiers: 'deprecated', sortText: 'z11', labelDetails: { description: 'legacy alias of FLUX_URL' } },
    ]);
    // Every entry carries the keys tsserver's session writes when it converts an entry (`undefined`, so not sent):
    // its `{ ...entry, replacementSpan, hasAction, symbol }` then overwrites instead of adding (V8's fast path).
    for (const entry of result.entries.slice(1)) {
      expect(Object.keys(entry)).toEqual(['name', 'kind', 'kindModifiers', 'sortText', 'labelDetails', 'replacementSpan', 'hasAction', 'symbol']);
    }
  });

  test.each([
    ['process.env?.|', 'process.env?.'],
    ['const a = process?.env?.|\n', 'process?.env?.'],
    ["import { env } from 'node:process';\nenv?.|", 'env?.'],
    ['const e = process.env;\ne?.|', 'e?. (an alias)'],
    ['export const a = import.meta.env?.|', 'import.meta.env?.'],
  ])('right after the `?.` of an optional access (%s): the catalog names, as after `.`', (marked) => {
    const { text, at } = marker(marked);
    const h = createHarness({ [FILE]: text });
    const result = h.ls.getCompletionsAtPosition(FILE, at[0]!, { triggerCharacter: '.' })!;
    expect(result.entries.map((e) => e.name).filter((name) => name !== 'TZ')).toEqual([...catalog.names()]);
    expect(entryOf(result.entries, 'FLUX_URL')).toEqual([
      { name: 'FLUX_URL', kind: 'property', kindModifiers: '', sortText: '11', labelDetails: { description: 'Server-side Service URL.' } },
    ]);
  });

  test('right after `process.env?.`: the details of a chosen entry, as after `.`', () => {
    const { text, at } = marker('process.env?.|');
    const h = createHarness({ [FILE]: text });
    const details = h.ls.getCompletionEntryDetails(FILE, at[0]!, 'NEXTAUTH_SECRET', undefined, undefined, undefined, undefined)!;
    expect(details.kindModifiers).toBe('deprecated');
    expect(details.tags).toEqual([{ name: 'deprecated', text: [{ kind: 'text', text: 'Rename `NEXTAUTH_SECRET` to `AUTH_SECRET`.' }] }]);
    expect(ts.displayPartsToString(details.documentation)).toBe(renderVariableDocs('NEXTAUTH_SECRET'));
  });

  test('right after the `?.` of an access to another object: no catalog names', () => {
    const { text, at } = marker('const input = { a: 1 };\ninput?.|');
    const h = createHarness({ [FILE]: text });
    const result = h.ls.getCompletionsAtPosition(FILE, at[0]!, { triggerCharacter: '.' })!;
    expect(result.entries.map((e) => e.name)).toEqual(['a']);
  });

  test("inside `process.env['FL` when TypeScript has no answer: the plugin's own answer names the span to replace", () => {
    const { text, at } = marker("process.env['FL|");
    const h = createHarness({ [FILE]: text });
    const features = new FluxEnvFeatures(ts, h.plain, () => DEFAULT_OPTIONS);
    const result = features.completions(FILE, at[0]!, undefined)!;
    expect(result.optionalReplacementSpan).toEqual({ start: 13, length: 2 });
    expect(result.isNewIdentifierLocation).toBe(true);
    expect(entryOf(result.entries, 'FLUX_URL')).toEqual([
      { name: 'FLUX_URL', kind: 'property', kindModifiers: '', sortText: '11', labelDetails: { description: 'Server-side Service URL.' } },
    ]);
  });

  test("inside `process.env['FL']`: the entry replaces the text between the quotes", () => {
    const { text, at } = marker("process.env['FL|'];");
    const h = createHarness({ [FILE]: text });
    const result = h.ls.getCompletionsAtPosition(FILE, at[0]!, {})!;
    // TypeScript's answer already names that span as the list's default: the entries do not repeat it.
    expect(result.optionalReplacementSpan).toEqual({ start: 13, length: 2 });
    expect(entryOf(result.entries, 'FLUX_URL')).toEqual([
      { name: 'FLUX_URL', kind: 'property', kindModifiers: '', sortText: '11', labelDetails: { description: 'Server-side Service URL.' } },
    ]);
  });

  test('in `const { AUTH_URL, | } = process.env`: names already destructured are not offered again', () => {
    const { text, at } = marker('const { AUTH_URL, | } = process.env;');
    const h = createHarness({ [FILE]: text });
    const result = h.ls.getCompletionsAtPosition(FILE, at[0]!, {})!;
    // TypeScript offers `TZ` (ProcessEnv's own key) itself; the plugin adds every catalog name not taken yet.
    expect(result.entries.map((e) => e.name)).toEqual(['TZ', ...[...catalog.names()].filter((n) => n !== 'AUTH_URL')]);
    expect(entryOf(result.entries, 'AUTH_SECRET')).toEqual([
      { name: 'AUTH_SECRET', kind: 'property', kindModifiers: '', sortText: '12', labelDetails: { description: 'secret · Auth.js session signing key (alias NEXTAUTH_SECRET).' } },
    ]);
  });

  test("in a 'use client' module: browser-exposed names first, secrets unsafe, server-only names undefined", () => {
    const { text, at } = marker("'use client';\nprocess.env.|");
    const h = createHarness({ [FILE]: text });
    const entries = h.ls.getCompletionsAtPosition(FILE, at[0]!, {})!.entries;
    expect(entryOf(entries, 'NEXT_PUBLIC_FLUX_URL')).toEqual([
      { name: 'NEXT_PUBLIC_FLUX_URL', kind: 'property', kindModifiers: '', sortText: '10', labelDetails: { description: 'Browser-exposed Service URL.' } },
    ]);
    expect(entryOf(entries, 'FLUX_GATEWAY_JWT_SECRET')).toEqual([
      { name: 'FLUX_GATEWAY_JWT_SECRET', kind: 'property', kindModifiers: '', sortText: '12', labelDetails: { description: 'secret · unsafe in client code' } },
    ]);
    expect(entryOf(entries, 'FLUX_URL')).toEqual([
      { name: 'FLUX_URL', kind: 'property', kindModifiers: '', sortText: '11', labelDetails: { description: 'server-only · undefined in client code' } },
    ]);
  });

  test("the plugin's own details of an alias: the catalog's docs, kind, and a @deprecated tag worded as ESLint's fix", () => {
    const { text, at } = marker('process.env.|');
    const h = createHarness({ [FILE]: text });
    const details = h.ls.getCompletionEntryDetails(FILE, at[0]!, 'FLUX_SERVICE_URL', {}, undefined, {}, undefined)!;
    expect(details.kindModifiers).toBe('deprecated');
    expect(ts.displayPartsToString(details.displayParts)).toBe('(environment variable) FLUX_SERVICE_URL');
    expect(ts.displayPartsToString(details.documentation)).toBe(renderVariableDocs('FLUX_SERVICE_URL'));
    expect(details.tags).toEqual([{ name: 'deprecated', text: [{ kind: 'text', text: 'Rename `FLUX_SERVICE_URL` to `FLUX_URL`.' }] }]);
    const plainName = h.ls.getCompletionEntryDetails(FILE, at[0]!, 'FLUX_URL', {}, undefined, {}, undefined)!;
    expect(plainName.kindModifiers).toBe('');
    expect(plainName.tags).toEqual([]);
  });

  test('with the generated typings TypeScript offers the names itself (deprecated from @deprecated) and the plugin adds none', () => {
    const { text, at } = marker('process.env.|');
    const h = createHarness({ [FILE]: text, '/p/process-env.d.ts': renderProcessEnvTypings() });
    const entries = h.ls.getCompletionsAtPosition(FILE, at[0]!, {})!.entries;
    const alias = entries.filter((e) => e.name === 'FLUX_SERVICE_URL');
    expect(alias).toHaveLength(1);
    expect(alias[0]!.kindModifiers).toBe('deprecated,declare,optional');
    expect(alias[0]!.labelDetails).toBeUndefined();
    const details = h.ls.getCompletionEntryDetails(FILE, at[0]!, 'FLUX_SERVICE_URL', {}, undefined, {}, undefined)!;
    expect(ts.displayPartsToString(details.documentation)).toBe(renderVariableDocs('FLUX_SERVICE_URL'));
  });

  test('not at an env position: the plugin returns TypeScript\'s answer itself', () => {
    const { text, at } = marker('const o = { a: 1 };\no.|');
    const h = createHarness({ [FILE]: text });
    expect(h.ls.getCompletionsAtPosition(FILE, at[0]!, {})).toEqual(h.plain.getCompletionsAtPosition(FILE, at[0]!, {}));
  });
});

describe('code fixes', () => {
  test('the rename of a legacy alias, for its code only', () => {
    const h = createHarness({ [FILE]: "process.env['GITHUB_ID'];" });
    const [diagnostic] = h.ls.getSuggestionDiagnostics(FILE);
    const fixes = h.ls.getCodeFixesAtPosition(FILE, diagnostic!.start!, diagnostic!.start! + diagnostic!.length!, [diagnostic!.code], {}, {});
    expect(fixes).toEqual([
      {
        fixName: 'flux-env:renameToCanonical',
        description: 'Rename `GITHUB_ID` to `AUTH_GITHUB_ID`.',
        changes: [{ fileName: FILE, textChanges: [{ span: { start: 12, length: 11 }, newText: "'AUTH_GITHUB_ID'" }] }],
      },
    ]);
    expect(h.ls.getCodeFixesAtPosition(FILE, 12, 23, [2322], {}, {})).toEqual([]);
  });

  test('a legacy alias read before its canonical name: the two trade places', () => {
    const text = 'const s = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;';
    const h = createHarness({ [FILE]: text });
    const [diagnostic] = h.ls.getSuggestionDiagnostics(FILE);
    expect(diagnostic!.start).toBe(22);
    const fixes = h.ls.getCodeFixesAtPosition(FILE, diagnostic!.start!, diagnostic!.start! + diagnostic!.length!, [diagnostic!.code], {}, {});
    expect(fixes).toEqual([
      {
        fixName: 'flux-env:swapWithCanonical',
        description: 'Read `AUTH_SECRET` first and keep `NEXTAUTH_SECRET` as its fallback.',
        changes: [
          {
            fileName: FILE,
            textChanges: [
              { span: { start: 22, length: 15 }, newText: 'AUTH_SECRET' },
              { span: { start: 53, length: 11 }, newText: 'NEXTAUTH_SECRET' },
            ],
          },
        ],
      },
    ]);
  });
});

describe('the program it reads', () => {
  test("in tsserver, the file comes from the project's current program, not from a new check of every file", () => {
    let lookups = 0;
    const { text, at } = marker('process.env.FLUX_SERVICE_URL|;');
    const h = createHarness({ [FILE]: text }, {}, undefined, undefined, (info) => {
      const ls = (info as unknown as { languageService: ts.LanguageService }).languageService;
      const project = info.project as { projectService: Record<string, unknown> } & Record<string, unknown>;
      project.projectService.toPath = (fileName: string) => fileName;
      project.getSourceFile = (path: string) => {
        lookups++;
        return ls.getProgram()?.getSourceFile(path);
      };
    });
    const info = h.ls.getQuickInfoAtPosition(FILE, at[0]! - 3);
    expect(ts.displayPartsToString(info?.documentation)).toContain('legacy alias of `FLUX_URL`');
    expect(h.ls.getSemanticDiagnostics(FILE).length + h.ls.getSuggestionDiagnostics(FILE).length).toBeGreaterThan(0);
    expect(lookups).toBeGreaterThanOrEqual(3);
  });
});

describe('code fixes in client code', () => {
  test('a direct read of a server-only name gets the twin; a read Next.js does not inline gets no rename', () => {
    const text = "'use client';\nconst a = process.env.FLUX_URL;\nconst { FLUX_URL } = process.env;";
    const h = createHarness({ [FILE]: text });
    const diagnostics = h.ls.getSemanticDiagnostics(FILE).filter((d) => d.code === FINDING_KINDS.serverOnlyInClient.code);
    expect(diagnostics.map((d) => [d.start, d.category, ts.flattenDiagnosticMessageText(d.messageText, '\n')])).toEqual([
      [36, ts.DiagnosticCategory.Error, expect.stringContaining('Read its public twin `NEXT_PUBLIC_FLUX_URL` here (Flux docs')],
      [54, ts.DiagnosticCategory.Error, expect.stringContaining('Read its public twin here as `process.env.NEXT_PUBLIC_FLUX_URL` (only that form is inlined)')],
    ]);
    const fixesAt = (d: (typeof diagnostics)[number]) =>
      h.ls.getCodeFixesAtPosition(FILE, d.start!, d.start! + d.length!, [d.code], {}, {}).map((fix) => fix.description);
    expect(fixesAt(diagnostics[0]!)).toEqual(['Read `NEXT_PUBLIC_FLUX_URL` instead of `FLUX_URL`.']);
    expect(fixesAt(diagnostics[1]!)).toEqual([]);
  });
});

describe('never break the host', () => {
  test('every feature that throws returns TypeScript\'s answer and logs file:line:col', () => {
    const { text, at } = marker('process.env.|FLUX_SERVICE_URL;\nprocess.env.|');
    const h = createHarness(
      { [FILE]: text },
      { throwOnPurpose: ['hover', 'completions', 'completionDetails', 'diagnostics', 'codeFixes'] },
    );
    expect(h.ls.getQuickInfoAtPosition(FILE, at[0]!)).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[0]!));
    expect(h.ls.getCompletionsAtPosition(FILE, at[1]!, {})).toEqual(h.plain.getCompletionsAtPosition(FILE, at[1]!, {}));
    expect(h.ls.getSuggestionDiagnostics(FILE)).toEqual(h.plain.getSuggestionDiagnostics(FILE));
    expect(h.ls.getSemanticDiagnostics(FILE)).toEqual(h.plain.getSemanticDiagnostics(FILE));
    expect(h.ls.getCodeFixesAtPosition(FILE, 12, 28, [FINDING_KINDS.legacyAlias.code], {}, {})).toEqual([]);
    expect(h.logs.filter((l) => l.startsWith('Err:'))).toEqual([
      `Err: [flux-env] hover failed at ${FILE}:1:13: throwOnPurpose: hover failed on purpose; returning TypeScript's own answer`,
      `Err: [flux-env] completions failed at ${FILE}:2:13: throwOnPurpose: completions failed on purpose; returning TypeScript's own answer`,
      `Err: [flux-env] diagnostics failed at ${FILE}: throwOnPurpose: diagnostics failed on purpose; returning TypeScript's own answer`,
      `Err: [flux-env] diagnostics failed at ${FILE}: throwOnPurpose: diagnostics failed on purpose; returning TypeScript's own answer`,
      `Err: [flux-env] codeFixes failed at ${FILE}:1:13: throwOnPurpose: codeFixes failed on purpose; returning TypeScript's own answer`,
    ]);
  });

  test('a real internal failure (the access finder throws) is caught the same way, with its stack in the log', () => {
    const { text, at } = marker('process.env.|FLUX_URL;');
    const h = createHarness({ [FILE]: text });
    vi.spyOn(EnvSyntax.prototype, 'accessAt').mockImplementation(() => {
      throw new TypeError('boom');
    });
    expect(h.ls.getQuickInfoAtPosition(FILE, at[0]!)).toEqual(h.plain.getQuickInfoAtPosition(FILE, at[0]!));
    expect(h.logs).toContain(`Err: [flux-env] hover failed at ${FILE}:1:13: boom; returning TypeScript's own answer`);
    expect(h.logs.some((l) => l.startsWith('info: [flux-env] TypeError: boom\n'))).toBe(true);
  });
});

/** The plugin's diagnostics of a file, both channels, as `[code, start, length, message]`. */
function fluxDiagnostics(h: ReturnType<typeof createHarness>, fileName: string): [number, number, number, string][] {
  return [...h.ls.getSemanticDiagnostics(fileName), ...h.ls.getSuggestionDiagnostics(fileName)]
    .filter((d) => d.source === 'flux-env')
    .map((d) => [d.code, d.start!, d.length!, ts.flattenDiagnosticMessageText(d.messageText, '\n')]);
}

/** The text edits of every code fix of the diagnostics at `[start, start + length)` with `code`. */
function fixesAt(h: ReturnType<typeof createHarness>, fileName: string, [code, start, length]: [number, number, number, string]) {
  return h.ls.getCodeFixesAtPosition(fileName, start, start + length, [code], {}, {}).map((fix) => ({
    description: fix.description,
    edits: fix.changes.flatMap((change) => change.textChanges),
  }));
}

const TLS_OFF =
  'Setting `NODE_TLS_REJECT_UNAUTHORIZED` to "0" turns off TLS certificate checks for every HTTPS connection this process makes, not just the call to Flux. Trust a private CA with `NODE_EXTRA_CA_CERTS`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: 5. TLS and runtime).';
const NEXTAUTH_SECRET_ALIAS =
  '`NEXTAUTH_SECRET` is a legacy alias of `AUTH_SECRET`: Auth.js v5 reads AUTH_SECRET; the dashboard aliases the legacy NEXTAUTH_SECRET to it. Use `AUTH_SECRET` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).';
const NEXTAUTH_URL_ALIAS =
  '`NEXTAUTH_URL` is a legacy alias of `AUTH_URL`: Auth.js v5 reads AUTH_URL; either name works. Use `AUTH_URL` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).';

describe('compound assignments: what ESLint reports for them', () => {
  test('`||=` reads as `=` (same text, span on the name); `??=` gives the invalid value; `+=` gives nothing', () => {
    const text =
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED ||= '0';\nprocess.env.FLUX_DEFAULT_MODE ??= 'v3';\nprocess.env.FLUX_URL += '/api';\n";
    const h = createHarness({ [FILE]: text });
    const second = text.indexOf('NODE_TLS_REJECT_UNAUTHORIZED', 20);
    expect(fluxDiagnostics(h, FILE)).toEqual([
      [FINDING_KINDS.tlsVerificationDisabled.code, 12, 28, TLS_OFF],
      [FINDING_KINDS.tlsVerificationDisabled.code, second, 28, TLS_OFF],
      [
        FINDING_KINDS.invalidValue.code,
        text.indexOf("'v3'"),
        4,
        '`FLUX_DEFAULT_MODE` is set to "v3", which is not one of `v1_dedicated`, `v2_shared`. Expected: v1_dedicated or v2_shared (Flux docs: 3. Driving the CLI).',
      ],
    ]);
  });

  test('a destructuring-assignment default writes nothing: no finding about its value', () => {
    const h = createHarness({ [FILE]: "declare const o: any;\n[process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'] = o;\n({ a: process.env.FLUX_DEFAULT_MODE = 'v3' } = o);\n" });
    expect(fluxDiagnostics(h, FILE)).toEqual([]);
  });
});

describe('next.config: keys of `env` and `publicRuntimeConfig` (secretInNextConfig, as ESLint\'s no-public-secret)', () => {
  const allowJs = { allowJs: true };
  const harness = (files: Record<string, string>) => createHarness(files, {}, ts.version, '/project/tsconfig.json', undefined, allowJs);

  test('a secret as a key (next.config.mjs) and a secret read in a value (next.config.js): error 91002 on the key, no fix', () => {
    const mjs = "export default { publicRuntimeConfig: { FLUX_API_TOKEN: 'x' } };\n";
    const js = 'module.exports = { env: { AUTH_SECRET: process.env.AUTH_SECRET } };\n';
    const h = harness({ '/p/next.config.mjs': mjs, '/p/next.config.js': js });
    const semantic = h.ls.getSemanticDiagnostics('/p/next.config.mjs').filter((d) => d.source === 'flux-env');
    expect(semantic.map((d) => [d.code, d.category, d.start, d.length, d.messageText])).toEqual([
      [
        91002,
        ts.DiagnosticCategory.Error,
        40,
        14,
        '`publicRuntimeConfig.FLUX_API_TOKEN` in next.config puts the secret `FLUX_API_TOKEN` into the browser bundle: Next.js inlines every key of `publicRuntimeConfig` into client code. Read `FLUX_API_TOKEN` from `process.env` in server-only code instead (Flux docs: 3. Driving the CLI).',
      ],
    ]);
    expect(FINDING_KINDS.secretInNextConfig.code).toBe(91002);
    expect(fluxDiagnostics(h, '/p/next.config.js')).toEqual([
      [
        91002,
        26,
        11,
        '`env.AUTH_SECRET` in next.config puts the secret `AUTH_SECRET` into the browser bundle: Next.js inlines every key of `env` into client code. Read `AUTH_SECRET` from `process.env` in server-only code instead (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
      ],
    ]);
    expect(fixesAt(h, '/p/next.config.js', fluxDiagnostics(h, '/p/next.config.js')[0]!)).toEqual([]);
  });

  test('only in a file named like a Next.js config (NEXT_CONFIG_FILE_GLOB, on the basename)', () => {
    const text = "export default { publicRuntimeConfig: { FLUX_API_TOKEN: 'x' } };\n";
    const h = harness({ '/p/config.mjs': text, '/p/next.config.json.ts': text, '/p/next.config.mts': text, '/p/next.config/a.ts': text });
    expect(fluxDiagnostics(h, '/p/config.mjs')).toEqual([]);
    expect(fluxDiagnostics(h, '/p/next.config.json.ts')).toEqual([]);
    expect(fluxDiagnostics(h, '/p/next.config/a.ts')).toEqual([]);
    expect(fluxDiagnostics(h, '/p/next.config.mts').map((d) => d[0])).toEqual([91002]);
  });

  test('a computed key: the span is the literal inside the brackets; a read through a non-secret key names the secret read', () => {
    const text = "export default {\n  env: { ['FLUX_API_TOKEN']: 'x', token: process.env.FLUX_GATEWAY_JWT_SECRET, FLUX_URL: process.env.FLUX_URL },\n};\n";
    const h = harness({ '/p/next.config.ts': text });
    expect(fluxDiagnostics(h, '/p/next.config.ts')).toEqual([
      [
        91002,
        text.indexOf("'FLUX_API_TOKEN'"),
        16,
        '`env.FLUX_API_TOKEN` in next.config puts the secret `FLUX_API_TOKEN` into the browser bundle: Next.js inlines every key of `env` into client code. Read `FLUX_API_TOKEN` from `process.env` in server-only code instead (Flux docs: 3. Driving the CLI).',
      ],
      [
        91002,
        text.indexOf('token:'),
        5,
        '`env.token` in next.config puts the secret `FLUX_GATEWAY_JWT_SECRET` into the browser bundle: Next.js inlines every key of `env` into client code. Read `FLUX_GATEWAY_JWT_SECRET` from `process.env` in server-only code instead (Flux docs: 1. Wiring your app to a Flux project).',
      ],
    ]);
  });

  test('one walk per file version: the accesses and the public options come from the same walk; hover never walks', () => {
    const walks = vi.spyOn(EnvSyntax.prototype, 'allAccesses');
    const { text, at } = marker("export default { env: { AUTH_SECRET: process.env.|AUTH_SECRET } };\n");
    const h = harness({ '/p/next.config.ts': text });
    h.ls.getQuickInfoAtPosition('/p/next.config.ts', at[0]!);
    expect(walks).not.toHaveBeenCalled();
    expect(fluxDiagnostics(h, '/p/next.config.ts').map((d) => [d[0], d[1]])).toEqual([[91002, text.indexOf('AUTH_SECRET')]]);
    expect(walks).toHaveBeenCalledTimes(1);
    expect(walks.mock.calls[0]![1]).toHaveLength(1);
  });
});

describe('keys in brackets: span on the literal, and the rename fix', () => {
  test.each([
    ["const { ['NEXTAUTH_URL']: u } = process.env;\nexport { u };", "'NEXTAUTH_URL'", NEXTAUTH_URL_ALIAS, "'AUTH_URL'"],
    ['const { [`NEXTAUTH_URL`]: u } = process.env;\nexport { u };', '`NEXTAUTH_URL`', NEXTAUTH_URL_ALIAS, '`AUTH_URL`'],
    ['const { ["NEXTAUTH_URL"]: u } = process.env;\nexport { u };', '"NEXTAUTH_URL"', NEXTAUTH_URL_ALIAS, '"AUTH_URL"'],
    ["Object.assign(process.env, { [`NEXTAUTH_URL`]: 'https://example.test' });", '`NEXTAUTH_URL`', NEXTAUTH_URL_ALIAS, '`AUTH_URL`'],
    ["process.env[('NEXTAUTH_SECRET')];", "'NEXTAUTH_SECRET'", NEXTAUTH_SECRET_ALIAS, "'AUTH_SECRET'"],
  ])('%s', (text, literal, message, newText) => {
    const h = createHarness({ [FILE]: text });
    const diagnostics = fluxDiagnostics(h, FILE);
    const start = text.indexOf(literal);
    expect(diagnostics).toEqual([[FINDING_KINDS.legacyAlias.code, start, literal.length, message]]);
    const name = literal.slice(1, -1);
    const canonical = newText.slice(1, -1);
    expect(fixesAt(h, FILE, diagnostics[0]!)).toEqual([
      { description: `Rename \`${name}\` to \`${canonical}\`.`, edits: [{ span: { start, length: literal.length }, newText }] },
    ]);
  });

  test("Object.assign with a computed key: the TLS finding's span is the literal", () => {
    const text = "Object.assign(process.env, { ['NODE_TLS_REJECT_UNAUTHORIZED']: '0' });";
    const h = createHarness({ [FILE]: text });
    expect(fluxDiagnostics(h, FILE)).toEqual([[FINDING_KINDS.tlsVerificationDisabled.code, 30, 30, TLS_OFF]]);
  });

  test('hover on the literal inside the brackets: the same span before and after the diagnostics', () => {
    const { text, at } = marker("const { ['|NEXTAUTH_URL']: u } = process.env;\nprocess.env[(|'NEXTAUTH_SECRET')];\nexport { u };");
    const h = createHarness({ [FILE]: text });
    const before = at.map((position) => h.ls.getQuickInfoAtPosition(FILE, position)!);
    expect(before.map((info) => [info.textSpan, ts.displayPartsToString(info.documentation)])).toEqual([
      [{ start: 9, length: 14 }, renderVariableDocs('NEXTAUTH_URL')],
      [{ start: text.indexOf("'NEXTAUTH_SECRET'"), length: 17 }, renderVariableDocs('NEXTAUTH_SECRET')],
    ]);
    h.ls.getSemanticDiagnostics(FILE);
    expect(at.map((position) => h.ls.getQuickInfoAtPosition(FILE, position))).toEqual(before);
  });
});

describe('`var` / `let` never written again, followed like `const`', () => {
  const allowJs = { allowJs: true };

  test("a .cjs file: `var process = require('process')`: the finding and its fix, as with `const`", () => {
    const text = "var process = require('process');\nprocess.env.NEXTAUTH_SECRET;\n";
    const h = createHarness({ '/p/a.cjs': text, '/p/b.cjs': text.replace('var', 'let') }, {}, ts.version, '/project/tsconfig.json', undefined, allowJs);
    for (const file of ['/p/a.cjs', '/p/b.cjs']) {
      const diagnostics = fluxDiagnostics(h, file);
      expect(diagnostics).toEqual([[FINDING_KINDS.legacyAlias.code, 46, 15, NEXTAUTH_SECRET_ALIAS]]);
      expect(fixesAt(h, file, diagnostics[0]!)).toEqual([
        { description: 'Rename `NEXTAUTH_SECRET` to `AUTH_SECRET`.', edits: [{ span: { start: 46, length: 15 }, newText: 'AUTH_SECRET' }] },
      ]);
    }
  });

  test('written again (in a function): nothing; a hover on it gives TypeScript\'s answer only', () => {
    const { text, at } = marker("var process = require('process');\nfunction reset() { process = null; }\nprocess.env.|NEXTAUTH_SECRET;\n");
    const h = createHarness({ '/p/a.cjs': text }, {}, ts.version, '/project/tsconfig.json', undefined, allowJs);
    expect(fluxDiagnostics(h, '/p/a.cjs')).toEqual([]);
    expect(h.ls.getQuickInfoAtPosition('/p/a.cjs', at[0]!)).toEqual(h.plain.getQuickInfoAtPosition('/p/a.cjs', at[0]!));
  });

  test('hover through a `let` alias before any diagnostics: the docs, without a walk of the file', () => {
    const walks = vi.spyOn(EnvSyntax.prototype, 'allAccesses');
    const { text, at } = marker('let e = process.env;\nexport const a = e.|NEXTAUTH_URL;\n');
    const h = createHarness({ [FILE]: text });
    expect(ts.displayPartsToString(h.ls.getQuickInfoAtPosition(FILE, at[0]!)!.documentation)).toContain(renderVariableDocs('NEXTAUTH_URL')!);
    expect(walks).not.toHaveBeenCalled();
  });
});

describe('constant values and keys ESLint evaluates (getStaticValue)', () => {
  test.each([
    ["process.env.NODE_TLS_REJECT_UNAUTHORIZED = '' + '0';", [[FINDING_KINDS.tlsVerificationDisabled.code, 12, 28, TLS_OFF]]],
    ["const OFF = '0';\nprocess.env.NODE_TLS_REJECT_UNAUTHORIZED = `${OFF}`;", [[FINDING_KINDS.tlsVerificationDisabled.code, 29, 28, TLS_OFF]]],
    ["const K = 'NEXT' + 'AUTH_SECRET';\nprocess.env[K];", [[FINDING_KINDS.legacyAlias.code, 46, 1, NEXTAUTH_SECRET_ALIAS]]],
    ["process.env[`NEXTAUTH_${'SECRET'}`];", [[FINDING_KINDS.legacyAlias.code, 12, 22, NEXTAUTH_SECRET_ALIAS]]],
    ["const KEYS = { a: 'NEXTAUTH_SECRET' } as const;\nprocess.env[KEYS.a];", [[FINDING_KINDS.legacyAlias.code, 60, 6, NEXTAUTH_SECRET_ALIAS]]],
  ])('%s', (text, expected) => {
    const h = createHarness({ [FILE]: text });
    const diagnostics = fluxDiagnostics(h, FILE);
    expect(diagnostics).toEqual(expected);
    // A key the source does not spell is not renamed there (as ESLint, which offers no suggestion for it).
    expect(diagnostics.flatMap((d) => fixesAt(h, FILE, d))).toEqual([]);
  });
});

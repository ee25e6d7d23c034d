/**
 * End to end: the real tsserver of the workspace's TypeScript, with `@flux-env/ts-plugin` loaded the way a user
 * loads it (the fixture's tsconfig names it in `compilerOptions.plugins`; tsserver finds it in
 * `test/node_modules` through `--pluginProbeLocations`). Uses the BUILT plugin: run `pnpm build` first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FINDING_KINDS, catalog, renderVariableDocs } from '@flux-env/catalog';
import flux from '@flux-env/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, TsServer, locate, read } from './tsserver-client.mjs';

const project = path.join(REPO_ROOT, 'test/fixtures/ts-project');
const serverFile = path.join(project, 'src/server.ts');
const completionsFile = path.join(project, 'src/completions.ts');
const clientFile = path.join(project, 'src/client.ts');
const serverText = read(serverFile);
const completionsText = read(completionsFile);
const clientText = read(clientFile);
/** Fixtures with findings of every access check: a `'use client'` module, and server code (fallbacks, values, mix-ups). */
const findingsClientFile = path.join(project, 'src/findings-client.ts');
const findingsServerFile = path.join(project, 'src/findings-server.ts');
/** A Next.js config whose `env` and `publicRuntimeConfig` put secrets into the browser bundle. */
const nextConfigFile = path.join(project, 'src/next.config.ts');

let tsserver: TsServer;
let logDir: string;
let logFile: string;

beforeAll(async () => {
  logDir = mkdtempSync(path.join(tmpdir(), 'flux-env-tsserver-'));
  logFile = path.join(logDir, 'tsserver.log');
  tsserver = TsServer.start({ pluginProbeLocations: [path.join(REPO_ROOT, 'test')], logFile });
  await tsserver.open(serverFile);
  await tsserver.open(completionsFile);
  await tsserver.open(clientFile);
  await tsserver.open(findingsClientFile);
  await tsserver.open(findingsServerFile);
  await tsserver.open(nextConfigFile);
});

afterAll(async () => {
  await tsserver?.stop();
  rmSync(logDir, { recursive: true, force: true });
});

/** The position `shift` characters into the `index`-th occurrence of `needle`. */
const at = (text: string, needle: string, shift = 0, index = 0) => locate(text, needle, { shift, index });

interface ProtocolEntry {
  name: string;
  kind: string;
  kindModifiers: string;
  sortText: string;
  labelDetails?: { description?: string };
  replacementSpan?: unknown;
}

const names = (entries: ProtocolEntry[]) => entries.map((e) => e.name);

describe('loading', () => {
  test('tsserver loads the plugin from the probe location and logs it with the [flux-env] prefix', () => {
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain(`[flux-env] loaded for ${path.join(project, 'tsconfig.json')} on TypeScript 6.0.3; options {"diagnostics":true,"throwOnPurpose":[]}`);
  });
});

describe('hover (quickinfo)', () => {
  test('process.env.FLUX_URL: TypeScript\'s own quick info, then the catalog docs', async () => {
    const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, 'FLUX_URL;', 1)) as [number, number]);
    expect(info.displayString).toBe('string | undefined');
    expect(info.start).toEqual({ line: 4, offset: 39 });
    expect(info.end).toEqual({ line: 4, offset: 47 });
    expect(info.documentation).toBe(renderVariableDocs('FLUX_URL'));
    expect(info.documentation.split('\n').slice(0, 3)).toEqual([
      '**FLUX_URL**: Server-side Service URL.',
      '',
      'Same value as `NEXT_PUBLIC_FLUX_URL`, but for server-only code paths (route handlers, server actions, scripts). Setting both with the same value is normal — Next.js only exposes the NEXT\\_PUBLIC\\_\\* form to the browser.',
    ]);
  });

  test.each([
    // [needle, shift, name, displayString, start line:offset]
    ["'FLUX_GATEWAY_JWT_SECRET'", 3, 'FLUX_GATEWAY_JWT_SECRET', '(environment variable) FLUX_GATEWAY_JWT_SECRET', [6, 35]],
    ['`FLUX_API_TOKEN`', 2, 'FLUX_API_TOKEN', '(environment variable) FLUX_API_TOKEN', [7, 34]],
    ['AUTH_SECRET, NEXTAUTH_URL }', 1, 'AUTH_SECRET', 'const AUTH_SECRET: string | undefined', [8, 9]],
    ['AUTH_URL;', 1, 'AUTH_URL', 'string | undefined', [9, 28]],
    ['FLUX_POSTGREST_SCHEMA', 1, 'FLUX_POSTGREST_SCHEMA', 'string | undefined', [10, 39]],
    ['NEXT_PUBLIC_FLUX_URL;', 1, 'NEXT_PUBLIC_FLUX_URL', 'string | undefined', [11, 40]],
    ['FLUX_SERVICE_URL;', 1, 'FLUX_SERVICE_URL', 'string | undefined', [5, 38]],
  ] as const)('%s (cursor +%i): docs of %s', async (needle, shift, name, displayString, [line, offset]) => {
    const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, needle, shift)) as [number, number]);
    expect(info.displayString).toBe(displayString);
    expect(info.start).toEqual({ line, offset });
    expect(info.documentation).toBe(renderVariableDocs(name));
  });

  test('a legacy alias names its canonical variable first', async () => {
    const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, 'FLUX_SERVICE_URL;', 1)) as [number, number]);
    expect(info.documentation.split('\n')[0]).toBe(
      '**FLUX_SERVICE_URL** is a legacy alias of `FLUX_URL`: `FLUX_URL` is the name printed by flux create and the canonical form going forward. Use `FLUX_URL`.',
    );
  });

  test('a local `process` parameter is not the environment: TypeScript\'s answer only', async () => {
    const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, 'FLUX_SERVICE_URL;', 1, 1)) as [number, number]);
    expect(info.displayString).toBe('string | undefined');
    expect(info.documentation).toBe('');
  });

  test('elsewhere TypeScript\'s quick info is unchanged', async () => {
    const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, 'serviceUrl', 1)) as [number, number]);
    expect(info.displayString).toBe('const serviceUrl: string | undefined');
    expect(info.documentation).toBe('');
  });
});

describe('completions', () => {
  const allNames = [...catalog.names()];

  test('after `process.env.`: every catalog name once, aliases deprecated and last, secrets flagged', async () => {
    const result = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, 'process.env.;', 12)) as [number, number], '.');
    const entries = result.entries as ProtocolEntry[];
    expect(result.isMemberCompletion).toBe(true);
    expect(names(entries)).toEqual(allNames);
    expect(new Set(names(entries)).size).toBe(entries.length);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('FLUX_URL')).toEqual({
      name: 'FLUX_URL',
      kind: 'property',
      kindModifiers: '',
      sortText: '11',
      labelDetails: { description: 'Server-side Service URL.' },
    });
    expect(byName.get('FLUX_SERVICE_URL')).toEqual({
      name: 'FLUX_SERVICE_URL',
      kind: 'property',
      kindModifiers: 'deprecated',
      sortText: 'z11',
      labelDetails: { description: 'legacy alias of FLUX_URL' },
    });
    expect(byName.get('FLUX_API_TOKEN')?.labelDetails?.description).toBe('secret · Personal API token for the CLI.');
    expect(byName.get('FLUX_API_TOKEN')?.sortText).toBe('12');
    expect(entries.filter((e) => e.kindModifiers === 'deprecated').map((e) => e.name)).toEqual(
      catalog.aliases().map((a) => a.name),
    );
  });

  test("inside `process.env['']`: names replace the text between the quotes", async () => {
    const result = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, "['']", 2)) as [number, number]);
    expect(names(result.entries)).toEqual(allNames);
    // The span goes once, as the list's default (TypeScript's own answer names the same span).
    expect(result.optionalReplacementSpan).toEqual({ start: { line: 4, offset: 36 }, end: { line: 4, offset: 36 } });
    expect((result.entries as ProtocolEntry[]).filter((e) => e.replacementSpan !== undefined)).toEqual([]);
  });

  test("inside an unterminated `process.env['FLUX_`: the typed prefix is replaced", async () => {
    const result = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, "'FLUX_", 6)) as [number, number]);
    expect(names(result.entries)).toEqual(allNames);
    expect(result.optionalReplacementSpan).toEqual({ start: { line: 7, offset: 42 }, end: { line: 7, offset: 47 } });
    expect((result.entries as ProtocolEntry[]).filter((e) => e.replacementSpan !== undefined)).toEqual([]);
  });

  test('in `const { AUTH_URL, } = process.env`: every name not destructured yet', async () => {
    const result = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, 'AUTH_URL, ', 10)) as [number, number]);
    expect(names(result.entries)).toEqual(allNames.filter((n) => n !== 'AUTH_URL'));
  });

  test("after `env.` where `env` comes from 'node:process'", async () => {
    const result = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, 'env.;', 4)) as [number, number], '.');
    expect(names(result.entries)).toEqual(allNames);
  });

  test("in a 'use client' module: NEXT_PUBLIC_ names sort first, secrets are unsafe, server-only names undefined", async () => {
    const result = await tsserver.completions(clientFile, ...Object.values(at(clientText, 'process.env.;', 12)) as [number, number], '.');
    const byName = new Map((result.entries as ProtocolEntry[]).map((e) => [e.name, e]));
    expect(byName.get('NEXT_PUBLIC_FLUX_URL')).toMatchObject({ sortText: '10', labelDetails: { description: 'Browser-exposed Service URL.' } });
    expect(byName.get('FLUX_GATEWAY_JWT_SECRET')).toMatchObject({ sortText: '12', labelDetails: { description: 'secret · unsafe in client code' } });
    expect(byName.get('FLUX_URL')).toMatchObject({ sortText: '11', labelDetails: { description: 'server-only · undefined in client code' } });
  });

  test("elsewhere (`Math.`) TypeScript's entries only", async () => {
    const result = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, 'Math.;', 5)) as [number, number], '.');
    expect(names(result.entries)).toContain('abs');
    expect(names(result.entries)).not.toContain('FLUX_URL');
  });

  test('entry details: the same docs as the hover, a @deprecated tag on an alias', async () => {
    const [details] = await tsserver.completionDetails(
      completionsFile,
      ...(Object.values(at(completionsText, 'process.env.;', 12)) as [number, number]),
      ['FLUX_SERVICE_URL'],
    );
    expect(details.kindModifiers).toBe('deprecated');
    expect(details.displayParts.map((p: { text: string }) => p.text).join('')).toBe('(environment variable) FLUX_SERVICE_URL');
    expect(details.documentation.map((p: { text: string }) => p.text).join('')).toBe(renderVariableDocs('FLUX_SERVICE_URL'));
    // The catalog's rename message: the text of ESLint's fix for the same alias.
    expect(details.tags).toEqual([{ name: 'deprecated', text: 'Rename `FLUX_SERVICE_URL` to `FLUX_URL`.' }]);
  });
});

describe('diagnostics and code fixes', () => {
  test("semantic: TypeScript's own error, then the catalog's errors with source flux-env", async () => {
    const diagnostics = await tsserver.semanticDiagnostics(serverFile);
    expect(diagnostics).toEqual([
      {
        start: { line: 18, offset: 14 },
        end: { line: 18, offset: 24 },
        text: "Type 'string' is not assignable to type 'number'.",
        code: 2322,
        category: 'error',
      },
      {
        start: { line: 12, offset: 36 },
        end: { line: 12, offset: 59 },
        text: '`NEXT_PUBLIC_AUTH_SECRET` exposes the secret `AUTH_SECRET` to the browser: Next.js inlines every `NEXT_PUBLIC_` variable into the client bundle. Keep `AUTH_SECRET` server-only and use it in a route handler or server action (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
        code: FINDING_KINDS.publicSecret.code,
        category: 'error',
        source: 'flux-env',
      },
      {
        start: { line: 17, offset: 13 },
        end: { line: 17, offset: 41 },
        text: 'Setting `NODE_TLS_REJECT_UNAUTHORIZED` to "0" turns off TLS certificate checks for every HTTPS connection this process makes, not just the call to Flux. Trust a private CA with `NODE_EXTRA_CA_CERTS`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: 5. TLS and runtime).',
        code: FINDING_KINDS.tlsVerificationDisabled.code,
        category: 'error',
        source: 'flux-env',
      },
    ]);
  });

  test('suggestions: legacy aliases with reportsDeprecated; a migration fallback and a shadowed `process` are not reported', async () => {
    const diagnostics = await tsserver.suggestionDiagnostics(serverFile);
    expect(diagnostics).toEqual([
      {
        start: { line: 5, offset: 38 },
        end: { line: 5, offset: 54 },
        text: '`FLUX_SERVICE_URL` is a legacy alias of `FLUX_URL`: FLUX_URL is the name printed by flux create and the canonical form going forward. Use `FLUX_URL` (Flux docs: 1. Wiring your app to a Flux project).',
        code: FINDING_KINDS.legacyAlias.code,
        category: 'suggestion',
        reportsDeprecated: true,
        source: 'flux-env',
      },
      {
        start: { line: 8, offset: 22 },
        end: { line: 8, offset: 34 },
        text: '`NEXTAUTH_URL` is a legacy alias of `AUTH_URL`: Auth.js v5 reads AUTH_URL; either name works. Use `AUTH_URL` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
        code: FINDING_KINDS.legacyAlias.code,
        category: 'suggestion',
        reportsDeprecated: true,
        source: 'flux-env',
      },
    ]);
  });

  test('code fixes rename a legacy alias; a shorthand destructuring keeps its local name', async () => {
    const [member, shorthand] = await tsserver.suggestionDiagnostics(serverFile);
    expect(await tsserver.codeFixes(serverFile, member, [member.code])).toEqual([
      {
        fixName: 'flux-env:renameToCanonical',
        description: 'Rename `FLUX_SERVICE_URL` to `FLUX_URL`.',
        changes: [
          {
            fileName: serverFile,
            textChanges: [{ start: { line: 5, offset: 38 }, end: { line: 5, offset: 54 }, newText: 'FLUX_URL' }],
          },
        ],
      },
    ]);
    expect(await tsserver.codeFixes(serverFile, shorthand, [shorthand.code])).toEqual([
      {
        fixName: 'flux-env:renameToCanonical',
        description: 'Rename `NEXTAUTH_URL` to `AUTH_URL`.',
        changes: [
          {
            fileName: serverFile,
            textChanges: [{ start: { line: 8, offset: 22 }, end: { line: 8, offset: 34 }, newText: 'AUTH_URL: NEXTAUTH_URL' }],
          },
        ],
      },
    ]);
  });

  test('the codes are registered so that editors ask for fixes', async () => {
    const supported: string[] = await tsserver.supportedCodeFixes(serverFile);
    for (const kind of Object.values(FINDING_KINDS)) expect(supported).toContain(String(kind.code));
    expect(supported).toContain('2322');
  });
});

interface ProtocolDiagnostic {
  start: { line: number; offset: number };
  end: { line: number; offset: number };
  text: string;
  code: number;
  category: string;
  source?: string;
}

/** The plugin's diagnostics of a file, both channels (semantic, suggestion). */
async function fluxDiagnostics(file: string): Promise<ProtocolDiagnostic[]> {
  const all: ProtocolDiagnostic[] = [...(await tsserver.semanticDiagnostics(file)), ...(await tsserver.suggestionDiagnostics(file))];
  return all.filter((d) => d.source === 'flux-env');
}

/** The one plugin diagnostic of `file` that starts at `needle` (+`shift`). */
async function diagnosticAt(file: string, needle: string, shift = 0): Promise<ProtocolDiagnostic[]> {
  const start = at(read(file), needle, shift);
  return (await fluxDiagnostics(file)).filter((d) => d.start.line === start.line && d.start.offset === start.offset);
}

describe('diagnostics: the findings of the ESLint rules, at the same places', () => {
  test("a secret read in a 'use client' module", async () => {
    expect(await diagnosticAt(findingsClientFile, 'FLUX_GATEWAY_JWT_SECRET')).toEqual([
      {
        start: { line: 3, offset: 35 },
        end: { line: 3, offset: 58 },
        text: '`FLUX_GATEWAY_JWT_SECRET` is a secret, read here in client code: it must never reach the browser bundle. Mint or use it in a route handler or server action, and send the client only the result (Flux docs: 1. Wiring your app to a Flux project).',
        code: FINDING_KINDS.secretInClient.code,
        category: 'error',
        source: 'flux-env',
      },
    ]);
  });

  test("a server-only name in a 'use client' module, with the fix to its public twin", async () => {
    const [diagnostic] = await diagnosticAt(findingsClientFile, 'FLUX_URL;');
    expect(diagnostic).toEqual({
      start: { line: 4, offset: 38 },
      end: { line: 4, offset: 46 },
      text: '`FLUX_URL` is server-only, so in client code it is `undefined` in the browser: Next.js inlines only `NEXT_PUBLIC_*` variables into the client bundle. Read its public twin `NEXT_PUBLIC_FLUX_URL` here (Flux docs: 1. Wiring your app to a Flux project).',
      code: FINDING_KINDS.serverOnlyInClient.code,
      category: 'error',
      source: 'flux-env',
    });
    expect(await tsserver.codeFixes(findingsClientFile, diagnostic!, [diagnostic!.code])).toEqual([
      {
        fixName: 'flux-env:readInstead',
        description: 'Read `NEXT_PUBLIC_FLUX_URL` instead of `FLUX_URL`.',
        changes: [
          {
            fileName: findingsClientFile,
            textChanges: [{ start: { line: 4, offset: 38 }, end: { line: 4, offset: 46 }, newText: 'NEXT_PUBLIC_FLUX_URL' }],
          },
        ],
      },
    ]);
  });

  test('a browser-exposed name read through destructuring in client code is not inlined', async () => {
    expect((await diagnosticAt(findingsClientFile, 'NEXT_PUBLIC_FLUX_URL }')).map((d) => [d.code, d.end, d.text])).toEqual([
      [
        FINDING_KINDS.publicNotInlined.code,
        { line: 5, offset: 36 },
        '`NEXT_PUBLIC_FLUX_URL` is read through destructuring in client code, but Next.js inlines only direct `process.env.NEXT_PUBLIC_FLUX_URL` reads into the browser bundle: here it is `undefined` in the browser. Read it as `process.env.NEXT_PUBLIC_FLUX_URL` (Flux docs: 1. Wiring your app to a Flux project).',
      ],
    ]);
    // The direct read on the next line is inlined: nothing to report there.
    expect(await diagnosticAt(findingsClientFile, 'NEXT_PUBLIC_FLUX_URL;')).toEqual([]);
  });

  test('a secret fallback literal: the span is the literal, the value masked', async () => {
    expect(await diagnosticAt(findingsServerFile, "'placeholder'")).toEqual([
      {
        start: { line: 5, offset: 52 },
        end: { line: 5, offset: 65 },
        text: '`FLUX_API_TOKEN` is a secret, but this read falls back to a literal (a hidden value of 11 characters) when it is unset: that literal is a hard-coded secret in your source, and the app silently runs with it. Remove the fallback and fail when `FLUX_API_TOKEN` is missing (Flux docs: 3. Driving the CLI).',
        code: FINDING_KINDS.secretFallback.code,
        category: 'error',
        source: 'flux-env',
      },
    ]);
    // A destructuring default is a fallback too.
    expect((await diagnosticAt(findingsServerFile, "'dev-only'")).map((d) => [d.code, d.end])).toEqual([
      [FINDING_KINDS.secretFallback.code, { line: 6, offset: 47 }],
    ]);
  });

  test('a look-alike mix-up: the control plane URL used as the base of a project-data request', async () => {
    expect(await diagnosticAt(findingsServerFile, 'FLUX_API_BASE}/notes')).toEqual([
      {
        start: { line: 10, offset: 43 },
        end: { line: 10, offset: 56 },
        text: '`FLUX_API_BASE` is the control plane API the CLI calls, but this URL appends the project-data path `/notes?select=*` to it: that request yields a 404. Project data lives at your project\'s Service URL, `FLUX_URL` (Flux docs: Names that look alike).',
        code: FINDING_KINDS.apiBaseForProjectData.code,
        category: 'warning',
        source: 'flux-env',
      },
    ]);
  });

  test('a look-alike mix-up through a `const`: AUTH_SECRET as the key of a jsonwebtoken signature', async () => {
    expect((await diagnosticAt(findingsServerFile, 'AUTH_SECRET!')).map((d) => [d.code, d.text])).toEqual([
      [
        FINDING_KINDS.authSecretSignsFluxJwt.code,
        "`AUTH_SECRET` signs your app's Auth.js session cookie, but here it signs a JWT with `jsonwebtoken`: the Flux gateway accepts bearer JWTs signed with `FLUX_GATEWAY_JWT_SECRET` only. Sign Flux tokens with `FLUX_GATEWAY_JWT_SECRET`, and keep the two secrets independent (Flux docs: Names that look alike).",
      ],
    ]);
  });

  test('an invalid value: the span is the value written, and an invalid fallback literal', async () => {
    expect(await diagnosticAt(findingsServerFile, "'dedicated'")).toEqual([
      {
        start: { line: 8, offset: 33 },
        end: { line: 8, offset: 44 },
        text: '`FLUX_DEFAULT_MODE` is set to "dedicated", which is not one of `v1_dedicated`, `v2_shared`. Expected: v1_dedicated or v2_shared (Flux docs: 3. Driving the CLI).',
        code: FINDING_KINDS.invalidValue.code,
        category: 'warning',
        source: 'flux-env',
      },
    ]);
    expect((await diagnosticAt(findingsServerFile, "'v3_turbo'")).map((d) => [d.code, d.end, d.text])).toEqual([
      [
        FINDING_KINDS.invalidValue.code,
        { line: 7, offset: 64 },
        '`FLUX_DEFAULT_MODE` falls back to "v3_turbo", which is not one of `v1_dedicated`, `v2_shared`. Expected: v1_dedicated or v2_shared (Flux docs: 3. Driving the CLI).',
      ],
    ]);
  });

  test('next.config: a secret read into `env` and a secret key of `publicRuntimeConfig`, each on its key, no fix', async () => {
    const diagnostics = await fluxDiagnostics(nextConfigFile);
    expect(diagnostics).toEqual([
      {
        start: { line: 4, offset: 10 },
        end: { line: 4, offset: 21 },
        text: '`env.AUTH_SECRET` in next.config puts the secret `AUTH_SECRET` into the browser bundle: Next.js inlines every key of `env` into client code. Read `AUTH_SECRET` from `process.env` in server-only code instead (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
        code: FINDING_KINDS.secretInNextConfig.code,
        category: 'error',
        source: 'flux-env',
      },
      {
        start: { line: 5, offset: 27 },
        end: { line: 5, offset: 43 },
        text: '`publicRuntimeConfig.FLUX_API_TOKEN` in next.config puts the secret `FLUX_API_TOKEN` into the browser bundle: Next.js inlines every key of `publicRuntimeConfig` into client code. Read `FLUX_API_TOKEN` from `process.env` in server-only code instead (Flux docs: 3. Driving the CLI).',
        code: FINDING_KINDS.secretInNextConfig.code,
        category: 'error',
        source: 'flux-env',
      },
    ]);
    expect(FINDING_KINDS.secretInNextConfig.code).toBe(91002);
    expect(await tsserver.codeFixes(nextConfigFile, diagnostics[0]!, [diagnostics[0]!.code])).toEqual([]);
  });

  /** ESLint's `Linter` with the built plugin's `strict` code block and typescript-eslint's parser. */
  function eslintFindings(file: string): string[] {
    const linter = new Linter();
    const strict = flux.configs.strict[0]!;
    const messages = linter.verify(read(file), [strict, { files: ['**/*.ts'], languageOptions: { parser: tsParser } }], file);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    return messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`).sort();
  }

  test.each([
    ['findings-client.ts', findingsClientFile, 5],
    ['findings-server.ts', findingsServerFile, 13],
    ['server.ts', serverFile, 4],
    ['next.config.ts', nextConfigFile, 2],
  ] as const)('%s: the same (message, line, column) set as ESLint with the strict config', async (_name, file, count) => {
    const ours = (await fluxDiagnostics(file))
      .map((d) => `${d.start.line}:${d.start.offset}-${d.end.line}:${d.end.offset} ${d.text}`)
      .sort();
    const theirs = eslintFindings(file);
    expect(ours).toHaveLength(count);
    expect(ours).toEqual(theirs);
  });
});

describe('options through configurePlugin, and failures', () => {
  test('diagnostics: false turns the findings off and leaves TypeScript\'s', async () => {
    await tsserver.configurePlugin('@flux-env/ts-plugin', { diagnostics: false });
    try {
      expect((await tsserver.semanticDiagnostics(serverFile)).map((d: { code: number }) => d.code)).toEqual([2322]);
      expect(await tsserver.suggestionDiagnostics(serverFile)).toEqual([]);
    } finally {
      await tsserver.configurePlugin('@flux-env/ts-plugin', {});
    }
    expect((await tsserver.suggestionDiagnostics(serverFile)).length).toBe(2);
  });

  test("an error thrown inside the plugin leaves TypeScript's answers intact and is logged", async () => {
    await tsserver.configurePlugin('@flux-env/ts-plugin', {
      throwOnPurpose: ['hover', 'completions', 'completionDetails', 'diagnostics', 'codeFixes'],
    });
    try {
      const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, 'FLUX_URL;', 1)) as [number, number]);
      expect(info).toMatchObject({ displayString: 'string | undefined', documentation: '' });
      const completions = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, 'Math.;', 5)) as [number, number], '.');
      expect(names(completions.entries)).toContain('abs');
      const member = await tsserver.completions(completionsFile, ...Object.values(at(completionsText, 'process.env.;', 12)) as [number, number], '.');
      expect(names(member.entries)).not.toContain('FLUX_URL');
      expect((await tsserver.semanticDiagnostics(serverFile)).map((d: { code: number }) => d.code)).toEqual([2322]);
      expect(await tsserver.suggestionDiagnostics(serverFile)).toEqual([]);
    } finally {
      await tsserver.configurePlugin('@flux-env/ts-plugin', {});
    }
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain(
      `[flux-env] hover failed at ${serverFile}:4:40: throwOnPurpose: hover failed on purpose; returning TypeScript's own answer`,
    );
    expect(log).toContain(`[flux-env] diagnostics failed at ${serverFile}: throwOnPurpose: diagnostics failed on purpose; returning TypeScript's own answer`);
    // Back to normal once the option is gone.
    const info = await tsserver.quickInfo(serverFile, ...Object.values(at(serverText, 'FLUX_URL;', 1)) as [number, number]);
    expect(info.documentation).toBe(renderVariableDocs('FLUX_URL'));
  });

  test('a wrong option from the editor is reported in the log, not thrown', async () => {
    await tsserver.configurePlugin('@flux-env/ts-plugin', { diagnostics: 'yes' });
    await tsserver.configurePlugin('@flux-env/ts-plugin', {});
    expect(readFileSync(logFile, 'utf8')).toContain(
      `[flux-env] the editor's configurePlugin request for ${path.join(project, 'tsconfig.json')}: option "diagnostics" of @flux-env/ts-plugin must be true or false, got "yes"; using true`,
    );
  });
});

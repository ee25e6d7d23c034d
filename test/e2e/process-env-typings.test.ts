/**
 * The generated typings `@flux-env/catalog/process-env` in the real tsserver, WITHOUT the plugin (what TypeScript 7
 * and editors that load no tsserver plugin get): hovers show the catalog docs, aliases are deprecated.
 * The fixture finds the package through `test/node_modules/@flux-env/catalog` (its `exports` map).
 */
import path from 'node:path';
import { renderVariableDocs } from '@flux-env/catalog';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPO_ROOT, TsServer, locate, read } from './tsserver-client.mjs';

const file = path.join(REPO_ROOT, 'test/fixtures/typings-project/src/index.ts');
const text = read(file);
let tsserver: TsServer;

beforeAll(async () => {
  tsserver = TsServer.start();
  await tsserver.open(file);
});

afterAll(async () => {
  await tsserver?.stop();
});

test('hover: the typed property with the catalog docs as its JSDoc', async () => {
  const { line, offset } = locate(text, 'FLUX_URL;', { shift: 1 });
  const info = await tsserver.quickInfo(file, line, offset);
  expect(info.displayString).toBe('(property) NodeJS.ProcessEnv.FLUX_URL?: string | undefined');
  expect(info.documentation).toBe(renderVariableDocs('FLUX_URL'));
});

test('a legacy alias: @deprecated tag and a deprecation suggestion from TypeScript itself', async () => {
  const { line, offset } = locate(text, 'FLUX_SERVICE_URL', { shift: 1 });
  const info = await tsserver.quickInfo(file, line, offset);
  expect(info.kindModifiers).toBe('deprecated,declare,optional');
  expect(info.tags).toEqual([
    {
      name: 'deprecated',
      text: 'Use `FLUX_URL`: `FLUX_URL` is the name printed by flux create and the canonical form going forward.',
    },
  ]);
  const suggestions = await tsserver.suggestionDiagnostics(file);
  expect(suggestions.map((d: { code: number; reportsDeprecated?: unknown; start: unknown }) => [d.code, d.reportsDeprecated, d.start])).toEqual([
    [6385, true, { line: 2, offset: 35 }],
  ]);
});

test('completions after `process.env.`: every name, aliases struck through', async () => {
  const { line, offset } = locate(text, 'process.env.;', { shift: 12 });
  const result = await tsserver.completions(file, line, offset, '.');
  const alias = result.entries.find((e: { name: string }) => e.name === 'FLUX_SERVICE_URL');
  expect(alias.kindModifiers).toBe('deprecated,declare,optional');
  expect(result.entries.find((e: { name: string }) => e.name === 'FLUX_URL').kindModifiers).toBe('declare,optional');
});

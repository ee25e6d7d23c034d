// End to end: `eslint --cache` never replays results computed under another catalog, and
// `eslint --concurrency 2` finds exactly what a single-threaded run finds.
//
// How the cache test works. ESLint keys each cached result on a hash of (ESLint version, Node version, the
// file's computed config). The plugin's configs carry `settings['@flux-env'].catalogHash`, so a different
// catalog gives a different key. To change the catalog without changing anything else (same files, same
// config file, same plugin version), the "after" runs load `fixtures/cache/change-catalog.cjs` with
// `node --require`: it marks FLUX_DEBUG as sensitive in the catalog data before the plugin reads it, as a
// newer catalog release would. `debug.js` reads `process.env.NEXT_PUBLIC_FLUX_DEBUG`, which is fine under the
// old catalog and a `no-public-secret` error under the new one. Evidence that the file was (or was not)
// linted again comes from ESLint's own `--debug` log ("Cache entry not found or no longer valid" vs
// "Skipping file since it hasn't changed") and from the results themselves. A control run with a config
// whose catalog hash was taken out shows the cache replaying the stale, finding-free result: the test can
// tell a working hash from a missing one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the corpus generator is a plain ES module without type declarations.
import { generateCorpus } from '../bench/corpus.mjs';
import { eslint, runNode, tempProject, testPackageDir, type TempProject } from './support/projects.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; message: string; severity: number }[];
}

const cacheFixture = path.join(testPackageDir, 'fixtures', 'cache');
const changeCatalog = ['--require', path.join(cacheFixture, 'change-catalog.cjs')];
const debugFile = path.join(cacheFixture, 'debug.js');
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'FORCE_COLOR' && key !== 'DEBUG'));

/** `rule line:column` of every message of every result. */
const findings = (stdout: string) => (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`));

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'flux-env-cache-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('catalog hash in settings', () => {
  it('is the same in every process, is in every block of the shipped configs, and changes with the catalog', () => {
    const script = `
      const { catalogHash } = require('@flux-env/catalog');
      import('@flux-env/eslint-plugin').then(async ({ default: flux }) => {
        const { defineConfig } = await import('eslint/config');
        const blocks = [...defineConfig([flux.configs.recommended]), ...defineConfig([flux.configs.strict])];
        const inBlocks = [...new Set(blocks.map((b) => b.settings?.['@flux-env']?.catalogHash ?? 'missing'))];
        console.log(JSON.stringify({ hash: catalogHash(), inBlocks }));
      });`;
    const probe = (nodeArgs: string[] = []) => {
      const run = runNode('-e', [script], cacheFixture, { env }, nodeArgs);
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { hash: string; inBlocks: string[] };
    };
    const first = probe();
    const second = probe();
    const changed = probe(changeCatalog);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toEqual(first);
    expect(first.inBlocks).toEqual([first.hash]);
    expect(changed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(changed.hash).not.toBe(first.hash);
    expect(changed.inBlocks).toEqual([changed.hash]);
  });
});

describe('eslint --cache and a changed catalog', () => {
  const lint = (cacheFile: string, extra: string[], nodeArgs: string[] = []) =>
    eslint(cacheFixture, ['debug.js', '--format', 'json', '--cache', '--cache-location', cacheFile, '--debug', ...extra], { env }, nodeArgs);
  const missed = `Cache entry not found or no longer valid: ${debugFile}`;
  const hit = `Skipping file since it hasn't changed: ${debugFile}`;

  it('re-lints a file when the catalog changed, and reports the finding the new catalog gives', () => {
    const cacheFile = path.join(tmp, 'with-hash', '.eslintcache');
    const fresh = eslint(cacheFixture, ['debug.js', '--format', 'json'], { env }, changeCatalog);
    expect(findings(fresh.stdout)).toEqual(['@flux-env/no-public-secret 2:34']);

    const before = lint(cacheFile, []);
    expect(before.stderr).toContain(missed);
    expect(findings(before.stdout)).toEqual([]);
    expect(before.status).toBe(0);

    const again = lint(cacheFile, []);
    expect(again.stderr).toContain(hit);
    expect(findings(again.stdout)).toEqual([]);

    const after = lint(cacheFile, [], changeCatalog);
    expect(after.stderr).toContain(missed);
    expect(after.stderr).not.toContain(hit);
    expect(findings(after.stdout)).toEqual(['@flux-env/no-public-secret 2:34']);
    expect(after.status).toBe(1);

    const afterAgain = lint(cacheFile, [], changeCatalog);
    expect(afterAgain.stderr).toContain(hit);
    expect(findings(afterAgain.stdout)).toEqual(['@flux-env/no-public-secret 2:34']);
    expect(afterAgain.status).toBe(1);
  });

  it('control: without the catalog hash in settings, the cache hides the new finding', () => {
    const cacheFile = path.join(tmp, 'without-hash', '.eslintcache');
    const config = ['--config', 'eslint.no-catalog-hash.config.mjs'];
    expect(findings(lint(cacheFile, config).stdout)).toEqual([]);
    const after = lint(cacheFile, config, changeCatalog);
    expect(after.stderr).toContain(hit);
    expect(findings(after.stdout)).toEqual([]);
    expect(after.status).toBe(0);
  });
});

describe('eslint --concurrency 2', () => {
  let project: TempProject;
  let corpus: { files: number; codeFiles: number };
  beforeAll(() => {
    project = tempProject('flux-env-threads', ['eslint', '@flux-env/eslint-plugin', '@typescript-eslint/parser'], {
      'eslint.config.mjs': `import flux from '@flux-env/eslint-plugin';
import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';

export default defineConfig([
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  flux.configs.recommended,
]);
`,
    });
    corpus = generateCorpus(path.join(project.dir, 'corpus'), { files: 80, seed: 7 }) as { files: number; codeFiles: number };
  });
  afterAll(() => project?.remove());

  /** Every finding, as `file rule line:column-endLine:endColumn message`, sorted. */
  const normalise = (stdout: string) =>
    (JSON.parse(stdout) as JsonResult[])
      .flatMap((r) => r.messages.map((m) => `${path.relative(project.dir, r.filePath)} ${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.message}`))
      .sort();

  it('finds exactly what a single-threaded run finds, on more files than workers', () => {
    const single = eslint(project.dir, ['corpus', '--format', 'json', '--concurrency', 'off', '--debug'], { env });
    const threaded = eslint(project.dir, ['corpus', '--format', 'json', '--concurrency', '2', '--debug'], { env });
    expect(single.stderr).toContain('Linting in single-thread mode.');
    expect(threaded.stderr).toContain('Linting using 2 worker thread(s).');
    const singleResults = JSON.parse(single.stdout) as JsonResult[];
    // Every code file (and whatever `.env`/JSON files the config lints too), many more than 2 workers.
    expect(singleResults.length).toBeGreaterThanOrEqual(corpus.codeFiles);
    expect(corpus.codeFiles).toBeGreaterThan(2 * 10);
    const expected = normalise(single.stdout);
    // The corpus has mistakes for several rules, so equal output means something.
    expect(new Set(expected.map((line) => line.split(' ')[1])).size).toBeGreaterThanOrEqual(3);
    expect(normalise(threaded.stdout)).toEqual(expected);
    expect(threaded.status).toBe(single.status);
  });
});

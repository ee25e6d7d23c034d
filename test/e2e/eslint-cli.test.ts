// End to end: the real `eslint` CLI with the built plugin on the example app and on bad input.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const exampleApp = path.join(here, '..', 'example-app');
const badInput = path.join(here, '..', 'fixtures', 'bad-input');
const require = createRequire(import.meta.url);
const binOf = (pkg: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', 'eslint.js');
const eslintBin = binOf('eslint');
/** ESLint 10 (first) and ESLint 9 (must work too). */
const eslintVersions = [
  ['10', eslintBin],
  ['9', binOf('eslint-v9')],
] as const;

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; severity: number; fatal?: boolean }[];
}

/** Runs the eslint CLI in `cwd`; returns its exit code, stdout and stderr. */
function eslint(cwd: string, args: string[], bin: string = eslintBin) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `rule file:line` for every message, sorted. */
function findings(cwd: string, results: JsonResult[]): string[] {
  return results
    .flatMap((r) => r.messages.map((m) => `${m.ruleId} ${path.relative(cwd, r.filePath).split(path.sep).join('/')}:${m.line}:${m.column}`))
    .sort();
}

describe('eslint CLI on the example app', () => {
  it.each(eslintVersions)('reports exactly the mistakes of the example app (ESLint %s)', (_version, bin) => {
    const run = eslint(exampleApp, ['.', '--format', 'json'], bin);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings(exampleApp, JSON.parse(run.stdout) as JsonResult[])).toEqual([
      '@flux-env/no-cli-ignored-key .env:9:1',
      '@flux-env/no-duplicate-key .env:12:1',
      '@flux-env/no-invalid-line .env.local:8:1',
      '@flux-env/no-lookalike-mixup lib/control-plane.ts:12:93',
      '@flux-env/no-lookalike-mixup lib/control-plane.ts:4:53',
      '@flux-env/no-lookalike-mixup lib/session.ts:12:48',
      '@flux-env/no-mismatched-public-twin .env:4:10',
      '@flux-env/no-public-secret .env.local:6:1',
      '@flux-env/no-public-secret app/notes/notes-list.tsx:9:32',
      '@flux-env/no-public-secret next.config.mjs:7:5',
      '@flux-env/no-secret-fallback lib/session.ts:5:57',
      '@flux-env/no-server-env-in-client app/notes/note-editor.tsx:6:32',
      '@flux-env/no-server-env-in-client app/notes/note-editor.tsx:9:9',
      '@flux-env/no-shared-secret-value .env.local:4:25',
      '@flux-env/no-tls-reject-unauthorized app/api/token/route.ts:6:15',
      '@flux-env/no-tls-reject-unauthorized package.json:9:27',
      '@flux-env/no-unknown-variable lib/control-plane.ts:15:36',
      '@flux-env/prefer-canonical-name auth.ts:11:29',
      '@flux-env/prefer-canonical-name auth.ts:12:33',
      '@flux-env/prefer-canonical-name package.json:10:15',
      '@flux-env/prefer-canonical-name scripts/smoke.mjs:5:18',
      '@flux-env/valid-value .env:6:15',
      '@flux-env/valid-value .env:7:19',
      '@flux-env/valid-value scripts/cli-env.mjs:4:31',
      '@flux-env/valid-value scripts/cli-env.mjs:7:26',
    ]);
  });

  it('prints rule ids and messages in the default formatter', () => {
    const run = eslint(exampleApp, ['app/notes/notes-list.tsx']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '9:32  error  `NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET` exposes the secret `FLUX_GATEWAY_JWT_SECRET` to the browser: Next.js inlines every `NEXT_PUBLIC_` variable into the client bundle. Keep `FLUX_GATEWAY_JWT_SECRET` server-only and use it in a route handler or server action (Flux docs: 1. Wiring your app to a Flux project)  @flux-env/no-public-secret',
    );
  });
});

describe('eslint CLI on bad input', () => {
  it('gives a file that does not parse ESLint’s parse error, not a rule crash', () => {
    const run = eslint(badInput, ['broken.js', '--format', 'json']);
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result!.messages).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, line: 2, message: 'Parsing error: Unexpected token ;' }),
    ]);
  });

  it('names the wrong option in a schema error', () => {
    const run = eslint(badInput, ['ok.js', '--rule', '{"@flux-env/prefer-canonical-name": ["error", {"autofx": true}]}']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Key "@flux-env/prefer-canonical-name":');
    expect(run.stderr).toContain('Unexpected property "autofx". Expected properties: "autofix".');
  });

  it('never prints a secret value in a message', () => {
    const secretValue = 'placeholder-secret-value-0123456789';
    const stylish = eslint(badInput, ['secrets.js']);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('no-public-secret');
    expect(stylish.stdout).not.toContain(secretValue);
    // The json formatters echo the file's source by design; our messages must not carry the value.
    const json = eslint(badInput, ['secrets.js', '--format', 'json']);
    const messages = (JSON.parse(json.stdout) as JsonResult[]).flatMap((r) => r.messages);
    expect(messages.map((m) => m.ruleId)).toEqual(['@flux-env/no-public-secret', '@flux-env/no-tls-reject-unauthorized']);
    for (const m of messages) expect(m.message).not.toContain(secretValue);
  });
});

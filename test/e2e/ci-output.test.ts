// End to end: what a CI lint step sees. Exit codes (errors fail, warnings fail only under --max-warnings),
// the `stylish` and `json` formatters, and SARIF 2.1.0 for code scanning (valid against the schema, with
// rule ids, help URIs and locations, and never a secret's value).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { eslint as runEslint, installedPackageDir, testPackageDir } from './support/projects.js';

const fixture = path.join(testPackageDir, 'fixtures', 'ci');
/** A plain environment: no FORCE_COLOR from the test runner, no SARIF file embedding. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'FORCE_COLOR' && !key.startsWith('SARIF_ESLINT_')),
);
const eslint = (args: string[]) => runEslint(fixture, args, { env });

const docsUrl = (rule: string) => `https://github.com/flux-env/flux-env/blob/main/packages/eslint-plugin/docs/rules/${rule}.md`;
/** The placeholder "secret" that `errors.js` uses as a fallback literal. */
const secretValue = 'placeholder-fallback-value-0123456789';

const publicSecretMessage =
  '`NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET` exposes the secret `FLUX_GATEWAY_JWT_SECRET` to the browser: Next.js inlines every `NEXT_PUBLIC_` variable into the client bundle. Keep `FLUX_GATEWAY_JWT_SECRET` server-only and use it in a route handler or server action (Flux docs: 1. Wiring your app to a Flux project).';
const fallbackMessage =
  '`AUTH_SECRET` is a secret, but this read falls back to a literal (a hidden value of 37 characters) when it is unset: that literal is a hard-coded secret in your source, and the app silently runs with it. Remove the fallback and fail when `AUTH_SECRET` is missing (Flux docs: 2. Auth wiring (Auth.js, Clerk)).';
const aliasMessage =
  '`FLUX_SERVICE_URL` is a legacy alias of `FLUX_URL`: FLUX_URL is the name printed by flux create and the canonical form going forward. Use `FLUX_URL` (Flux docs: 1. Wiring your app to a Flux project).';

describe('exit codes', () => {
  it('fails on errors', () => {
    const run = eslint(['errors.js']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('passes on warnings only, and fails on them under --max-warnings 0', () => {
    expect(eslint(['warnings.js']).status).toBe(0);
    const strict = eslint(['warnings.js', '--max-warnings', '0']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe('ESLint found too many warnings (maximum: 0).\n');
    expect(eslint(['warnings.js', '--max-warnings', '1']).status).toBe(0);
  });

  it('passes on a clean file, also under --max-warnings 0', () => {
    const run = eslint(['clean.js', '--max-warnings', '0']);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe('formatters', () => {
  it('stylish: one line per finding with position, severity, message and rule id', () => {
    const run = eslint(['errors.js', 'warnings.js']);
    expect(run.stdout.split('\n')).toEqual([
      '',
      path.join(fixture, 'errors.js'),
      `  2:42  error  ${publicSecretMessage.slice(0, -1)}  @flux-env/no-public-secret`,
      `  3:54  error  ${fallbackMessage.slice(0, -1)}   @flux-env/no-secret-fallback`,
      '',
      path.join(fixture, 'warnings.js'),
      `  2:39  warning  ${aliasMessage.slice(0, -1)}  @flux-env/prefer-canonical-name`,
      '',
      '✖ 3 problems (2 errors, 1 warning)',
      '',
      '',
    ]);
    expect(run.stdout).not.toContain(secretValue);
  });

  it('json: rule id, severity, message and exact range of every finding', () => {
    const run = eslint(['errors.js', 'warnings.js', '--format', 'json']);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: Record<string, unknown>[]; errorCount: number; warningCount: number }[];
    const pick = ({ ruleId, severity, message, line, column, endLine, endColumn }: Record<string, unknown>) => ({ ruleId, severity, message, line, column, endLine, endColumn });
    expect(results.map((r) => [path.basename(r.filePath), r.errorCount, r.warningCount, r.messages.map(pick)])).toEqual([
      [
        'errors.js',
        2,
        0,
        [
          { ruleId: '@flux-env/no-public-secret', severity: 2, message: publicSecretMessage, line: 2, column: 42, endLine: 2, endColumn: 77 },
          { ruleId: '@flux-env/no-secret-fallback', severity: 2, message: fallbackMessage, line: 3, column: 54, endLine: 3, endColumn: 93 },
        ],
      ],
      ['warnings.js', 0, 1, [{ ruleId: '@flux-env/prefer-canonical-name', severity: 1, message: aliasMessage, line: 2, column: 39, endLine: 2, endColumn: 55 }]],
    ]);
    // The json formatter echoes the file's source by design; our messages never carry the value.
    for (const r of results) for (const m of r.messages) expect(JSON.stringify(m)).not.toContain(secretValue);
  });
});

describe('SARIF for code scanning (@microsoft/eslint-formatter-sarif)', () => {
  /** The SARIF 2.1.0 (rtm.5) JSON schema, as shipped by `@microsoft/jest-sarif` (microsoft/sarif-js-sdk); the formatter declares this `$schema`. */
  const schema = JSON.parse(
    fs.readFileSync(path.join(installedPackageDir('@microsoft/jest-sarif'), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>;

  const run = eslint(['errors.js', 'warnings.js', 'clean.js', '--format', '@microsoft/eslint-formatter-sarif']);
  const log = JSON.parse(run.stdout) as {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
      results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
    }[];
  };

  it('exits like the other formatters', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  // `unicodeRegExp: false`: the rtm.5 schema's `language` pattern has a stray `]` that only the `u` flag rejects.
  it('is valid SARIF 2.1.0', () => {
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0-rtm.5 JSON Schema');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('http://json.schemastore.org/sarif-2.1.0-rtm.5');
  });

  it('the schema check catches a broken log (so the check above means something)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const broken = structuredClone(log);
    (broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as Record<string, unknown>).startLine = 0;
    expect(validate(broken)).toBe(false);
  });

  it('carries each rule id with its documentation URL (meta.docs.url)', () => {
    expect(log.runs[0]!.tool.driver.rules.map(({ id, helpUri }) => ({ id, helpUri }))).toEqual([
      { id: '@flux-env/no-public-secret', helpUri: docsUrl('no-public-secret') },
      { id: '@flux-env/no-secret-fallback', helpUri: docsUrl('no-secret-fallback') },
      { id: '@flux-env/prefer-canonical-name', helpUri: docsUrl('prefer-canonical-name') },
    ]);
  });

  it('carries every finding with its level, message and location', () => {
    const uri = (file: string) => pathToFileURL(path.join(fixture, file)).href;
    expect(
      log.runs[0]!.results.map((r) => ({
        ruleId: r.ruleId,
        level: r.level,
        text: r.message.text,
        uri: r.locations[0]!.physicalLocation.artifactLocation.uri,
        region: r.locations[0]!.physicalLocation.region,
      })),
    ).toEqual([
      { ruleId: '@flux-env/no-public-secret', level: 'error', text: publicSecretMessage, uri: uri('errors.js'), region: { startLine: 2, startColumn: 42, endLine: 2, endColumn: 77 } },
      { ruleId: '@flux-env/no-secret-fallback', level: 'error', text: fallbackMessage, uri: uri('errors.js'), region: { startLine: 3, startColumn: 54, endLine: 3, endColumn: 93 } },
      { ruleId: '@flux-env/prefer-canonical-name', level: 'warning', text: aliasMessage, uri: uri('warnings.js'), region: { startLine: 2, startColumn: 39, endLine: 2, endColumn: 55 } },
    ]);
  });

  it('never carries a secret’s value', () => {
    expect(fs.readFileSync(path.join(fixture, 'errors.js'), 'utf8')).toContain(secretValue);
    expect(run.stdout).not.toContain(secretValue);
  });
});

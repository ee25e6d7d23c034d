// No message prints a secret's value: a `.env` full of secrets (and a package.json and an example file that set
// them) linted through the real `ESLint` class, with every built-in formatter.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

/** Obvious test placeholders, each unique so a leak of any part is caught. */
const SECRETS = {
  AUTH_SECRET: 'SECRET-VALUE-AAAA-not-real-1111',
  FLUX_GATEWAY_JWT_SECRET: 'SECRET-VALUE-AAAA-not-real-1111',
  NEXTAUTH_SECRET: 'SECRET-VALUE-BBBB-with$DOLLAR',
  NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET: 'SECRET-VALUE-CCCC-public',
  FLUX_API_TOKEN: 'flx_test_SECRETDDDD',
  AUTH_GITHUB_SECRET: 'SECRET-VALUE-EEEE',
  FLUX_BEARER_TOKEN: 'SECRET.VALUE.FFFF',
  PGRST_DB_URI: 'postgres://user:SECRET-VALUE-GGGG@host/db',
  PGRST_JWT_SECRET: 'SECRET-VALUE-HHHH',
  NEXT_PUBLIC_AUTH_SECRET: 'SECRET-VALUE-IIII',
};
/** Parts of the values above that no message, name or formatter boilerplate contains (base64 has no `-`, `$`, `.`). */
const FRAGMENTS = ['SECRET-VALUE', '-AAAA-', '-BBBB-', 'with$DOLLAR', '-CCCC-', 'SECRETDDDD', '-EEEE', 'SECRET.VALUE', '-GGGG@', '-HHHH', '-IIII', '-JJJJ', '-not-real-', 'PASTEDKKKK', 'PASTEDLLLL'];

const dir = mkdtempSync(path.join(tmpdir(), 'flux-env-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no secret value in any output', () => {
  it('lints .env, .env.example and package.json with every formatter without printing a secret', async () => {
    const env = Object.entries(SECRETS).map(([k, v]) => `${k}=${v}`);
    writeFileSync(path.join(dir, '.env'), [...env, 'NEXTAUTH_SECRET="unterminated SECRET-VALUE-JJJJ', 'stray SECRET line', 'flx_live_PASTEDKKKK', 'eyJhbGciOiJIUzI1NiJ9.PASTEDLLLL.sig'].join('\n'));
    writeFileSync(path.join(dir, '.env.example'), env.join('\n'));
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ scripts: { dev: `NEXT_PUBLIC_AUTH_SECRET=${SECRETS.AUTH_SECRET} FLUX_GATEWAY_JWT_SECRET=short next dev` } }),
    );
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...plugin.configs.strict] as never });
    const results = await eslint.lintFiles(['.env', '.env.example', 'package.json']);
    const ruleIds = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    // The file really exercised the rules that look at secrets.
    for (const id of ['no-public-secret', 'no-shared-secret-value', 'no-unescaped-dollar', 'no-real-secret-in-example', 'valid-value', 'prefer-canonical-name', 'no-invalid-line']) {
      expect(ruleIds).toContain(`@flux-env/${id}`);
    }
    // ESLint itself copies the whole text of every file with problems into its result (`source`), and the
    // `json` / `json-with-metadata` formatters print results as they are: that copy is ESLint's, not a message.
    // Everything else (messages, suggestions, rule metadata, the stylish and html output) must not hold a secret.
    expect(results.map((r) => typeof r.source)).toEqual(['string', 'string', 'string']);
    for (const name of ['stylish', 'json', 'json-with-metadata', 'html']) {
      const formatter = await eslint.loadFormatter(name);
      const output = await formatter.format(results, { cwd: dir, rulesMeta: eslint.getRulesMetaForResults(results) });
      expect(output.length).toBeGreaterThan(1000);
      const printed = name.startsWith('json')
        ? JSON.stringify(JSON.parse(output), (key, value: unknown) => (key === 'source' ? undefined : value))
        : output;
      for (const fragment of FRAGMENTS) {
        expect({ formatter: name, leaked: printed.includes(fragment) ? fragment : null }).toEqual({ formatter: name, leaked: null });
      }
    }
  });
});

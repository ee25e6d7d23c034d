// The checks behind the code rules, as pure functions of (name, kind, values): what a `.env` entry or a
// tsserver host gets from `analyzeAccess` without any syntax tree.
import { describe, expect, it } from 'vitest';
import {
  ALIASES,
  BROWSER_PREFIXES,
  CLI_DOTENV,
  Catalog,
  FINDING_KINDS,
  FLUX_JSON,
  LOOKALIKES,
  SECTIONS,
  VARIABLES,
  analyzeAccess,
  isOtherToolName,
  namespaceOf,
  suggestNames,
  usageKindsFor,
  validateValue,
  type VariableEntry,
} from '../src/index.js';

const ids = (findings: { id: string }[]) => findings.map((f) => f.id);
const PAGE = { sections: SECTIONS, cliDotenv: CLI_DOTENV, fluxJson: FLUX_JSON };

describe('finding kinds', () => {
  it('have unique, stable tsserver codes from 91001 on', () => {
    const codes = Object.values(FINDING_KINDS).map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(FINDING_KINDS.secretInClient.code).toBe(91005);
    expect(FINDING_KINDS.managedVariableWrite.code).toBe(91018);
  });
});

describe('analyzeAccess on a .env entry (a write with its value, no module, no syntax)', () => {
  it('checks the value', () => {
    const [finding] = analyzeAccess({ name: 'FLUX_API_BASE', kind: 'write', values: ['https://flux.vsl-base.com/api/'] });
    expect(finding).toMatchObject({ id: 'invalidValue', rule: 'valid-value', code: 91016, at: { kind: 'value', index: 0 } });
    expect(finding?.message).toBe(
      '`FLUX_API_BASE` is set to "https://flux.vsl-base.com/api/", which ends with a trailing slash. Expected: URL ending in /api, no trailing slash. Example: https://flux.vsl-base.com/api (Flux docs: 3. Driving the CLI).',
    );
  });

  it('checks the key', () => {
    const [finding] = analyzeAccess({ name: 'NEXT_AUTH_SECRET', kind: 'write', values: ['x'] });
    // A write's fix is worded for setting a name, not reading one.
    expect(finding).toMatchObject({
      id: 'unknownVariableDidYouMean',
      fixes: [{ kind: 'rename', to: 'AUTH_SECRET', messageId: 'useInstead', message: 'Use `AUTH_SECRET` instead of `NEXT_AUTH_SECRET`.' }],
    });
    expect(analyzeAccess({ name: 'NEXT_AUTH_SECRET', kind: 'read' })[0]?.fixes[0]?.message).toBe('Read `AUTH_SECRET` instead of `NEXT_AUTH_SECRET`.');
  });

  it('reports a managed variable and masks a secret value', () => {
    const findings = analyzeAccess({ name: 'PGRST_JWT_SECRET', kind: 'write', values: ['short-placeholder'] });
    expect(ids(findings)).toEqual(['invalidValue', 'managedVariableWrite']);
    expect(findings[0]?.message).toContain('is set to a hidden value of 17 characters, which is 17 bytes long');
    expect(findings.map((f) => f.message).join('\n')).not.toContain('short-placeholder');
  });

  it('makes no client findings without a module, and none for fine entries', () => {
    expect(analyzeAccess({ name: 'AUTH_SECRET', kind: 'read' })).toEqual([]);
    expect(analyzeAccess({ name: 'FLUX_URL', kind: 'write', values: ['https://api--notes--0a1b2c3.vsl-base.com'] })).toEqual([]);
  });
});

describe('analyzeAccess with host context', () => {
  it('client module: secret, server-only with twin, NEXT_PUBLIC_ not inlined', () => {
    expect(ids(analyzeAccess({ name: 'AUTH_SECRET', kind: 'read', module: 'client' }))).toEqual(['secretInClient']);
    const [twin] = analyzeAccess({ name: 'FLUX_URL', kind: 'read', module: 'client' });
    expect(twin?.fixes.map((f) => f.to)).toEqual(['NEXT_PUBLIC_FLUX_URL']);
    expect(ids(analyzeAccess({ name: 'NEXT_PUBLIC_FLUX_URL', kind: 'read', module: 'client', readForm: 'direct' }))).toEqual([]);
    expect(ids(analyzeAccess({ name: 'NEXT_PUBLIC_FLUX_URL', kind: 'read', module: 'client', readForm: 'alias' }))).toEqual(['publicNotInlined']);
    expect(ids(analyzeAccess({ name: 'FLUX_URL', kind: 'read', module: 'server' }))).toEqual([]);
  });

  it('fallbacks: secret literal vs. value check', () => {
    expect(ids(analyzeAccess({ name: 'AUTH_SECRET', kind: 'read', fallbackValues: ['', 'x'] }))).toEqual(['secretFallback']);
    expect(analyzeAccess({ name: 'AUTH_SECRET', kind: 'read', fallbackValues: ['', 'x'] })[0]?.at).toEqual({ kind: 'fallback', index: 1 });
    expect(ids(analyzeAccess({ name: 'FLUX_URL', kind: 'read', fallbackValues: [''] }))).toEqual(['invalidValue']);
  });

  it('usages: evidence decides', () => {
    expect(ids(analyzeAccess({ name: 'FLUX_API_BASE', kind: 'read', usages: [{ kind: 'url-base', path: '/notes' }] }))).toEqual([]);
    expect(ids(analyzeAccess({ name: 'FLUX_API_BASE', kind: 'read', usages: [{ kind: 'url-base', path: '/notes?select=*' }] }))).toEqual([
      'apiBaseForProjectData',
    ]);
    expect(ids(analyzeAccess({ name: 'FLUX_API_TOKEN', kind: 'read', usages: [{ kind: 'bearer-token', requestUrlReads: ['FLUX_API_BASE'] }] }))).toEqual([]);
    expect(ids(analyzeAccess({ name: 'FLUX_API_TOKEN', kind: 'read', usages: [{ kind: 'bearer-token', requestUrlReads: ['FLUX_SERVICE_URL'] }] }))).toEqual([
      'apiTokenAsServiceBearer',
    ]);
    expect(ids(analyzeAccess({ name: 'FLUX_GATEWAY_JWT_SECRET', kind: 'read', usages: [{ kind: 'jwt-signing-key', library: 'jose' }] }))).toEqual([]);
  });
});

describe('validateValue', () => {
  it.each([
    ['FLUX_URL', 'https://api--notes--0a1b2c3.vsl-base.com', undefined],
    ['FLUX_URL', 'localhost:3000', 'is not an absolute http(s) URL'],
    ['FLUX_URL', 'ftp://files.example.test', 'is not an absolute http(s) URL'],
    ['FLUX_API_BASE', 'https://example.test/api', undefined],
    ['FLUX_API_BASE', 'https://example.test/api?x=1', undefined],
    ['FLUX_API_BASE', 'https://example.test/v1', 'does not end in `/api`'],
    ['FLUX_DASHBOARD_BASE', 'https://example.test', undefined],
    ['FLUX_POSTGREST_SCHEMA', 't_0123456789ab_api', undefined],
    ['FLUX_POSTGREST_SCHEMA', 't_0123456789AB_api', 'does not have the form `t_<12-hex-shortid>_api`'],
    ['FLUX_GATEWAY_JWT_SECRET', 'x'.repeat(32), undefined],
    ['FLUX_GATEWAY_JWT_SECRET', 'x'.repeat(31), 'is 31 bytes long, shorter than 32 bytes'],
    ['FLUX_API_TOKEN', 'flx_live_x', undefined],
    ['FLUX_BEARER_TOKEN', 'eyJ.eyJ.sig', undefined],
    ['FLUX_BEARER_TOKEN', 'eyJ.eyJ', 'is not a JWT (three base64url segments joined by `.`)'],
    ['FLUX_DEFAULT_MODE', 'v1_dedicated', undefined],
    ['AUTH_SECRET', 'x', undefined],
    ['NODE_TLS_REJECT_UNAUTHORIZED', '0', undefined],
    ['NOT_IN_CATALOG', '', undefined],
  ])('%s (case %#)', (name, value, problem) => {
    const result = validateValue(name, value);
    expect(result?.kind === 'invalid' ? result.problem : result).toBe(problem);
  });

  it('knows the FLUX_DEBUG off-words', () => {
    expect(validateValue('FLUX_DEBUG', 'Off')).toEqual({ kind: 'flag-off-word', what: 'verbose CLI logging' });
    expect(validateValue('FLUX_DEBUG', '0')).toBeUndefined();
    expect(validateValue('FLUX_DEBUG', 'true')).toBeUndefined();
  });
});

describe('names', () => {
  it('namespaceOf takes the longest prefix', () => {
    expect(namespaceOf('NEXT_PUBLIC_FLUX_X')?.prefix).toBe('NEXT_PUBLIC_FLUX_');
    expect(namespaceOf('FLUX_')).toBeUndefined();
    expect(namespaceOf('DATABASE_URL')).toBeUndefined();
  });

  it('isOtherToolName knows Auth.js provider variables', () => {
    expect(isOtherToolName('AUTH_AZURE_AD_B2C_ID')).toBe(true);
    expect(isOtherToolName('AUTH_TRUST_HOST')).toBe(true);
    expect(isOtherToolName('AUTH_SESSION_TTL')).toBe(false);
    expect(isOtherToolName('AUTH__ID')).toBe(false);
  });

  it('suggestNames: distance, case, catalog names only', () => {
    expect(suggestNames('FLUXURL')).toEqual(['FLUX_URL']);
    expect(suggestNames('Flux_Url')).toEqual(['FLUX_URL']);
    expect(suggestNames('FLUX_URL')).toEqual([]);
    expect(suggestNames('GITLAB_ID')).toEqual([]);
  });

  it('lists several suggestions closest first, and words them with "or"', () => {
    const extra = (name: string): VariableEntry => ({ ...VARIABLES.find((v) => v.name === 'FLUX_DEBUG')!, name, aliases: [] });
    const cat = new Catalog([...VARIABLES, extra('FLUX_DEBUGS'), extra('FLUX_DEBUG_X')], ALIASES, LOOKALIKES, BROWSER_PREFIXES, PAGE);
    expect(suggestNames('FLUX_DEBUGX', cat)).toEqual(['FLUX_DEBUG', 'FLUX_DEBUGS', 'FLUX_DEBUG_X']);
    const [finding] = analyzeAccess({ name: 'FLUX_DEBUGX', kind: 'read' }, cat);
    expect(finding?.data.suggestions).toBe('`FLUX_DEBUG`, `FLUX_DEBUGS` or `FLUX_DEBUG_X`');
    expect(finding?.fixes.map((f) => f.to)).toEqual(['FLUX_DEBUG', 'FLUX_DEBUGS', 'FLUX_DEBUG_X']);
  });
});

describe('analyzeAccess memoises by every field of the access', () => {
  it('gives each combination of fields its own findings, in any order of calls', () => {
    const plain = { name: 'NEXTAUTH_SECRET', kind: 'read' } as const;
    const migration = { ...plain, fallbackAfter: ['AUTH_SECRET'] };
    const client = { name: 'FLUX_GATEWAY_JWT_SECRET', kind: 'read', module: 'client' } as const;
    const server = { ...client, module: 'server' } as const;
    expect(ids(analyzeAccess(plain))).toEqual(['legacyAlias']);
    expect(ids(analyzeAccess(migration))).toEqual([]);
    expect(ids(analyzeAccess(plain))).toEqual(['legacyAlias']);
    expect(ids(analyzeAccess(client))).toEqual(['secretInClient']);
    expect(ids(analyzeAccess(server))).toEqual([]);
    expect(ids(analyzeAccess({ name: 'NEXT_PUBLIC_FLUX_URL', kind: 'read', module: 'client', readForm: 'alias' }))).toEqual(['publicNotInlined']);
    expect(ids(analyzeAccess({ name: 'NEXT_PUBLIC_FLUX_URL', kind: 'read', module: 'client', readForm: 'direct' }))).toEqual([]);
  });

  it('never confuses a name that contains the key separator with other fields', () => {
    // A name with NUL characters in it cannot pose as another access's kind, module or read form.
    const odd = { name: 'client\u0000\u0000\u0000FLUX_GATEWAY_JWT_SECRET', kind: 'read' } as const;
    expect(ids(analyzeAccess({ name: 'FLUX_GATEWAY_JWT_SECRET', kind: 'read', module: 'client' }))).toEqual(['secretInClient']);
    expect(ids(analyzeAccess(odd)).includes('secretInClient')).toBe(false);
    // Whichever order a key joins the fields in, a separator in the name must not shift them: these two accesses
    // would share a key if the fields were joined in the order kind, name, module.
    expect(ids(analyzeAccess({ name: 'FLUX_GATEWAY_JWT_SECRET\u0000client', kind: 'read' })).includes('secretInClient')).toBe(false);
    expect(ids(analyzeAccess({ name: 'FLUX_GATEWAY_JWT_SECRET', kind: 'read', module: 'client' }))).toEqual(['secretInClient']);
    expect(ids(analyzeAccess({ name: 'FLUX_GATEWAY_JWT_SECRET\u0000client', kind: 'read' })).includes('secretInClient')).toBe(false);
  });

  it('returns a new array each call, so a caller may change its copy', () => {
    const first = analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'read' });
    first.length = 0;
    expect(ids(analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'read' }))).toEqual(['legacyAlias']);
  });
});

describe('usageKindsFor', () => {
  it('names the usage kinds that can show a mix-up for a name, aliases resolved', () => {
    expect([...usageKindsFor('FLUX_URL')]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_SERVICE_URL')]).toEqual(['url-base']);
    expect([...usageKindsFor('NEXTAUTH_SECRET')]).toEqual(['jwt-signing-key']);
    expect([...usageKindsFor('FLUX_GATEWAY_JWT_SECRET')]).toEqual(['auth-library-secret']);
    expect([...usageKindsFor('FLUX_API_TOKEN')]).toEqual(['bearer-token']);
    expect([...usageKindsFor('FLUX_DEBUG')]).toEqual([]);
  });

  it('given the file text, keeps only the kinds whose evidence the text can hold', () => {
    const fetchData = "fetch(`${base}/notes?select=*`);";
    expect([...usageKindsFor('FLUX_URL', undefined, fetchData)]).toEqual([]);
    expect([...usageKindsFor('FLUX_URL', undefined, 'fetch(`${base}/api/projects`);')]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_API_BASE', undefined, fetchData)]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_API_BASE', undefined, "fetch(base + '/rpc/f');")]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_API_BASE', undefined, 'fetch(`${base}/projects`);')]).toEqual([]);
    expect([...usageKindsFor('AUTH_SECRET', undefined, "import { SignJWT } from 'jose';")]).toEqual(['jwt-signing-key']);
    expect([...usageKindsFor('AUTH_SECRET', undefined, "import jwt from 'jsonwebtoken';")]).toEqual(['jwt-signing-key']);
    expect([...usageKindsFor('AUTH_SECRET', undefined, "import { sign } from 'other-lib';")]).toEqual([]);
    expect([...usageKindsFor('FLUX_GATEWAY_JWT_SECRET', undefined, "import NextAuth from 'next-auth';")]).toEqual(['auth-library-secret']);
    expect([...usageKindsFor('FLUX_GATEWAY_JWT_SECRET', undefined, 'export const config = {} satisfies NextAuthConfig;')]).toEqual([
      'auth-library-secret',
    ]);
    expect([...usageKindsFor('FLUX_GATEWAY_JWT_SECRET', undefined, "import { x } from '@auth/core/providers';")]).toEqual([
      'auth-library-secret',
    ]);
    expect([...usageKindsFor('FLUX_GATEWAY_JWT_SECRET', undefined, 'const s = 1;')]).toEqual([]);
    expect([...usageKindsFor('FLUX_API_TOKEN', undefined, 'headers: { authorization: `BEARER ${t}` }')]).toEqual(['bearer-token']);
    expect([...usageKindsFor('FLUX_API_TOKEN', undefined, 'headers: { authorization: t }')]).toEqual([]);
  });

  it('reads the text as the strings cook it: escapes do not hide the evidence', () => {
    expect([...usageKindsFor('FLUX_URL', undefined, "base + '\\/api\\/projects'")]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_API_BASE', undefined, '`${base}/notes\\?select=*`')]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_API_BASE', undefined, "base + '/notes\\x3fselect=*'")]).toEqual(['url-base']);
    expect([...usageKindsFor('AUTH_SECRET', undefined, "import x from 'json\\u0077ebtoken';")]).toEqual(['jwt-signing-key']);
    expect([...usageKindsFor('AUTH_SECRET', undefined, "import x from 'jo\\u{73}e';")]).toEqual(['jwt-signing-key']);
    expect([...usageKindsFor('FLUX_URL', undefined, "base + '/api/pro\\\njects'")]).toEqual(['url-base']);
    expect([...usageKindsFor('FLUX_URL', undefined, "base + '\\n/api'")]).toEqual([]);
  });
});

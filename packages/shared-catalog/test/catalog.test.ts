import { describe, expect, it } from 'vitest';
import {
  ALIASES,
  BROWSER_PREFIXES,
  CLI_DOTENV,
  Catalog,
  FLUX_JSON,
  LOOKALIKES,
  SECTIONS,
  VARIABLES,
  analyzeAccess,
  analyzeNextConfigEntry,
  isNextConfigFileName,
  catalog,
  disablesTls,
  readsAsDisablingTls,
  displayValue,
  messagesFor,
  renderMessage,
  secretExposedBy,
  FINDING_KINDS,
  type EnvAccess,
} from '@flux-env/catalog';

const PAGE = { sections: SECTIONS, cliDotenv: CLI_DOTENV, fluxJson: FLUX_JSON };

describe('query API', () => {
  it('looks up canonical names and aliases', () => {
    expect(catalog.lookup('FLUX_URL')).toMatchObject({ kind: 'variable', name: 'FLUX_URL' });
    expect(catalog.lookup('FLUX_SERVICE_URL')).toMatchObject({
      kind: 'alias',
      name: 'FLUX_SERVICE_URL',
      alias: { canonical: 'FLUX_URL' },
      variable: { name: 'FLUX_URL' },
    });
    expect(catalog.lookup('flux_url')).toBeUndefined();
    expect(catalog.lookup('PATH')).toBeUndefined();
  });

  it('maps each alias to its canonical name', () => {
    expect(Object.fromEntries(ALIASES.map((a) => [a.name, catalog.canonicalOf(a.name)]))).toEqual({
      FLUX_SERVICE_URL: 'FLUX_URL',
      NEXTAUTH_SECRET: 'AUTH_SECRET',
      NEXTAUTH_URL: 'AUTH_URL',
      GITHUB_ID: 'AUTH_GITHUB_ID',
      GITHUB_SECRET: 'AUTH_GITHUB_SECRET',
    });
    expect(catalog.canonicalOf('AUTH_URL')).toBe('AUTH_URL');
    expect(catalog.canonicalOf('NOPE')).toBeUndefined();
  });

  it('knows which names are secret, aliases included', () => {
    expect(catalog.names().filter((n) => catalog.isSecret(n))).toEqual([
      'FLUX_GATEWAY_JWT_SECRET',
      'FLUX_BEARER_TOKEN',
      'AUTH_SECRET',
      'AUTH_GITHUB_SECRET',
      'FLUX_API_TOKEN',
      'PGRST_DB_URI',
      'PGRST_JWT_SECRET',
      'NEXTAUTH_SECRET',
      'GITHUB_SECRET',
    ]);
  });

  it('knows the public twins', () => {
    expect(catalog.publicTwinOf('FLUX_URL')).toBe('NEXT_PUBLIC_FLUX_URL');
    expect(catalog.publicTwinOf('NEXT_PUBLIC_FLUX_URL')).toBe('FLUX_URL');
    expect(catalog.publicTwinOf('FLUX_SERVICE_URL')).toBe('NEXT_PUBLIC_FLUX_URL');
    expect(catalog.publicTwinOf('AUTH_SECRET')).toBeUndefined();
  });

  it('lists the look-alikes of a name', () => {
    expect(catalog.lookalikesOf('FLUX_API_BASE').map((r) => r.id)).toEqual(['api-base-vs-url']);
    expect(catalog.lookalikesOf('FLUX_URL').map((r) => r.id)).toEqual(['api-base-vs-url', 'url-vs-service-url']);
    expect(catalog.lookalikesOf('FLUX_SERVICE_URL').map((r) => r.id)).toEqual(['url-vs-service-url', 'api-base-vs-url']);
    expect(catalog.lookalikesOf('AUTH_DEBUG')).toEqual([]);
  });

  it('refuses a catalog that contradicts itself', () => {
    expect(() => new Catalog(VARIABLES, [{ name: 'X', canonical: 'NOPE', reason: 'r' }], LOOKALIKES, ['NEXT_PUBLIC_'], PAGE)).toThrow(
      'flux-env catalog: alias X points at unknown variable NOPE',
    );
    expect(() => new Catalog([...VARIABLES, VARIABLES[0]!], [], LOOKALIKES, [], PAGE)).toThrow(
      'flux-env catalog: NEXT_PUBLIC_FLUX_URL is defined twice',
    );
    expect(() => new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, { ...PAGE, sections: SECTIONS.filter((s) => s.id !== 'tls') })).toThrow(
      'flux-env catalog: NODE_EXTRA_CA_CERTS cites unknown section tls',
    );
    expect(() => new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, { ...PAGE, sections: [...SECTIONS, SECTIONS[0]!] })).toThrow(
      'flux-env catalog: section wiring is defined twice',
    );
  });

  it('takes the page facts (sections, CLI dotenv, flux.json) as data, and answers from them', () => {
    const sections = SECTIONS.map((s) => (s.id === 'cli' ? { ...s, title: 'Custom CLI section' } : s));
    const cat = new Catalog(VARIABLES, ALIASES, LOOKALIKES.slice(1), BROWSER_PREFIXES, { ...PAGE, sections });
    expect(cat.section('cli').title).toBe('Custom CLI section');
    expect(cat.sections().map((s) => s.id)).toEqual(['wiring', 'auth', 'cli', 'postgrest', 'tls', 'lookalikes']);
    expect(cat.lookalikes()).toEqual(LOOKALIKES.slice(1));
    expect(catalog.lookalikes()).toEqual(LOOKALIKES);
    expect(catalog.cliDotenv()).toBe(CLI_DOTENV);
    expect(catalog.fluxJson()).toBe(FLUX_JSON);
    const noTls = new Catalog(VARIABLES.filter((v) => v.section !== 'tls'), [], [], BROWSER_PREFIXES, { ...PAGE, sections: SECTIONS.filter((s) => s.id !== 'tls') });
    expect(() => noTls.section('tls')).toThrow('flux-env catalog: unknown section tls');
  });
});

describe('analysis', () => {
  it('finds a secret behind a browser prefix, aliases included', () => {
    expect(secretExposedBy('NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET')).toEqual({ prefix: 'NEXT_PUBLIC_', secret: 'FLUX_GATEWAY_JWT_SECRET' });
    expect(secretExposedBy('NEXT_PUBLIC_NEXTAUTH_SECRET')).toEqual({ prefix: 'NEXT_PUBLIC_', secret: 'NEXTAUTH_SECRET' });
    expect(secretExposedBy('NEXT_PUBLIC_FLUX_URL')).toBeUndefined();
    expect(secretExposedBy('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY')).toBeUndefined();
    expect(secretExposedBy('NEXT_PUBLIC_')).toBeUndefined();
  });

  it('reports a public secret, read or written, with the docs section', () => {
    const [finding] = analyzeAccess({ name: 'NEXT_PUBLIC_AUTH_SECRET', kind: 'read' });
    expect(finding).toEqual({
      id: 'publicSecret',
      rule: 'no-public-secret',
      code: 91001,
      data: { name: 'NEXT_PUBLIC_AUTH_SECRET', secret: 'AUTH_SECRET', prefix: 'NEXT_PUBLIC_', section: '2. Auth wiring (Auth.js, Clerk)' },
      message:
        '`NEXT_PUBLIC_AUTH_SECRET` exposes the secret `AUTH_SECRET` to the browser: Next.js inlines every `NEXT_PUBLIC_` variable into the client bundle. Keep `AUTH_SECRET` server-only and use it in a route handler or server action (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
      fixes: [],
    });
    expect(analyzeAccess({ name: 'NEXT_PUBLIC_AUTH_SECRET', kind: 'write', values: ['x'] }).map((f) => f.id)).toEqual(['publicSecret']);
    expect(analyzeAccess({ name: 'NEXT_PUBLIC_AUTH_SECRET', kind: 'delete' })).toEqual([]);
  });

  it('decides which values turn TLS checks off (Node: exactly "0") and which only read so', () => {
    expect(disablesTls('NODE_TLS_REJECT_UNAUTHORIZED', '0')).toBe(true);
    expect(readsAsDisablingTls('NODE_TLS_REJECT_UNAUTHORIZED', '0')).toBe(false);
    for (const value of ['', 'false', ' 0 ', 'FALSE', 'no', 'off']) {
      expect(disablesTls('NODE_TLS_REJECT_UNAUTHORIZED', value), JSON.stringify(value)).toBe(false);
      expect(readsAsDisablingTls('NODE_TLS_REJECT_UNAUTHORIZED', value), JSON.stringify(value)).toBe(true);
    }
    for (const value of ['1', 'true', 'undefined']) {
      expect(disablesTls('NODE_TLS_REJECT_UNAUTHORIZED', value), JSON.stringify(value)).toBe(false);
      expect(readsAsDisablingTls('NODE_TLS_REJECT_UNAUTHORIZED', value), JSON.stringify(value)).toBe(false);
    }
    expect(disablesTls('FLUX_DEBUG', '0')).toBe(false);
    expect(readsAsDisablingTls('FLUX_DEBUG', 'off')).toBe(false);
  });

  it('reports a value that only reads as turning TLS checks off, with its own message', () => {
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'write', values: ['false'] })).toEqual([
      expect.objectContaining({
        id: 'tlsDisableIntent',
        code: 91019,
        message:
          'Setting `NODE_TLS_REJECT_UNAUTHORIZED` to "false" reads as turning TLS certificate checks off. Node turns them off only for exactly "0", so this does nothing today, and the edit that makes it "0" weakens every HTTPS connection this process makes. Remove it: trust a private CA with `NODE_EXTRA_CA_CERTS`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: 5. TLS and runtime).',
      }),
    ]);
    // When one branch really disables the checks, that is what is reported.
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'write', values: ['false', '0'] }).map((f) => f.id)).toEqual([
      'tlsVerificationDisabled',
    ]);
  });

  it('reports a TLS-disabling write, not a read or a safe value', () => {
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'write', values: ['1', '0'] })).toEqual([
      expect.objectContaining({
        id: 'tlsVerificationDisabled',
        code: 91003,
        message:
          'Setting `NODE_TLS_REJECT_UNAUTHORIZED` to "0" turns off TLS certificate checks for every HTTPS connection this process makes, not just the call to Flux. Trust a private CA with `NODE_EXTRA_CA_CERTS`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: 5. TLS and runtime).',
      }),
    ]);
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'write', values: ['1'] })).toEqual([]);
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'write' })).toEqual([]);
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'read' })).toEqual([]);
    expect(analyzeAccess({ name: 'NODE_TLS_REJECT_UNAUTHORIZED', kind: 'delete' })).toEqual([]);
  });

  it('offers to trade places when the legacy name is read before its canonical name', () => {
    const [finding] = analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'read', fallbackTo: ['AUTH_SECRET'] });
    expect(finding!.fixes).toEqual([
      {
        kind: 'swap',
        to: 'AUTH_SECRET',
        partner: 'AUTH_SECRET',
        messageId: 'swapWithCanonical',
        data: { ...finding!.data, partner: 'AUTH_SECRET' },
        message: 'Read `AUTH_SECRET` first and keep `NEXTAUTH_SECRET` as its fallback.',
      },
    ]);
    // A fallback to some other name keeps the plain rename.
    expect(analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'read', fallbackTo: ['AUTH_URL'] })[0]!.fixes.map((f) => f.kind)).toEqual(['rename']);
  });

  it('reports a legacy alias with a rename fix, except as a fallback after its canonical name', () => {
    const [finding] = analyzeAccess({ name: 'FLUX_SERVICE_URL', kind: 'read' });
    expect(finding!.message).toBe(
      '`FLUX_SERVICE_URL` is a legacy alias of `FLUX_URL`: FLUX_URL is the name printed by flux create and the canonical form going forward. Use `FLUX_URL` (Flux docs: 1. Wiring your app to a Flux project).',
    );
    expect(finding!.fixes).toEqual([
      {
        kind: 'rename',
        to: 'FLUX_URL',
        messageId: 'renameToCanonical',
        data: finding!.data,
        message: 'Rename `FLUX_SERVICE_URL` to `FLUX_URL`.',
      },
    ]);
    expect(analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'read', fallbackAfter: ['AUTH_SECRET'] })).toEqual([]);
    expect(analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'read', fallbackAfter: ['AUTH_URL'] }).map((f) => f.id)).toEqual(['legacyAlias']);
    expect(analyzeAccess({ name: 'NEXTAUTH_SECRET', kind: 'write', values: ['x'] }).map((f) => f.id)).toEqual(['legacyAlias']);
  });

  it('finds nothing on names outside the catalog', () => {
    expect(analyzeAccess({ name: 'PATH', kind: 'read' })).toEqual([]);
    expect(analyzeAccess({ name: '', kind: 'write', values: [''] })).toEqual([]);
  });

  it('checks next.config env keys and values', () => {
    expect(analyzeNextConfigEntry({ option: 'env', key: 'GATEWAY', reads: ['FLUX_GATEWAY_JWT_SECRET', 'FLUX_URL'] })).toEqual([
      expect.objectContaining({
        id: 'secretInNextConfig',
        message:
          '`env.GATEWAY` in next.config puts the secret `FLUX_GATEWAY_JWT_SECRET` into the browser bundle: Next.js inlines every key of `env` into client code. Read `FLUX_GATEWAY_JWT_SECRET` from `process.env` in server-only code instead (Flux docs: 1. Wiring your app to a Flux project).',
      }),
    ]);
    expect(analyzeNextConfigEntry({ option: 'publicRuntimeConfig', key: 'AUTH_SECRET', reads: ['AUTH_SECRET'] }).map((f) => f.data.secret)).toEqual([
      'AUTH_SECRET',
    ]);
    expect(analyzeNextConfigEntry({ option: 'env', key: 'FLUX_URL', reads: ['FLUX_URL'] })).toEqual([]);
  });

  it('tells Next.js config files by their base name, for both hosts', () => {
    expect(['next.config.js', 'next.config.mjs', 'next.config.cjs', 'next.config.ts', 'next.config.mts'].map((name) => isNextConfigFileName(name))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['next.config.json', 'next.config.mjs.bak', 'my-next.config.js', 'Next.config.js', ''].map((name) => isNextConfigFileName(name))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('never shows a secret value', () => {
    expect(displayValue('AUTH_SECRET', 'hunter2-hunter2')).toBe('a hidden value of 15 characters');
    expect(displayValue('NEXT_PUBLIC_AUTH_SECRET', 'abc')).toBe('a hidden value of 3 characters');
    // The noun agrees with the count; the count is of code points, not UTF-16 units.
    expect(displayValue('AUTH_SECRET', 'x')).toBe('a hidden value of 1 character');
    expect(displayValue('AUTH_SECRET', '')).toBe('a hidden value of 0 characters');
    expect(displayValue('AUTH_SECRET', '🔑')).toBe('a hidden value of 1 character');
    expect(displayValue('FLUX_DEBUG', 'off')).toBe('"off"');
  });

  it('masks the user-info of URLs in values it shows', () => {
    expect(displayValue('FLUX_URL', 'https://user:pass-placeholder@api.example.test/x')).toBe('"https://***@api.example.test/x"');
    expect(displayValue('FLUX_API_BASE', 'https://only-user@flux.example.test/api')).toBe('"https://***@flux.example.test/api"');
    // An unencoded `@` in the password: masked up to the last `@` before the path.
    expect(displayValue('FLUX_URL', 'https://u:p@ss@h.example.test/a@b')).toBe('"https://***@h.example.test/a@b"');
    expect(displayValue('NEW_VAR', 'a,http://u:p@h.example.test,b')).toBe('"a,http://***@h.example.test,b"');
    // No user-info: unchanged (an `@` in the path or query is not user-info).
    expect(displayValue('FLUX_URL', 'https://h.example.test/a@b?mail=x@y')).toBe('"https://h.example.test/a@b?mail=x@y"');
    expect(displayValue('FLUX_URL', 'user@example.test')).toBe('"user@example.test"');
    // Through a finding: the password never reaches the message.
    const [finding] = analyzeAccess({ name: 'FLUX_API_BASE', kind: 'write', values: ['https://me:pw-placeholder@flux.example.test/v1'] });
    expect(finding?.message).toBe(
      '`FLUX_API_BASE` is set to "https://***@flux.example.test/v1", which does not end in `/api`. Expected: URL ending in /api, no trailing slash. Example: https://flux.vsl-base.com/api (Flux docs: 3. Driving the CLI).',
    );
  });
});

describe('messages', () => {
  it('renders templates as ESLint does', () => {
    expect(renderMessage('a {{x}} b {{ y }} {{z}}', { x: '1', y: '2' })).toBe('a 1 b 2 {{z}}');
  });

  it('gives each rule its templates as meta.messages', () => {
    expect(Object.keys(messagesFor('prefer-canonical-name', ['renameToCanonical']))).toEqual([
      'legacyAlias',
      'renameToCanonical',
      'swapWithCanonical',
    ]);
    expect(Object.keys(messagesFor('no-public-secret'))).toEqual(['publicSecret', 'secretInNextConfig']);
  });

  it('adds every fix a finding of the rule can carry, without listing them by hand', () => {
    expect(messagesFor('prefer-canonical-name')).toEqual({
      legacyAlias: FINDING_KINDS.legacyAlias.template,
      renameToCanonical: 'Rename `{{name}}` to `{{canonical}}`.',
      swapWithCanonical: 'Read `{{canonical}}` first and keep `{{name}}` as its fallback.',
    });
    expect(Object.keys(messagesFor('no-lookalike-mixup'))).toEqual([
      'apiBaseForProjectData',
      'serviceUrlForControlPlane',
      'authSecretSignsFluxJwt',
      'gatewaySecretAsAuthSecret',
      'apiTokenAsServiceBearer',
      'readInstead',
    ]);
    expect(Object.keys(messagesFor('no-unknown-variable'))).toEqual(['unknownVariable', 'unknownVariableDidYouMean', 'readInstead', 'useInstead']);
    expect(Object.keys(messagesFor('no-server-env-in-client'))).toEqual(['secretInClient', 'serverOnlyInClient', 'publicNotInlined', 'readInstead']);
    expect(Object.keys(messagesFor('no-unescaped-dollar'))).toEqual(['unescapedDollar', 'escapeDollar']);
    expect(Object.keys(messagesFor('valid-value'))).toEqual(['invalidValue', 'flagOffWordEnables']);
    // The old second parameter still adds fixes, once.
    expect(Object.keys(messagesFor('prefer-canonical-name', ['renameToCanonical', 'readInstead']))).toEqual([
      'legacyAlias',
      'renameToCanonical',
      'swapWithCanonical',
      'readInstead',
    ]);
  });

  it('declares on each finding kind every fix its findings carry', () => {
    const accesses: EnvAccess[] = [
      { name: 'FLUX_SERVICE_URL', kind: 'read' },
      { name: 'FLUX_URL', kind: 'read', module: 'client' },
      { name: 'FLUXURL', kind: 'read' },
      { name: 'FLUX_API_BASE', kind: 'read', usages: [{ kind: 'url-base', path: '/notes?select=*' }] },
      { name: 'FLUX_URL', kind: 'read', usages: [{ kind: 'url-base', path: '/api/projects' }] },
      { name: 'AUTH_SECRET', kind: 'read', usages: [{ kind: 'jwt-signing-key', library: 'jose' }] },
      { name: 'FLUX_GATEWAY_JWT_SECRET', kind: 'read', usages: [{ kind: 'auth-library-secret', library: 'next-auth' }] },
    ];
    const withFixes = new Set<string>();
    for (const access of accesses) {
      for (const finding of analyzeAccess(access)) {
        if (finding.fixes.length > 0) withFixes.add(finding.id);
        for (const fix of finding.fixes) expect(FINDING_KINDS[finding.id].fixes).toContain(fix.messageId);
      }
    }
    expect([...withFixes].sort()).toEqual(
      [
        'legacyAlias',
        'serverOnlyInClient',
        'unknownVariableDidYouMean',
        'apiBaseForProjectData',
        'serviceUrlForControlPlane',
        'authSecretSignsFluxJwt',
        'gatewaySecretAsAuthSecret',
      ].sort(),
    );
  });
});

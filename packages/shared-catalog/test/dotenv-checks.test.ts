// The whole-file checks (`dotenv-checks.ts`) as pure functions: real secrets in example files, and the page facts
// they read through the `Catalog` they are given.
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
  analyzeFluxJson,
  cliIgnoredKeyFinding,
  exampleSecretFinding,
  looksLikeRealSecret,
  sharedSecretFindings,
} from '@flux-env/catalog';

const PAGE = { sections: SECTIONS, cliDotenv: CLI_DOTENV, fluxJson: FLUX_JSON };

// Obvious placeholders shaped like a JWT: `{"alg":"HS256"}` . `{"sub":"test"}` . 43 characters of signature.
const HEADER = 'eyJhbGciOiJIUzI1NiJ9';
const PAYLOAD = 'eyJzdWIiOiJ0ZXN0In0';
const SIGNATURE = 'NOT-A-REAL-SIGNATURE-0000000000000000000000';

describe('looksLikeRealSecret: JWTs in example files', () => {
  it('counts a JWT of realistic shape as a real secret', () => {
    expect(SIGNATURE).toHaveLength(43);
    expect(looksLikeRealSecret('FLUX_BEARER_TOKEN', `${HEADER}.${PAYLOAD}.${SIGNATURE}`)).toBe(true);
    // Base64url text can spell a placeholder word (`0my0`) by chance: a realistic JWT is still real.
    expect(looksLikeRealSecret('FLUX_BEARER_TOKEN', `${HEADER}.${PAYLOAD}.NOT-A-REAL-SIGNATURE-0my0000000000000000000`)).toBe(true);
    expect(exampleSecretFinding('FLUX_BEARER_TOKEN', `${HEADER}.${PAYLOAD}.${SIGNATURE}`)?.message).toBe(
      '`FLUX_BEARER_TOKEN` holds what looks like a real secret (a hidden value of 84 characters) in an example file, which gets committed and shared. Leave it empty or write a placeholder, and rotate the secret if it was ever real (Flux docs: 1. Wiring your app to a Flux project).',
    );
  });

  it.each([
    ['three short dotted words', 'aaa.bbb.ccc'],
    ['the JWT prefixes alone', 'eyJ.eyJ.sig'],
    // Not realistic JWTs, so the placeholder words in them count.
    ['a short signature', `${HEADER}.${PAYLOAD}.your-signature-here`],
    ['a header that is not base64url JSON', `your-header.${PAYLOAD}.${SIGNATURE}`],
  ])('does not count %s as a JWT (case %#)', (_what, value) => {
    expect(looksLikeRealSecret('FLUX_BEARER_TOKEN', value)).toBe(false);
    expect(exampleSecretFinding('FLUX_BEARER_TOKEN', value)).toBeUndefined();
  });

  it('still reads non-secrets and placeholders as before', () => {
    expect(looksLikeRealSecret('FLUX_URL', `${HEADER}.${PAYLOAD}.${SIGNATURE}`)).toBe(false);
    expect(looksLikeRealSecret('AUTH_SECRET', 'your-auth-secret-here')).toBe(false);
    expect(looksLikeRealSecret('AUTH_SECRET', 'not-a-real-value-0123456789')).toBe(true);
    expect(looksLikeRealSecret('FLUX_API_TOKEN', 'flx_test_x1y2z')).toBe(true);
    expect(looksLikeRealSecret('FLUX_API_TOKEN', 'flx_test_x')).toBe(false);
  });
});

describe('file checks read page facts through the catalog they are given', () => {
  it('cliIgnoredKeyFinding: the CLI dotenv keys and files', () => {
    expect(cliIgnoredKeyFinding('FLUX_DEBUG')?.message).toBe(
      '`FLUX_DEBUG` does nothing in a dotenv file: only the flux CLI reads it, and the CLI loads just `FLUX_API_BASE`, `FLUX_DASHBOARD_BASE`, `FLUX_API_TOKEN`, `FLUX_DEFAULT_MODE` and `FLUX_GATEWAY_JWT_SECRET` from `.env` and `.env.local`. Export `FLUX_DEBUG` in your shell instead (Flux docs: 3. Driving the CLI).',
    );
    const reads = new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, {
      ...PAGE,
      cliDotenv: { ...CLI_DOTENV, keys: [...CLI_DOTENV.keys, 'FLUX_DEBUG'] },
    });
    expect(cliIgnoredKeyFinding('FLUX_DEBUG', reads)).toBeUndefined();
    const oneFile = new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, {
      ...PAGE,
      cliDotenv: { ...CLI_DOTENV, files: ['.env'], keys: ['FLUX_API_BASE'] },
    });
    expect(cliIgnoredKeyFinding('FLUX_DEBUG', oneFile)?.data).toMatchObject({ keys: '`FLUX_API_BASE`', files: '`.env`' });
  });

  it('sharedSecretFindings: the "Names that look alike" rows', () => {
    const entries = [
      { name: 'AUTH_SECRET', value: 'same-placeholder', line: 1, references: [] },
      { name: 'FLUX_GATEWAY_JWT_SECRET', value: 'same-placeholder', line: 2, references: [] },
    ];
    expect(sharedSecretFindings(entries)[0]?.finding.data).toMatchObject({
      why: LOOKALIKES.find((r) => r.wrote === 'AUTH_SECRET')!.giveaway,
      section: 'Names that look alike',
    });
    const noRows = new Catalog(VARIABLES, ALIASES, [], BROWSER_PREFIXES, PAGE);
    expect(sharedSecretFindings(entries, noRows)[0]?.finding.data).toMatchObject({
      why: 'whoever learns one can use it as the other.',
      section: '1. Wiring your app to a Flux project',
    });
  });

  it('analyzeFluxJson: the flux.json fields', () => {
    const slugOnly = new Catalog(VARIABLES, ALIASES, LOOKALIKES, BROWSER_PREFIXES, {
      ...PAGE,
      fluxJson: { ...FLUX_JSON, fields: FLUX_JSON.fields.filter((f) => f.name === 'slug') },
    });
    expect(analyzeFluxJson([{ name: 'slug', value: 'bloom-atelier' }], slugOnly)).toEqual([]);
    expect(analyzeFluxJson([{ name: 'slug', value: 'bloom-atelier' }]).map((f) => f.finding.message)).toEqual([
      "flux.json has no `hash`: the CLI needs both `slug` and `hash`. `hash` is the 7-hex hash segment from the same row (Flux docs: 3. Driving the CLI).",
    ]);
  });
});

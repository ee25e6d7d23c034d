import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog, jsDocComment, markdownText, renderProcessEnvTypings, renderShortLabel, renderVariableDocs } from '@flux-env/catalog';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const committed = fileURLToPath(new URL('../process-env.d.ts', import.meta.url));

describe('renderVariableDocs', () => {
  test('FLUX_URL: summary, description, every field, twin, alias, look-alikes, section', () => {
    expect(renderVariableDocs('FLUX_URL')).toBe(
      [
        '**FLUX_URL**: Server-side Service URL.',
        '',
        'Same value as `NEXT_PUBLIC_FLUX_URL`, but for server-only code paths (route handlers, server actions, scripts). Setting both with the same value is normal — Next.js only exposes the NEXT\\_PUBLIC\\_\\* form to the browser.',
        '',
        '- **Type:** URL.',
        "- **Where it's set:** .env.local of your app repo, or your server's process env.",
        '- **Secret:** No',
        '- **Read by:** server code',
        '- **Public twin:** `NEXT_PUBLIC_FLUX_URL` (same value, exposed to the browser bundle)',
        '- **Legacy aliases:** `FLUX_SERVICE_URL`',
        '- **Note:** Some older guides use `FLUX_SERVICE_URL` for the same purpose. Both still work; `FLUX_URL` is the name printed by flux create and the canonical form going forward.',
        "- **Looks like:** `FLUX_API_BASE`: `FLUX_API_BASE` is the control plane URL ending in /api and is used by the CLI. `FLUX_URL` is your project's Service URL and is used by your app. Mixing them yields 404s on /api/projects/... or /notes?select=....",
        '- **Looks like:** `FLUX_SERVICE_URL`: Same value, two names. The canonical name is `FLUX_URL` (printed by flux create); `FLUX_SERVICE_URL` is a legacy alias still used in some guides.',
        '',
        'Flux docs: Environment variables › 1. Wiring your app to a Flux project',
      ].join('\n'),
    );
  });

  test('a legacy alias starts with its canonical name, then documents the canonical variable', () => {
    const docs = renderVariableDocs('NEXTAUTH_SECRET')!;
    expect(docs.split('\n\n').slice(0, 2)).toEqual([
      '**NEXTAUTH_SECRET** is a legacy alias of `AUTH_SECRET`: Auth.js v5 reads `AUTH_SECRET`; the dashboard aliases the legacy `NEXTAUTH_SECRET` to it. Use `AUTH_SECRET`.',
      '**AUTH_SECRET**: Auth.js session signing key (alias `NEXTAUTH_SECRET`).',
    ]);
    expect(docs).toContain('- **Secret:** Yes\n');
  });

  test('secret, surfaces, footgun and the same-name look-alike of FLUX_GATEWAY_JWT_SECRET', () => {
    const lines = renderVariableDocs('FLUX_GATEWAY_JWT_SECRET')!.split('\n');
    expect(lines).toContain(
      '- **Secret:** Yes — Treat it like a session-signing key. Anyone with this secret can mint tokens that Flux will accept for your project.',
    );
    expect(lines).toContain('- **Read by:** server code, flux CLI');
    expect(lines.filter((l) => l.startsWith('- **Footgun:**'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('- **Looks like:**'))).toEqual([
      "- **Looks like:** `FLUX_GATEWAY_JWT_SECRET` (operator value) vs `FLUX_GATEWAY_JWT_SECRET` (per-project value from your project's Keys): Same name in your app's .env and on the operator's pool — but they're different secrets. App side: signs your tokens. Operator side: signs the gateway-to-PostgREST handshake. Use the value from flux env or the dashboard, never the platform's pool secret.",
      "- **Looks like:** `AUTH_SECRET`: `AUTH_SECRET` signs your app's session cookie (Auth.js). `FLUX_GATEWAY_JWT_SECRET` signs the bearer JWT you mint for Flux. They're independent and should be different values.",
    ]);
  });

  test('markdown control characters of the page are escaped, catalog names are code', () => {
    expect(markdownText('t_<12-hex-shortid>_api and *.vsl-base.com via FLUX_URL')).toBe(
      't\\_&lt;12-hex-shortid&gt;\\_api and \\*.vsl-base.com via `FLUX_URL`',
    );
    expect(renderVariableDocs('PGRST_DB_URI')).toContain('- **Dedicated only:** exists on `v1_dedicated` stacks only');
  });

  test('every name renders; an unknown name renders nothing', () => {
    for (const name of catalog.names()) expect(renderVariableDocs(name)).toMatch(/^\*\*[A-Z_]+\*\*/u);
    expect(renderVariableDocs('NOT_A_FLUX_NAME')).toBeUndefined();
  });
});

describe('renderShortLabel', () => {
  test('server module: summary, secrets flagged, aliases point at the canonical name', () => {
    expect(renderShortLabel('FLUX_URL')).toBe('Server-side Service URL.');
    expect(renderShortLabel('FLUX_API_TOKEN')).toBe('secret · Personal API token for the CLI.');
    expect(renderShortLabel('FLUX_SERVICE_URL')).toBe('legacy alias of FLUX_URL');
  });
  test("client module: secrets unsafe, server-only names undefined, NEXT_PUBLIC_ names keep their summary", () => {
    expect(renderShortLabel('FLUX_API_TOKEN', { clientModule: true })).toBe('secret · unsafe in client code');
    expect(renderShortLabel('FLUX_URL', { clientModule: true })).toBe('server-only · undefined in client code');
    expect(renderShortLabel('NEXT_PUBLIC_FLUX_URL', { clientModule: true })).toBe('Browser-exposed Service URL.');
  });
});

describe('process-env.d.ts', () => {
  test('the committed file is what the catalog generates (run scripts/generate-process-env.mjs when this fails)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(renderProcessEnvTypings());
  });

  test('it type-checks, types every name as optional string and marks aliases @deprecated', () => {
    const text = renderProcessEnvTypings();
    const sf = ts.createSourceFile('process-env.d.ts', text, ts.ScriptTarget.ES2022, true);
    expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    const members: { name: string; deprecated: boolean }[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isPropertySignature(node) && ts.isIdentifier(node.name)) {
        expect(node.questionToken).toBeDefined();
        expect(node.type?.getText(sf)).toBe('string');
        members.push({ name: node.name.text, deprecated: ts.getJSDocDeprecatedTag(node) !== undefined });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    expect(members.map((m) => m.name)).toEqual([...catalog.names()]);
    expect(members.filter((m) => m.deprecated).map((m) => m.name)).toEqual(catalog.aliases().map((a) => a.name));
  });

  test('a comment terminator in the docs cannot end the JSDoc early', () => {
    expect(jsDocComment('a */ b\n@tag', '')).toBe('/**\n * a *\\/ b\n * \\@tag\n */');
  });
});

import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-lookalike-mixup.js';
import { lint, position } from '../helpers/access-forms.js';
import { cli, lookalikes } from '../helpers/sections.js';

const ruleTester = new RuleTester();


function projectData(name: string, path: string, code: string, at: string, output: string) {
  return {
    messageId: 'apiBaseForProjectData' as const,
    data: { name, meant: 'FLUX_URL', section: lookalikes, path },
    ...position(code, at),
    suggestions: [{ messageId: 'readInstead' as const, data: { name, to: 'FLUX_URL' }, output }],
  };
}

function controlPlane(name: string, path: string, code: string, at: string, output: string) {
  return {
    messageId: 'serviceUrlForControlPlane' as const,
    data: { name, meant: 'FLUX_API_BASE', section: lookalikes, path },
    ...position(code, at),
    suggestions: [{ messageId: 'readInstead' as const, data: { name, to: 'FLUX_API_BASE' }, output }],
  };
}

function signs(name: string, library: string, code: string, at: string) {
  return {
    messageId: 'authSecretSignsFluxJwt' as const,
    data: { name, meant: 'FLUX_GATEWAY_JWT_SECRET', section: lookalikes, library },
    ...position(code, at),
    suggestions: [
      { messageId: 'readInstead' as const, data: { name, to: 'FLUX_GATEWAY_JWT_SECRET' }, output: code.replace(name, 'FLUX_GATEWAY_JWT_SECRET') },
    ],
  };
}

function authSecret(library: string, code: string) {
  return {
    messageId: 'gatewaySecretAsAuthSecret' as const,
    data: { name: 'FLUX_GATEWAY_JWT_SECRET', meant: 'AUTH_SECRET', section: lookalikes, library },
    ...position(code, 'FLUX_GATEWAY_JWT_SECRET'),
    suggestions: [
      {
        messageId: 'readInstead' as const,
        data: { name: 'FLUX_GATEWAY_JWT_SECRET', to: 'AUTH_SECRET' },
        output: code.replace('FLUX_GATEWAY_JWT_SECRET', 'AUTH_SECRET'),
      },
    ],
  };
}

function bearer(url: string, code: string, at: string) {
  return {
    messageId: 'apiTokenAsServiceBearer' as const,
    data: { name: 'FLUX_API_TOKEN', meant: 'FLUX_BEARER_TOKEN', section: cli, url, signer: 'FLUX_GATEWAY_JWT_SECRET' },
    ...position(code, at),
  };
}

const jsonwebtoken = "import jwt from 'jsonwebtoken';\n";
const jose = "import { SignJWT } from 'jose';\n";
const nextAuth = "import NextAuth from 'next-auth';\n";

ruleTester.run('no-lookalike-mixup', rule, {
  valid: [
    // The right variable on each surface.
    'fetch(`${process.env.FLUX_URL}/notes?select=*`);',
    'fetch(`${process.env.FLUX_API_BASE}/projects`);',
    "fetch(process.env.NEXT_PUBLIC_FLUX_URL + '/rpc/search');",
    // No clear evidence: a plain path, a path not right after the value, a tagged template.
    'fetch(`${process.env.FLUX_API_BASE}/notes`);',
    'fetch(`https://proxy.test/?to=${process.env.FLUX_API_BASE}&select=x`);',
    'sql`${process.env.FLUX_API_BASE}/notes?select=*`;',
    'fetch(`${process.env.FLUX_URL}/projects`);',
    // Signing the Flux JWT with the gateway secret; signing with AUTH_SECRET outside jsonwebtoken/jose.
    `${jsonwebtoken}jwt.sign({ role: 'authenticated' }, process.env.FLUX_GATEWAY_JWT_SECRET!);`,
    `${jose}await new SignJWT({}).sign(new TextEncoder().encode(process.env.FLUX_GATEWAY_JWT_SECRET));`,
    "import { sign } from './my-signer';\nsign({}, process.env.AUTH_SECRET);",
    'jwt.sign({}, process.env.AUTH_SECRET);',
    // Verifying with AUTH_SECRET is not signing a Flux token.
    `${jsonwebtoken}jwt.verify(token, process.env.AUTH_SECRET!);`,
    // Auth.js given its own secret; a `secret` option of another library.
    `${nextAuth}NextAuth({ secret: process.env.AUTH_SECRET });`,
    "import thing from 'other-lib';\nthing({ secret: process.env.FLUX_GATEWAY_JWT_SECRET });",
    // The API token as the bearer of a control plane request; a Service URL request with a minted JWT.
    'fetch(`${process.env.FLUX_API_BASE}/projects`, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });',
    'fetch(`${process.env.FLUX_URL}/notes`, { headers: { Authorization: `Bearer ${token}` } });',
    'fetch(someUrl, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });',
    // A local `process` is not the environment.
    'function f(process) { return fetch(`${process.env.FLUX_API_BASE}/notes?select=*`); }',
  ],
  invalid: [
    // FLUX_API_BASE with a PostgREST query, in the ways a URL is built.
    ...[
      'fetch(`${process.env.FLUX_API_BASE}/notes?select=id,title`);',
      "fetch(process.env.FLUX_API_BASE + '/notes?select=*');",
      "fetch(process.env.FLUX_API_BASE! + `/notes?id=eq.${id}`);",
      "fetch(new URL('/rpc/search_notes', process.env.FLUX_API_BASE));",
      "fetch(`${process.env.FLUX_API_BASE ?? 'https://flux.vsl-base.com/api'}/notes?select=*`);",
    ].map((code) => {
      const path = code.includes('/rpc/') ? '/rpc/search_notes' : code.includes('eq.') ? '/notes?id=eq.' : code.includes('id,title') ? '/notes?select=id,title' : '/notes?select=*';
      return { code, errors: [projectData('FLUX_API_BASE', path, code, 'FLUX_API_BASE', code.replace('FLUX_API_BASE', 'FLUX_URL'))] };
    }),
    // Through a constant, and through destructuring.
    {
      code: 'const base = process.env.FLUX_API_BASE;\nexport const notes = () => fetch(`${base}/notes?select=*&order=created_at.desc`);',
      errors: [
        projectData(
          'FLUX_API_BASE',
          '/notes?select=*&order=created_at.desc',
          'const base = process.env.FLUX_API_BASE;\nexport const notes = () => fetch(`${base}/notes?select=*&order=created_at.desc`);',
          'FLUX_API_BASE',
          'const base = process.env.FLUX_URL;\nexport const notes = () => fetch(`${base}/notes?select=*&order=created_at.desc`);',
        ),
      ],
    },
    {
      code: 'const { FLUX_API_BASE } = process.env;\nfetch(`${FLUX_API_BASE}/notes?select=*`);',
      errors: [
        projectData(
          'FLUX_API_BASE',
          '/notes?select=*',
          'const { FLUX_API_BASE } = process.env;\nfetch(`${FLUX_API_BASE}/notes?select=*`);',
          'FLUX_API_BASE',
          'const { FLUX_URL: FLUX_API_BASE } = process.env;\nfetch(`${FLUX_API_BASE}/notes?select=*`);',
        ),
      ],
    },
    // Service URL with a control plane path; the alias and the public twin too.
    ...['FLUX_URL', 'FLUX_SERVICE_URL', 'NEXT_PUBLIC_FLUX_URL'].map((name) => {
      const code = `fetch(\`\${process.env.${name}}/api/projects/\${slug}\`);`;
      return { code, errors: [controlPlane(name, '/api/projects/', code, name, code.replace(name, 'FLUX_API_BASE'))] };
    }),
    {
      code: "import { env } from 'node:process';\nfetch(env.FLUX_URL + '/api/projects');",
      errors: [
        controlPlane(
          'FLUX_URL',
          '/api/projects',
          "import { env } from 'node:process';\nfetch(env.FLUX_URL + '/api/projects');",
          'FLUX_URL',
          "import { env } from 'node:process';\nfetch(env.FLUX_API_BASE + '/api/projects');",
        ),
      ],
    },
    // The evidence is the string's value: escapes in the source do not hide it.
    {
      code: "fetch(process.env.FLUX_URL + '\\/api\\/projects');",
      errors: [
        controlPlane(
          'FLUX_URL',
          '/api/projects',
          "fetch(process.env.FLUX_URL + '\\/api\\/projects');",
          'FLUX_URL',
          "fetch(process.env.FLUX_API_BASE + '\\/api\\/projects');",
        ),
      ],
    },
    // AUTH_SECRET signing a JWT: jsonwebtoken (default, named, require), jose (named, namespace, through a constant key).
    {
      code: `${jsonwebtoken}const token = jwt.sign({ role: 'authenticated' }, process.env.AUTH_SECRET!, { expiresIn: '1h' });`,
      errors: [signs('AUTH_SECRET', 'jsonwebtoken', `${jsonwebtoken}const token = jwt.sign({ role: 'authenticated' }, process.env.AUTH_SECRET!, { expiresIn: '1h' });`, 'AUTH_SECRET!')],
    },
    {
      code: "import { sign } from 'jsonwebtoken';\nsign(claims, process.env.NEXTAUTH_SECRET as string);",
      errors: [signs('NEXTAUTH_SECRET', 'jsonwebtoken', "import { sign } from 'jsonwebtoken';\nsign(claims, process.env.NEXTAUTH_SECRET as string);", 'NEXTAUTH_SECRET')],
    },
    {
      code: "const jwt = require('jsonwebtoken');\njwt.sign(claims, process.env.AUTH_SECRET);",
      errors: [signs('AUTH_SECRET', 'jsonwebtoken', "const jwt = require('jsonwebtoken');\njwt.sign(claims, process.env.AUTH_SECRET);", 'AUTH_SECRET')],
    },
    {
      code: `${jose}const key = new TextEncoder().encode(process.env.AUTH_SECRET);\nexport const mint = () => new SignJWT({ role: 'authenticated' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(key);`,
      errors: [
        signs(
          'AUTH_SECRET',
          'jose',
          `${jose}const key = new TextEncoder().encode(process.env.AUTH_SECRET);\nexport const mint = () => new SignJWT({ role: 'authenticated' }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(key);`,
          'AUTH_SECRET',
        ),
      ],
    },
    {
      code: "import * as jose from 'jose';\nawait new jose.SignJWT({}).sign(Buffer.from(process.env.AUTH_SECRET!));",
      errors: [signs('AUTH_SECRET', 'jose', "import * as jose from 'jose';\nawait new jose.SignJWT({}).sign(Buffer.from(process.env.AUTH_SECRET!));", 'AUTH_SECRET')],
    },
    // FLUX_GATEWAY_JWT_SECRET as Auth.js's secret: a call of an Auth.js export, a typed config object.
    {
      code: `${nextAuth}export const { handlers, auth } = NextAuth({ providers: [], secret: process.env.FLUX_GATEWAY_JWT_SECRET });`,
      errors: [authSecret('next-auth', `${nextAuth}export const { handlers, auth } = NextAuth({ providers: [], secret: process.env.FLUX_GATEWAY_JWT_SECRET });`)],
    },
    {
      code: "import { Auth } from '@auth/core';\nAuth(request, { secret: process.env.FLUX_GATEWAY_JWT_SECRET, providers: [] });",
      errors: [authSecret('@auth/core', "import { Auth } from '@auth/core';\nAuth(request, { secret: process.env.FLUX_GATEWAY_JWT_SECRET, providers: [] });")],
    },
    {
      code: `${nextAuth}export const { auth } = NextAuth((req) => ({ secret: process.env.FLUX_GATEWAY_JWT_SECRET }));`,
      errors: [authSecret('next-auth', `${nextAuth}export const { auth } = NextAuth((req) => ({ secret: process.env.FLUX_GATEWAY_JWT_SECRET }));`)],
    },
    {
      code: "import type { NextAuthConfig } from 'next-auth';\nexport const config = { secret: process.env.FLUX_GATEWAY_JWT_SECRET } satisfies NextAuthConfig;",
      errors: [authSecret('Auth.js', "import type { NextAuthConfig } from 'next-auth';\nexport const config = { secret: process.env.FLUX_GATEWAY_JWT_SECRET } satisfies NextAuthConfig;")],
    },
    {
      code: "import type { NextAuthOptions } from 'next-auth';\nexport const options: NextAuthOptions = { secret: process.env.FLUX_GATEWAY_JWT_SECRET };",
      errors: [authSecret('Auth.js', "import type { NextAuthOptions } from 'next-auth';\nexport const options: NextAuthOptions = { secret: process.env.FLUX_GATEWAY_JWT_SECRET };")],
    },
    // FLUX_API_TOKEN as the bearer of a Service URL request.
    {
      code: 'await fetch(`${process.env.FLUX_URL}/notes?select=*`, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });',
      errors: [bearer('FLUX_URL', 'await fetch(`${process.env.FLUX_URL}/notes?select=*`, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });', 'FLUX_API_TOKEN')],
    },
    {
      code: "const { FLUX_API_TOKEN, NEXT_PUBLIC_FLUX_URL } = process.env;\nconst url = NEXT_PUBLIC_FLUX_URL + '/notes';\nawait fetch(url, { method: 'POST', headers: { 'authorization': 'Bearer ' + FLUX_API_TOKEN } });",
      errors: [
        bearer(
          'NEXT_PUBLIC_FLUX_URL',
          "const { FLUX_API_TOKEN, NEXT_PUBLIC_FLUX_URL } = process.env;\nconst url = NEXT_PUBLIC_FLUX_URL + '/notes';\nawait fetch(url, { method: 'POST', headers: { 'authorization': 'Bearer ' + FLUX_API_TOKEN } });",
          'FLUX_API_TOKEN',
        ),
      ],
    },
    {
      code: "new Request(new URL('/notes', process.env.FLUX_SERVICE_URL), { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });",
      errors: [bearer('FLUX_SERVICE_URL', "new Request(new URL('/notes', process.env.FLUX_SERVICE_URL), { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });", 'FLUX_API_TOKEN')],
    },
  ],
});

describe('no-lookalike-mixup messages', () => {
  it('words each collision', () => {
    const [apiBase] = lint('no-lookalike-mixup', rule, 'fetch(`${process.env.FLUX_API_BASE}/notes?select=*`);');
    expect(apiBase).toEqual({
      messageId: 'apiBaseForProjectData',
      message:
        "`FLUX_API_BASE` is the control plane API the CLI calls, but this URL appends the project-data path `/notes?select=*` to it: that request yields a 404. Project data lives at your project's Service URL, `FLUX_URL` (Flux docs: Names that look alike).",
      line: 1,
      column: 22,
      suggestions: ['Read `FLUX_URL` instead of `FLUX_API_BASE`.'],
    });
    expect(lint('no-lookalike-mixup', rule, 'fetch(`${process.env.FLUX_URL}/api/projects`);')[0]?.message).toBe(
      "`FLUX_URL` is your project's Service URL, but this URL appends the control plane path `/api/projects` to it: that request yields a 404. Control plane calls go to `FLUX_API_BASE` (the dashboard API origin + `/api`) (Flux docs: Names that look alike).",
    );
    expect(lint('no-lookalike-mixup', rule, `${jsonwebtoken}jwt.sign({}, process.env.AUTH_SECRET);`)[0]?.message).toBe(
      "`AUTH_SECRET` signs your app's Auth.js session cookie, but here it signs a JWT with `jsonwebtoken`: the Flux gateway accepts bearer JWTs signed with `FLUX_GATEWAY_JWT_SECRET` only. Sign Flux tokens with `FLUX_GATEWAY_JWT_SECRET`, and keep the two secrets independent (Flux docs: Names that look alike).",
    );
    expect(lint('no-lookalike-mixup', rule, `${nextAuth}NextAuth({ secret: process.env.FLUX_GATEWAY_JWT_SECRET });`)[0]?.message).toBe(
      "`FLUX_GATEWAY_JWT_SECRET` signs the bearer JWTs you mint for Flux, but here it is Auth.js's `secret`, which signs your session cookie. Give Auth.js `AUTH_SECRET`: the two are independent secrets and should be different values (Flux docs: Names that look alike).",
    );
    expect(
      lint('no-lookalike-mixup', rule, 'fetch(`${process.env.FLUX_URL}/notes`, { headers: { Authorization: `Bearer ${process.env.FLUX_API_TOKEN}` } });'),
    ).toEqual([
      {
        messageId: 'apiTokenAsServiceBearer',
        message:
          "`FLUX_API_TOKEN` is your personal control plane token, but here it is the bearer of a request to your project's Service URL (`FLUX_URL`): the gateway accepts only JWTs signed with `FLUX_GATEWAY_JWT_SECRET`, and the token leaks to the project surface. Mint a JWT with `FLUX_GATEWAY_JWT_SECRET`, or use `FLUX_BEARER_TOKEN` in scripts (Flux docs: 3. Driving the CLI).",
        line: 1,
        column: 90,
        suggestions: [],
      },
    ]);
  });
});

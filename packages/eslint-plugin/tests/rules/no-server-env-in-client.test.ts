import { RuleTester } from '@typescript-eslint/rule-tester';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-server-env-in-client.js';
import { lint, position, readForms } from '../helpers/access-forms.js';
import { wiring, auth, cli } from '../helpers/sections.js';

const ruleTester = new RuleTester();

const CLIENT = "'use client';\n";
const twinInstead = 'Read its public twin `NEXT_PUBLIC_FLUX_URL` here';
const serverInstead = 'Read it in server code and pass the value to this module';
const formText = {
  destructuring: 'destructuring',
  alias: 'another name for `process.env`',
  'computed-key': 'a computed key',
  'import-meta-env': '`import.meta.env`',
} as const;

function withTwin(code: string, at: string, output: string) {
  return {
    messageId: 'serverOnlyInClient' as const,
    data: { name: 'FLUX_URL', prefix: 'NEXT_PUBLIC_', instead: twinInstead, section: wiring },
    ...position(code, at),
    suggestions: [{ messageId: 'readInstead' as const, data: { name: 'FLUX_URL', to: 'NEXT_PUBLIC_FLUX_URL' }, output }],
  };
}

/** `FLUX_URL` read in client code through a form Next.js does not inline: no suggestion. */
function notDirect(code: string, at: string) {
  return {
    messageId: 'serverOnlyInClient' as const,
    data: {
      name: 'FLUX_URL',
      prefix: 'NEXT_PUBLIC_',
      instead: 'Read its public twin here as `process.env.NEXT_PUBLIC_FLUX_URL` (only that form is inlined)',
      section: wiring,
    },
    ...position(code, at),
    suggestions: [],
  };
}

ruleTester.run('no-server-env-in-client', rule, {
  valid: [
    // Server code: no directive, 'use server', a 'use client' that is not in the directive prologue.
    'const url = process.env.FLUX_URL; const s = process.env.AUTH_SECRET;',
    "'use server';\nprocess.env.FLUX_GATEWAY_JWT_SECRET;",
    "import x from 'y';\n'use client';\nprocess.env.AUTH_SECRET;",
    "function f() { 'use client'; return process.env.AUTH_SECRET; }",
    // Browser variables read the way Next.js inlines them.
    `${CLIENT}process.env.NEXT_PUBLIC_FLUX_URL;`,
    `${CLIENT}process.env['NEXT_PUBLIC_FLUX_URL'];`,
    `${CLIENT}process?.env?.NEXT_PUBLIC_POSTHOG_KEY;`,
    `${CLIENT}process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!;`,
    // Names the catalog does not know are not judged; NODE_ENV is inlined by Next.js.
    `${CLIENT}process.env.NODE_ENV; process.env.DATABASE_URL;`,
    // A browser name that exposes a secret is no-public-secret's finding, not this rule's.
    `${CLIENT}const { NEXT_PUBLIC_AUTH_SECRET } = process.env;`,
    // Writes and deletes are not reads.
    `${CLIENT}delete process.env.AUTH_SECRET;`,
    // A local `process` is not the environment.
    `${CLIENT}function f(process) { return process.env.AUTH_SECRET; }`,
    // A type declaration is not a read.
    `${CLIENT}declare global { namespace NodeJS { interface ProcessEnv { AUTH_SECRET: string } } }`,
    // clientFiles that do not match.
    { code: 'process.env.FLUX_URL;', filename: 'src/server/db.ts', options: [{ clientFiles: ['src/components/**'] }] },
  ],
  invalid: [
    // Comments before the directive do not matter; other directives may come first.
    {
      code: "// Copyright\n/* Licensed under MIT. */\n'use client';\nconst s = process.env.AUTH_SECRET;",
      errors: [{ messageId: 'secretInClient', data: { name: 'AUTH_SECRET', section: auth }, line: 4, column: 23 }],
    },
    {
      code: "'use strict';\n\"use client\";\nprocess.env.FLUX_API_TOKEN;",
      errors: [{ messageId: 'secretInClient', data: { name: 'FLUX_API_TOKEN', section: cli }, line: 3, column: 13 }],
    },
    // Every read form of a secret.
    ...readForms('FLUX_GATEWAY_JWT_SECRET', CLIENT).map((form) => ({
      code: form.code,
      errors: [
        {
          messageId: 'secretInClient' as const,
          data: { name: 'FLUX_GATEWAY_JWT_SECRET', section: wiring },
          ...position(form.code, form.at),
        },
      ],
    })),
    // An alias is judged by the variable it means.
    {
      code: `${CLIENT}process.env.NEXTAUTH_SECRET;`,
      errors: [{ messageId: 'secretInClient', data: { name: 'NEXTAUTH_SECRET', section: auth }, line: 2, column: 13 }],
    },
    // A non-secret server-only name with a public twin: suggestion to the twin, in every form that spells the name.
    {
      code: `${CLIENT}fetch(process.env.FLUX_URL + '/notes');`,
      errors: [withTwin(`${CLIENT}fetch(process.env.FLUX_URL + '/notes');`, 'FLUX_URL', `${CLIENT}fetch(process.env.NEXT_PUBLIC_FLUX_URL + '/notes');`)],
    },
    {
      // Through a form Next.js does not inline, renaming to the twin would leave it `undefined` in the browser too:
      // the message says how to read it, and there is no suggestion.
      code: `${CLIENT}const { FLUX_URL } = process.env;`,
      errors: [notDirect(`${CLIENT}const { FLUX_URL } = process.env;`, 'FLUX_URL')],
    },
    {
      code: `${CLIENT}import { env } from 'node:process';\nenv.FLUX_URL;`,
      errors: [notDirect(`${CLIENT}import { env } from 'node:process';\nenv.FLUX_URL;`, 'FLUX_URL;')],
    },
    {
      code: `${CLIENT}import.meta.env.FLUX_URL;`,
      errors: [notDirect(`${CLIENT}import.meta.env.FLUX_URL;`, 'FLUX_URL')],
    },
    {
      code: `${CLIENT}process.env['FLUX_URL'];`,
      errors: [withTwin(`${CLIENT}process.env['FLUX_URL'];`, "'FLUX_URL'", `${CLIENT}process.env['NEXT_PUBLIC_FLUX_URL'];`)],
    },
    // The legacy alias of FLUX_URL has the same twin.
    {
      code: `${CLIENT}process.env.FLUX_SERVICE_URL;`,
      errors: [
        {
          messageId: 'serverOnlyInClient',
          data: { name: 'FLUX_SERVICE_URL', prefix: 'NEXT_PUBLIC_', instead: twinInstead, section: wiring },
          line: 2,
          column: 13,
          suggestions: [
            {
              messageId: 'readInstead',
              data: { name: 'FLUX_SERVICE_URL', to: 'NEXT_PUBLIC_FLUX_URL' },
              output: `${CLIENT}process.env.NEXT_PUBLIC_FLUX_URL;`,
            },
          ],
        },
      ],
    },
    // No twin: no suggestion. CLI-only and Node variables are undefined in the browser too.
    ...['FLUX_API_BASE', 'FLUX_DEFAULT_MODE', 'NODE_EXTRA_CA_CERTS'].map((name) => ({
      code: `${CLIENT}process.env.${name};`,
      errors: [
        {
          messageId: 'serverOnlyInClient' as const,
          data: { name, prefix: 'NEXT_PUBLIC_', instead: serverInstead, section: name === 'NODE_EXTRA_CA_CERTS' ? '5. TLS and runtime' : cli },
          line: 2,
          column: 13,
        },
      ],
    })),
    // NEXT_PUBLIC_ names in forms Next.js does not inline.
    ...readForms('NEXT_PUBLIC_FLUX_URL', CLIENT)
      .filter((form) => form.readForm !== 'direct')
      .map((form) => ({
        code: form.code,
        errors: [
          {
            messageId: 'publicNotInlined' as const,
            data: { name: 'NEXT_PUBLIC_FLUX_URL', form: formText[form.readForm as keyof typeof formText], section: wiring },
            ...position(form.code, form.at),
          },
        ],
      })),
    // A NEXT_PUBLIC_ name the catalog does not know: same rule, cites section 1.
    {
      code: `${CLIENT}const { NEXT_PUBLIC_POSTHOG_KEY: key } = process.env;`,
      errors: [
        {
          messageId: 'publicNotInlined',
          data: { name: 'NEXT_PUBLIC_POSTHOG_KEY', form: 'destructuring', section: wiring },
          line: 2,
          column: 9,
        },
      ],
    },
    // clientFiles make a file client code without a directive.
    {
      code: 'const s = process.env.AUTH_GITHUB_SECRET;',
      filename: 'src/components/Login.tsx',
      options: [{ clientFiles: ['src/components/**'] }],
      errors: [{ messageId: 'secretInClient', data: { name: 'AUTH_GITHUB_SECRET', section: auth }, line: 1, column: 23 }],
    },
    {
      code: 'const { NEXT_PUBLIC_FLUX_URL } = process.env;',
      filename: 'app/ui/widget.client.tsx',
      options: [{ clientFiles: ['**/*.client.tsx'] }],
      errors: [
        { messageId: 'publicNotInlined', data: { name: 'NEXT_PUBLIC_FLUX_URL', form: 'destructuring', section: wiring }, line: 1, column: 9 },
      ],
    },
  ],
});

describe('no-server-env-in-client messages', () => {
  it('words a secret in client code', () => {
    expect(lint('no-server-env-in-client', rule, `${CLIENT}const s = process.env.FLUX_GATEWAY_JWT_SECRET;`)).toEqual([
      {
        messageId: 'secretInClient',
        message:
          '`FLUX_GATEWAY_JWT_SECRET` is a secret, read here in client code: it must never reach the browser bundle. Mint or use it in a route handler or server action, and send the client only the result (Flux docs: 1. Wiring your app to a Flux project).',
        line: 2,
        column: 23,
        suggestions: [],
      },
    ]);
  });

  it('words a server-only name, with its public twin', () => {
    expect(lint('no-server-env-in-client', rule, `${CLIENT}process.env.FLUX_URL;`)).toEqual([
      {
        messageId: 'serverOnlyInClient',
        message:
          '`FLUX_URL` is server-only, so in client code it is `undefined` in the browser: Next.js inlines only `NEXT_PUBLIC_*` variables into the client bundle. Read its public twin `NEXT_PUBLIC_FLUX_URL` here (Flux docs: 1. Wiring your app to a Flux project).',
        line: 2,
        column: 13,
        suggestions: ['Read `NEXT_PUBLIC_FLUX_URL` instead of `FLUX_URL`.'],
      },
    ]);
  });

  it('words a server-only name without a twin', () => {
    expect(lint('no-server-env-in-client', rule, `${CLIENT}process.env.FLUX_API_BASE;`)[0]?.message).toBe(
      '`FLUX_API_BASE` is server-only, so in client code it is `undefined` in the browser: Next.js inlines only `NEXT_PUBLIC_*` variables into the client bundle. Read it in server code and pass the value to this module (Flux docs: 3. Driving the CLI).',
    );
  });

  it('words a NEXT_PUBLIC_ read Next.js does not inline', () => {
    expect(lint('no-server-env-in-client', rule, `${CLIENT}const e = process.env;\ne.NEXT_PUBLIC_FLUX_URL;`)).toEqual([
      {
        messageId: 'publicNotInlined',
        message:
          '`NEXT_PUBLIC_FLUX_URL` is read through another name for `process.env` in client code, but Next.js inlines only direct `process.env.NEXT_PUBLIC_FLUX_URL` reads into the browser bundle: here it is `undefined` in the browser. Read it as `process.env.NEXT_PUBLIC_FLUX_URL` (Flux docs: 1. Wiring your app to a Flux project).',
        line: 3,
        column: 3,
        suggestions: [],
      },
    ]);
  });

  it('matches clientFiles from the directory of the config file and from the working directory', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'flux-env-client-files-'));
    const ids = (cwd: string, file: string, clientFiles: string[]) =>
      new Linter({ configType: 'flat', cwd })
        .verify(
          'process.env.AUTH_SECRET;',
          [
            {
              files: ['**/*.ts'],
              languageOptions: { parser },
              plugins: { flux: { rules: { 'no-server-env-in-client': rule as never } } },
              rules: { 'flux/no-server-env-in-client': ['error', { clientFiles }] },
            },
          ] as never,
          file,
        )
        .map((m) => m.messageId);
    try {
      // A project with its config at the root, linted from the root and from a subdirectory.
      mkdirSync(path.join(root, 'components'));
      writeFileSync(path.join(root, 'eslint.config.mjs'), 'export default [];\n');
      const widget = path.join(root, 'components', 'widget.ts');
      expect(ids(root, widget, ['components/**'])).toEqual(['secretInClient']);
      expect(ids(path.join(root, 'components'), widget, ['components/**'])).toEqual(['secretInClient']);
      // A nested package with its own config, linted from the root with globs written from the root (`--config`
      // from the root, or ESLint 9's lookup from the working directory): still matched.
      mkdirSync(path.join(root, 'packages', 'web', 'components'), { recursive: true });
      writeFileSync(path.join(root, 'packages', 'web', 'eslint.config.mjs'), 'export default [];\n');
      const nested = path.join(root, 'packages', 'web', 'components', 'w.ts');
      expect(ids(root, nested, ['packages/web/components/**'])).toEqual(['secretInClient']);
      expect(ids(root, nested, ['components/**'])).toEqual(['secretInClient']);
      // A file that neither path matches is server code.
      expect(ids(root, path.join(root, 'lib', 'db.ts'), ['components/**'])).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports bad options with a clear message, not a stack trace', () => {
    expect(() => lint('no-server-env-in-client', rule, 'x;', [{ clientFiles: 'src/**' }])).toThrow(/"flux\/no-server-env-in-client":\s+Value "src\/\*\*" should be array/u);
  });
});

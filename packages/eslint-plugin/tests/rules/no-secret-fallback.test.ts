import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-secret-fallback.js';
import { lint, position, readForms } from '../helpers/access-forms.js';
import { wiring, auth, cli } from '../helpers/sections.js';

const ruleTester = new RuleTester();


function fallback(name: string, length: number, section: string, code: string, at: string) {
  return { messageId: 'secretFallback' as const, data: { name, value: `a hidden value of ${length} characters`, section }, ...position(code, at) };
}

ruleTester.run('no-secret-fallback', rule, {
  valid: [
    // No fallback, an empty fallback, a non-literal fallback.
    'const s = process.env.AUTH_SECRET;',
    "const s = process.env.AUTH_SECRET ?? '';",
    'const s = process.env.AUTH_SECRET ?? ``;',
    'const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;',
    'const s = process.env.FLUX_GATEWAY_JWT_SECRET ?? crypto.randomUUID();',
    'const s = process.env.AUTH_SECRET || undefined;',
    'const s = process.env.AUTH_SECRET ?? null;',
    "const { AUTH_SECRET = '' } = process.env;",
    // Not a fallback: a comparison, `&&`, a test of the conditional.
    "if (process.env.AUTH_SECRET === 'placeholder') {}",
    "const s = process.env.AUTH_SECRET && 'set';",
    "const s = process.env.AUTH_SECRET ? 'configured' : 'missing';",
    // Not secrets.
    "const u = process.env.FLUX_URL ?? 'http://localhost:3000';",
    "const k = process.env.NEXT_PUBLIC_POSTHOG_KEY ?? 'phc_placeholder';",
    "const r = process.env.PGRST_DB_ANON_ROLE || 'anon';",
    // A local `process` is not the environment.
    "function f(process) { return process.env.AUTH_SECRET ?? 'placeholder'; }",
  ],
  invalid: [
    {
      code: "const s = process.env.AUTH_SECRET ?? 'dev-secret';",
      errors: [fallback('AUTH_SECRET', 10, auth, "const s = process.env.AUTH_SECRET ?? 'dev-secret';", "'dev-secret'")],
    },
    {
      code: "const s = process.env.FLUX_GATEWAY_JWT_SECRET || `placeholder`;",
      errors: [fallback('FLUX_GATEWAY_JWT_SECRET', 11, wiring, 'const s = process.env.FLUX_GATEWAY_JWT_SECRET || `placeholder`;', '`placeholder`')],
    },
    // A chain: the literal is the fallback of every read before it; the legacy alias is a secret too.
    {
      code: "const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? 'changeme';",
      errors: [
        fallback('AUTH_SECRET', 8, auth, "const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? 'changeme';", "'changeme'"),
        fallback('NEXTAUTH_SECRET', 8, auth, "const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? 'changeme';", "'changeme'"),
      ],
    },
    // A conditional: the other branch is the fallback, whatever the test; each literal branch is reported.
    {
      code: "const s = process.env.FLUX_API_TOKEN ? process.env.FLUX_API_TOKEN : 'test-token';",
      errors: [fallback('FLUX_API_TOKEN', 10, cli, "const s = process.env.FLUX_API_TOKEN ? process.env.FLUX_API_TOKEN : 'test-token';", "'test-token'")],
    },
    {
      code: "const s = isProd ? process.env.FLUX_BEARER_TOKEN! : dev ? 'a.b.c' : 'x.y.z';",
      errors: [
        fallback('FLUX_BEARER_TOKEN', 5, wiring, "const s = isProd ? process.env.FLUX_BEARER_TOKEN! : dev ? 'a.b.c' : 'x.y.z';", "'a.b.c'"),
        fallback('FLUX_BEARER_TOKEN', 5, wiring, "const s = isProd ? process.env.FLUX_BEARER_TOKEN! : dev ? 'a.b.c' : 'x.y.z';", "'x.y.z'"),
      ],
    },
    // Destructuring defaults, and a number literal.
    {
      code: "const { AUTH_GITHUB_SECRET = 'gh-placeholder', PGRST_JWT_SECRET: pg = 12345 } = process.env;",
      errors: [
        fallback('AUTH_GITHUB_SECRET', 14, auth, "const { AUTH_GITHUB_SECRET = 'gh-placeholder', PGRST_JWT_SECRET: pg = 12345 } = process.env;", "'gh-placeholder'"),
        fallback(
          'PGRST_JWT_SECRET',
          5,
          '4. PostgREST container envs (v1_dedicated only)',
          "const { AUTH_GITHUB_SECRET = 'gh-placeholder', PGRST_JWT_SECRET: pg = 12345 } = process.env;",
          '12345',
        ),
      ],
    },
    // Every read form (the destructuring form with a default gets its default reported).
    ...readForms('AUTH_SECRET')
      .filter((form) => !form.code.includes("= 'd'"))
      .map((form) => {
        const code = form.code.replace(/use\((.*)\);$/u, "use($1 ?? 'placeholder');");
        return { code, errors: [fallback('AUTH_SECRET', 11, auth, code, "'placeholder'")] };
      })
      .filter((test) => test.code.includes("?? 'placeholder'") && !test.code.startsWith('const {') && !test.code.startsWith('let x')),
    {
      code: "let s;\n({ AUTH_SECRET: s = 'placeholder' } = process.env);",
      errors: [fallback('AUTH_SECRET', 11, auth, "let s;\n({ AUTH_SECRET: s = 'placeholder' } = process.env);", "'placeholder'")],
    },
  ],
});

describe('no-secret-fallback messages', () => {
  it('masks the literal and words the problem', () => {
    expect(lint('no-secret-fallback', rule, "const s = process.env.FLUX_GATEWAY_JWT_SECRET ?? 'not-a-real-secret';")).toEqual([
      {
        messageId: 'secretFallback',
        message:
          '`FLUX_GATEWAY_JWT_SECRET` is a secret, but this read falls back to a literal (a hidden value of 17 characters) when it is unset: that literal is a hard-coded secret in your source, and the app silently runs with it. Remove the fallback and fail when `FLUX_GATEWAY_JWT_SECRET` is missing (Flux docs: 1. Wiring your app to a Flux project).',
        line: 1,
        column: 50,
        suggestions: [],
      },
    ]);
  });
});

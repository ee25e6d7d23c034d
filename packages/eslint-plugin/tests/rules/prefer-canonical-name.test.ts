import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/prefer-canonical-name.js';

const ruleTester = new RuleTester();

const serviceUrl = {
  name: 'FLUX_SERVICE_URL',
  canonical: 'FLUX_URL',
  reason: 'FLUX_URL is the name printed by flux create and the canonical form going forward',
  section: '1. Wiring your app to a Flux project',
};
const nextAuthSecret = {
  name: 'NEXTAUTH_SECRET',
  canonical: 'AUTH_SECRET',
  reason: 'Auth.js v5 reads AUTH_SECRET; the dashboard aliases the legacy NEXTAUTH_SECRET to it',
  section: '2. Auth wiring (Auth.js, Clerk)',
};

/** One legacy-alias error at `column` of line `line`, with the rename suggestion giving `output`. */
function legacy(column: number, output: string, data = serviceUrl, line = 1) {
  return {
    messageId: 'legacyAlias' as const,
    data,
    line,
    column,
    endLine: line,
    suggestions: [{ messageId: 'renameToCanonical' as const, data, output }],
  };
}

ruleTester.run('prefer-canonical-name', rule, {
  valid: [
    'process.env.FLUX_URL;',
    'process.env.AUTH_SECRET;',
    // A legacy name read only as a fallback after its canonical name is a migration pattern.
    'const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;',
    'const s = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;',
    'const u = process.env.FLUX_URL ?? process.env.NEXT_PUBLIC_FLUX_URL ?? process.env.FLUX_SERVICE_URL;',
    // A local `process` is not the environment.
    'function f(process) { return process.env.FLUX_SERVICE_URL; }',
    'const process = { env: {} }; process.env.FLUX_SERVICE_URL;',
    // A dynamic key is not a name.
    'function f(key) { return process.env[key]; }',
    'let key = "FLUX_SERVICE_URL"; key = other(); process.env[key];',
    // Not the environment.
    'config.env.FLUX_SERVICE_URL;',
    'process.envs.FLUX_SERVICE_URL;',
    // Deleting a legacy variable is how you migrate away from it.
    'delete process.env.FLUX_SERVICE_URL;',
    // A declaration is not an access.
    'declare global { namespace NodeJS { interface ProcessEnv { FLUX_SERVICE_URL?: string } } }',
  ],
  invalid: [
    { code: 'process.env.FLUX_SERVICE_URL;', errors: [legacy(13, 'process.env.FLUX_URL;')] },
    { code: "process.env['FLUX_SERVICE_URL'];", errors: [legacy(13, "process.env['FLUX_URL'];")] },
    { code: 'process.env["FLUX_SERVICE_URL"];', errors: [legacy(13, 'process.env["FLUX_URL"];')] },
    { code: 'process.env[`FLUX_SERVICE_URL`];', errors: [legacy(13, 'process.env[`FLUX_URL`];')] },
    // Through TypeScript's wrappers the literal is still spelled: reported and renamed there.
    { code: "process.env['FLUX_SERVICE_URL' as const];", errors: [{ ...legacy(13, "process.env['FLUX_URL' as const];"), endColumn: 31 }] },
    {
      code: "const { ['FLUX_SERVICE_URL' as const]: url } = process.env;",
      errors: [{ ...legacy(10, "const { ['FLUX_URL' as const]: url } = process.env;"), endColumn: 28 }],
    },
    { code: 'process?.env?.FLUX_SERVICE_URL;', errors: [legacy(15, 'process?.env?.FLUX_URL;')] },
    { code: "process['env'].FLUX_SERVICE_URL;", errors: [legacy(16, "process['env'].FLUX_URL;")] },
    { code: 'globalThis.process.env.FLUX_SERVICE_URL;', errors: [legacy(24, 'globalThis.process.env.FLUX_URL;')] },
    { code: 'process.env.FLUX_SERVICE_URL!;', errors: [legacy(13, 'process.env.FLUX_URL!;')] },
    { code: '(process.env as Env).FLUX_SERVICE_URL;', errors: [legacy(22, '(process.env as Env).FLUX_URL;')] },
    // A key held in a const is reported at the key, and has no rename (the name is not written here).
    {
      code: "const KEY = 'FLUX_SERVICE_URL';\nprocess.env[KEY];",
      errors: [{ messageId: 'legacyAlias', data: serviceUrl, line: 2, column: 13, suggestions: [] }],
    },
    // Destructuring keeps the local binding's name.
    {
      code: 'const { FLUX_SERVICE_URL } = process.env;',
      errors: [legacy(9, 'const { FLUX_URL: FLUX_SERVICE_URL } = process.env;')],
    },
    {
      code: 'const { FLUX_SERVICE_URL: url } = process.env;',
      errors: [legacy(9, 'const { FLUX_URL: url } = process.env;')],
    },
    {
      code: "const { FLUX_SERVICE_URL = 'http://localhost:3000', ...rest } = process.env;",
      errors: [legacy(9, "const { FLUX_URL: FLUX_SERVICE_URL = 'http://localhost:3000', ...rest } = process.env;")],
    },
    {
      code: "const { 'FLUX_SERVICE_URL': url } = process.env;",
      errors: [legacy(9, "const { 'FLUX_URL': url } = process.env;")],
    },
    {
      code: 'let url; ({ FLUX_SERVICE_URL: url } = process.env);',
      errors: [legacy(13, 'let url; ({ FLUX_URL: url } = process.env);')],
    },
    {
      code: 'const { env } = process;\nenv.FLUX_SERVICE_URL;',
      errors: [legacy(5, 'const { env } = process;\nenv.FLUX_URL;', serviceUrl, 2)],
    },
    {
      code: 'const { env: { FLUX_SERVICE_URL: u } } = process;',
      errors: [legacy(16, 'const { env: { FLUX_URL: u } } = process;')],
    },
    {
      code: 'const e = process.env;\ne.FLUX_SERVICE_URL;',
      errors: [legacy(3, 'const e = process.env;\ne.FLUX_URL;', serviceUrl, 2)],
    },
    {
      code: 'const p = process;\np.env.FLUX_SERVICE_URL;',
      errors: [legacy(7, 'const p = process;\np.env.FLUX_URL;', serviceUrl, 2)],
    },
    {
      code: "import { env } from 'node:process';\nenv.FLUX_SERVICE_URL;",
      errors: [legacy(5, "import { env } from 'node:process';\nenv.FLUX_URL;", serviceUrl, 2)],
    },
    {
      code: "import { env as e } from 'process';\ne.FLUX_SERVICE_URL;",
      errors: [legacy(3, "import { env as e } from 'process';\ne.FLUX_URL;", serviceUrl, 2)],
    },
    {
      code: "import process from 'process';\nprocess.env.FLUX_SERVICE_URL;",
      errors: [legacy(13, "import process from 'process';\nprocess.env.FLUX_URL;", serviceUrl, 2)],
    },
    {
      code: "import * as p from 'node:process';\np.env.FLUX_SERVICE_URL;",
      errors: [legacy(7, "import * as p from 'node:process';\np.env.FLUX_URL;", serviceUrl, 2)],
    },
    {
      code: "require('process').env.FLUX_SERVICE_URL;",
      errors: [legacy(24, "require('process').env.FLUX_URL;")],
    },
    {
      code: "const { env } = require('node:process');\nenv.FLUX_SERVICE_URL;",
      errors: [legacy(5, "const { env } = require('node:process');\nenv.FLUX_URL;", serviceUrl, 2)],
    },
    { code: 'import.meta.env.FLUX_SERVICE_URL;', errors: [legacy(17, 'import.meta.env.FLUX_URL;')] },
    // Comments between the parts of `import.meta`; a variable named `meta` is not it.
    {
      code: 'const meta = { env: {} };\nmeta.env.FLUX_SERVICE_URL;\nimport /*c*/ . /*d*/ meta.env.FLUX_SERVICE_URL;',
      errors: [
        legacy(31, 'const meta = { env: {} };\nmeta.env.FLUX_SERVICE_URL;\nimport /*c*/ . /*d*/ meta.env.FLUX_URL;', undefined, 3),
      ],
    },
    // Writes.
    { code: "process.env.FLUX_SERVICE_URL = 'https://x';", errors: [legacy(13, "process.env.FLUX_URL = 'https://x';")] },
    {
      code: "Object.assign(process.env, { FLUX_SERVICE_URL: 'https://x' });",
      errors: [legacy(30, "Object.assign(process.env, { FLUX_URL: 'https://x' });")],
    },
    {
      code: 'Object.assign(process.env, { FLUX_SERVICE_URL });',
      errors: [legacy(30, 'Object.assign(process.env, { FLUX_URL: FLUX_SERVICE_URL });')],
    },
    {
      code: "Object.defineProperty(process.env, 'FLUX_SERVICE_URL', { value: 'https://x' });",
      errors: [legacy(36, "Object.defineProperty(process.env, 'FLUX_URL', { value: 'https://x' });")],
    },
    // The legacy name read first, before its canonical name, is reported; the fix trades the two places
    // (a rename would read AUTH_SECRET twice).
    {
      code: 'const s = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;',
      errors: [
        {
          messageId: 'legacyAlias' as const,
          data: nextAuthSecret,
          line: 1,
          column: 23,
          suggestions: [
            {
              messageId: 'swapWithCanonical' as const,
              data: { ...nextAuthSecret, partner: 'AUTH_SECRET' },
              output: 'const s = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;',
            },
          ],
        },
      ],
    },
    {
      code: "const { env } = process;\nconst s = env['NEXTAUTH_SECRET'] || env.AUTH_SECRET || 'dev';",
      errors: [
        {
          messageId: 'legacyAlias' as const,
          data: nextAuthSecret,
          line: 2,
          column: 15,
          suggestions: [
            {
              messageId: 'swapWithCanonical' as const,
              data: { ...nextAuthSecret, partner: 'AUTH_SECRET' },
              output: "const { env } = process;\nconst s = env['AUTH_SECRET'] || env.NEXTAUTH_SECRET || 'dev';",
            },
          ],
        },
      ],
    },
    // A fallback after some other name is not the migration pattern.
    {
      code: 'const s = process.env.AUTH_URL ?? process.env.NEXTAUTH_SECRET;',
      errors: [legacy(47, 'const s = process.env.AUTH_URL ?? process.env.AUTH_SECRET;', nextAuthSecret)],
    },
    // With Node globals declared, `process` resolves to the global variable.
    {
      code: 'process.env.FLUX_SERVICE_URL;',
      languageOptions: { globals: { process: 'readonly' } },
      errors: [legacy(13, 'process.env.FLUX_URL;')],
    },
    // Every alias of the catalog.
    {
      code: 'process.env.NEXTAUTH_URL;',
      errors: [legacy(13, 'process.env.AUTH_URL;', { name: 'NEXTAUTH_URL', canonical: 'AUTH_URL', reason: 'Auth.js v5 reads AUTH_URL; either name works', section: '2. Auth wiring (Auth.js, Clerk)' })],
    },
    {
      code: 'process.env.GITHUB_ID;',
      errors: [legacy(13, 'process.env.AUTH_GITHUB_ID;', { name: 'GITHUB_ID', canonical: 'AUTH_GITHUB_ID', reason: 'Auth.js v5 reads AUTH_GITHUB_ID; the dashboard accepts the unprefixed legacy name too', section: '2. Auth wiring (Auth.js, Clerk)' })],
    },
    {
      code: 'process.env.GITHUB_SECRET;',
      errors: [legacy(13, 'process.env.AUTH_GITHUB_SECRET;', { name: 'GITHUB_SECRET', canonical: 'AUTH_GITHUB_SECRET', reason: 'Auth.js v5 reads AUTH_GITHUB_SECRET; the dashboard accepts the unprefixed legacy name too', section: '2. Auth wiring (Auth.js, Clerk)' })],
    },
    // The autofix option renames with --fix.
    {
      code: 'process.env.FLUX_SERVICE_URL;',
      options: [{ autofix: true }],
      output: 'process.env.FLUX_URL;',
      errors: [{ messageId: 'legacyAlias', data: serviceUrl, line: 1, column: 13 }],
    },
  ],
});

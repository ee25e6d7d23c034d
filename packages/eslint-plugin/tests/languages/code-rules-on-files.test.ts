// The code rules, built on `envAccessListeners`, on `.env` entries and `package.json` script assignments.
import noPublicSecret from '../../src/rules/no-public-secret.js';
import noTlsRejectUnauthorized from '../../src/rules/no-tls-reject-unauthorized.js';
import noUnknownVariable from '../../src/rules/no-unknown-variable.js';
import preferCanonicalName from '../../src/rules/prefer-canonical-name.js';
import validValue from '../../src/rules/valid-value.js';
import { dotenvTester, exampleTester, jsonTester } from './eslint-rule-tester.js';

const TLS =
  'Setting `NODE_TLS_REJECT_UNAUTHORIZED` to "0" turns off TLS certificate checks for every HTTPS connection this process makes, not just the call to Flux. Trust a private CA with `NODE_EXTRA_CA_CERTS`, or relax TLS for the Flux client only (an undici Agent with `rejectUnauthorized: false` behind a clearly-named env flag) (Flux docs: 5. TLS and runtime).';
const PUBLIC_SECRET =
  '`NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET` exposes the secret `FLUX_GATEWAY_JWT_SECRET` to the browser: Next.js inlines every `NEXT_PUBLIC_` variable into the client bundle. Keep `FLUX_GATEWAY_JWT_SECRET` server-only and use it in a route handler or server action (Flux docs: 1. Wiring your app to a Flux project).';

dotenvTester.run('no-tls-reject-unauthorized on .env', noTlsRejectUnauthorized as never, {
  valid: ['NODE_TLS_REJECT_UNAUTHORIZED=1', 'NODE_EXTRA_CA_CERTS=./ca.pem', '# NODE_TLS_REJECT_UNAUTHORIZED=0'],
  invalid: [
    { code: 'NODE_TLS_REJECT_UNAUTHORIZED=0', errors: [{ message: TLS, line: 1, column: 1 }] },
    // The value after quotes and the inline comment are stripped.
    { code: 'A=1\nexport NODE_TLS_REJECT_UNAUTHORIZED="0" # dev only', errors: [{ message: TLS, line: 2, column: 8 }] },
    // dotenv-expand resolves a reference to a key of the same file.
    {
      code: 'OFF=0\nNODE_TLS_REJECT_UNAUTHORIZED=${OFF}',
      errors: [{ message: TLS, line: 2, column: 1 }],
    },
  ],
});

dotenvTester.run('no-public-secret on .env', noPublicSecret as never, {
  valid: ['NEXT_PUBLIC_FLUX_URL=https://a.example', 'FLUX_GATEWAY_JWT_SECRET='],
  invalid: [{ code: 'NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET=', errors: [{ message: PUBLIC_SECRET, line: 1, column: 1, endColumn: 36 }] }],
});

dotenvTester.run('prefer-canonical-name on .env', preferCanonicalName as never, {
  valid: ['FLUX_URL=https://a.example'],
  invalid: [
    {
      code: '# server\nexport FLUX_SERVICE_URL=https://a.example',
      errors: [
        {
          message:
            '`FLUX_SERVICE_URL` is a legacy alias of `FLUX_URL`: FLUX_URL is the name printed by flux create and the canonical form going forward. Use `FLUX_URL` (Flux docs: 1. Wiring your app to a Flux project).',
          line: 2,
          column: 8,
          endColumn: 24,
          suggestions: [{ messageId: 'renameToCanonical', output: '# server\nexport FLUX_URL=https://a.example' }],
        },
      ],
    },
    {
      code: 'NEXTAUTH_SECRET=',
      options: [{ autofix: true }],
      output: 'AUTH_SECRET=',
      errors: [{ messageId: 'legacyAlias', line: 1, column: 1 }],
    },
    // The canonical name is already set in the file: renaming would set it twice, so no edit is offered.
    {
      code: 'NEXTAUTH_SECRET=a\nAUTH_SECRET=b',
      errors: [{ messageId: 'legacyAlias', line: 1, column: 1, suggestions: [] }],
    },
    {
      code: 'NEXTAUTH_SECRET=a\nAUTH_SECRET=b',
      options: [{ autofix: true }],
      output: null,
      errors: [{ messageId: 'legacyAlias', line: 1, column: 1 }],
    },
  ],
});

dotenvTester.run('no-unknown-variable on .env', noUnknownVariable as never, {
  valid: ['FLUX_URL=https://a.example'],
  invalid: [
    // A key is set, not read: the suggestion says "Use".
    {
      code: 'FLUX_URLL=https://a.example',
      errors: [
        {
          messageId: 'unknownVariableDidYouMean',
          line: 1,
          column: 1,
          suggestions: [{ messageId: 'useInstead', data: { name: 'FLUX_URLL', to: 'FLUX_URL' }, output: 'FLUX_URL=https://a.example' }],
        },
      ],
    },
    // No suggestion to a key the file already sets.
    {
      code: 'FLUX_URLL=https://a.example\nFLUX_URL=https://b.example',
      errors: [{ messageId: 'unknownVariableDidYouMean', line: 1, column: 1, suggestions: [] }],
    },
  ],
});

const pkg = (scripts: Record<string, string>) => JSON.stringify({ name: 'app', scripts }, null, 2);

jsonTester.run('no-tls-reject-unauthorized on package.json scripts', noTlsRejectUnauthorized as never, {
  valid: [
    { code: pkg({ dev: 'next dev', t: 'NODE_TLS_REJECT_UNAUTHORIZED=1 node t.js' }), filename: 'package.json' },
    // Only `package.json` scripts are assignments.
    { code: pkg({ dev: 'NODE_TLS_REJECT_UNAUTHORIZED=0 next dev' }), filename: 'other.json' },
    // An argument, not an assignment for the command.
    { code: pkg({ dev: 'node t.js NODE_TLS_REJECT_UNAUTHORIZED=0' }), filename: 'package.json' },
    // The shell computes the value.
    { code: pkg({ dev: 'NODE_TLS_REJECT_UNAUTHORIZED=$OFF next dev' }), filename: 'package.json' },
  ],
  invalid: [
    {
      code: pkg({ dev: 'NODE_TLS_REJECT_UNAUTHORIZED=0 next dev' }),
      filename: 'package.json',
      errors: [{ message: TLS, line: 4, column: 13, endLine: 4, endColumn: 41 }],
    },
    {
      // A raw U+2028 inside a JSON string is no line break: locations follow `@eslint/json`'s lines.
      code: `{"description": "a\u2028b", "scripts": {\n"t": "NODE_TLS_REJECT_UNAUTHORIZED=0 node t.js"}}`,
      filename: 'package.json',
      errors: [{ message: TLS, line: 2, column: 7, endLine: 2, endColumn: 35 }],
    },
    {
      code: pkg({ a: 'cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 node a.js', b: 'pnpm build && env -u X NODE_TLS_REJECT_UNAUTHORIZED="0" node b.js' }),
      filename: 'package.json',
      errors: [
        { messageId: 'tlsVerificationDisabled', line: 4, column: 21 },
        { messageId: 'tlsVerificationDisabled', line: 5, column: 34 },
      ],
    },
  ],
});

jsonTester.run('prefer-canonical-name and no-public-secret on package.json scripts', preferCanonicalName as never, {
  valid: [{ code: pkg({ s: 'FLUX_URL=https://a.example node s.js' }), filename: 'package.json' }],
  invalid: [
    {
      // `\"` in the JSON string: the location maps through the escape.
      code: '{"scripts": {"s": "echo \\"hi\\" && export FLUX_SERVICE_URL=https://a.example; node s.js"}}',
      filename: 'package.json',
      errors: [
        {
          messageId: 'legacyAlias',
          line: 1,
          column: 42,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'renameToCanonical',
              output: '{"scripts": {"s": "echo \\"hi\\" && export FLUX_URL=https://a.example; node s.js"}}',
            },
          ],
        },
      ],
    },
    // The script sets the canonical name too: renaming would set it twice and drop a value, so no edit.
    {
      code: pkg({ dev: 'NEXTAUTH_SECRET=a AUTH_SECRET=b next dev' }),
      filename: 'package.json',
      options: [{ autofix: true }],
      output: null,
      errors: [{ messageId: 'legacyAlias', line: 4, column: 13 }],
    },
  ],
});

jsonTester.run('no-public-secret on package.json scripts', noPublicSecret as never, {
  valid: [{ code: pkg({ s: 'NEXT_PUBLIC_FLUX_URL=https://a.example next build' }), filename: 'package.json' }],
  invalid: [
    {
      code: pkg({ s: 'NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET=x next build' }),
      filename: 'package.json',
      errors: [{ message: PUBLIC_SECRET, line: 4, column: 11 }],
    },
  ],
});

// Example files: a value with a `<…>` stand-in (the form the Flux docs print) is a placeholder, not a bad value;
// the same value in a real `.env` file is checked.
exampleTester.run('valid-value on .env.example placeholders', validValue as never, {
  valid: [
    'NEXT_PUBLIC_FLUX_URL=https://api--<slug>--<hash>.vsl-base.com',
    'FLUX_POSTGREST_SCHEMA=t_<12-hex-shortid>_api',
    'FLUX_URL=',
  ],
  invalid: [
    {
      code: 'FLUX_DEFAULT_MODE=staging',
      errors: [{ messageId: 'invalidValue', line: 1, column: 19 }],
    },
  ],
});
dotenvTester.run('valid-value on a real .env keeps checking `<…>` values', validValue as never, {
  valid: [],
  invalid: [
    {
      code: 'NEXT_PUBLIC_FLUX_URL=https://api--<slug>--<hash>.vsl-base.com',
      errors: [
        {
          message:
            '`NEXT_PUBLIC_FLUX_URL` is set to "https://api--<slug>--<hash>.vsl-base.com", which is not an absolute http(s) URL. Expected: URL — usually the canonical flattened form https://api--<slug>--<hash>.vsl-base.com (Flux docs: 1. Wiring your app to a Flux project).',
          line: 1,
          column: 22,
        },
      ],
    },
  ],
});

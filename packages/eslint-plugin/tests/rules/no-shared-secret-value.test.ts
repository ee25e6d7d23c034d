import rule from '../../src/rules/no-shared-secret-value.js';
import { dotenvTester, exampleTester } from '../languages/eslint-rule-tester.js';

dotenvTester.run('no-shared-secret-value', rule as never, {
  valid: [
    'AUTH_SECRET=test-value-one\nFLUX_GATEWAY_JWT_SECRET=test-value-two',
    // Aliases of one variable are one secret.
    'AUTH_SECRET=test-value-one\nNEXTAUTH_SECRET=test-value-one',
    // The docs: on dedicated stacks PGRST_JWT_SECRET matches FLUX_GATEWAY_JWT_SECRET.
    'FLUX_GATEWAY_JWT_SECRET=test-value-one\nPGRST_JWT_SECRET=test-value-one',
    'AUTH_SECRET=\nFLUX_GATEWAY_JWT_SECRET=',
    // Not secrets.
    'FLUX_URL=https://a.example\nNEXT_PUBLIC_FLUX_URL=https://a.example',
  ],
  invalid: [
    {
      code: 'AUTH_SECRET=test-value-one\nFLUX_URL=https://a.example\nFLUX_GATEWAY_JWT_SECRET="test-value-one"',
      errors: [
        {
          message:
            "`FLUX_GATEWAY_JWT_SECRET` has the same value as `AUTH_SECRET` on line 1, but they are different secrets: AUTH_SECRET signs your app's session cookie (Auth.js). FLUX_GATEWAY_JWT_SECRET signs the bearer JWT you mint for Flux. They're independent and should be different values. Generate a separate value for `FLUX_GATEWAY_JWT_SECRET` (Flux docs: Names that look alike).",
          line: 3,
          column: 25,
          endColumn: 41,
        },
      ],
    },
    {
      code: 'FLUX_API_TOKEN=test-value-one\nAUTH_GITHUB_SECRET=test-value-one',
      errors: [
        {
          message:
            '`AUTH_GITHUB_SECRET` has the same value as `FLUX_API_TOKEN` on line 1, but they are different secrets: whoever learns one can use it as the other. Generate a separate value for `AUTH_GITHUB_SECRET` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
          line: 2,
          column: 20,
        },
      ],
    },
  ],
});

exampleTester.run('no-shared-secret-value in an example file', rule as never, {
  valid: ['AUTH_SECRET=changeme\nFLUX_GATEWAY_JWT_SECRET=changeme'],
  invalid: [
    {
      code: 'AUTH_SECRET=not-a-real-value-0123456789\nFLUX_GATEWAY_JWT_SECRET=not-a-real-value-0123456789',
      errors: [{ messageId: 'sharedSecretValue', line: 2, column: 25 }],
    },
  ],
});

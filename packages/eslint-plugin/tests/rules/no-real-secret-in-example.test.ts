import rule from '../../src/rules/no-real-secret-in-example.js';
import { dotenvTester, exampleTester } from '../languages/eslint-rule-tester.js';

exampleTester.run('no-real-secret-in-example', rule as never, {
  valid: [
    'AUTH_SECRET=\nFLUX_GATEWAY_JWT_SECRET=<your-gateway-secret>\nFLUX_API_TOKEN=flx_live_xxxx',
    'AUTH_SECRET=changeme\nAUTH_GITHUB_SECRET=your_github_secret_here\nFLUX_BEARER_TOKEN=${FLUX_BEARER_TOKEN}',
    // Not secrets: real values are what an example file is for.
    'FLUX_URL=https://api--bloom-atelier--0a1b2c3.vsl-base.com\nAUTH_GITHUB_ID=0123456789abcdef0123',
    // Three short dotted words are not a JWT.
    'FLUX_BEARER_TOKEN=aaa.bbb.ccc',
  ],
  invalid: [
    {
      code: 'FLUX_URL=https://a.example\nAUTH_SECRET=not-a-real-value-0123456789',
      errors: [
        {
          message:
            '`AUTH_SECRET` holds what looks like a real secret (a hidden value of 27 characters) in an example file, which gets committed and shared. Leave it empty or write a placeholder, and rotate the secret if it was ever real (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
          line: 2,
          column: 13,
          endColumn: 40,
        },
      ],
    },
    {
      // A JWT of realistic shape (`{"alg":"HS256"}`.`{"sub":"test"}`.43 characters), an obvious placeholder.
      code: 'FLUX_API_TOKEN="flx_test_x1y2z"\nFLUX_BEARER_TOKEN=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.NOT-A-REAL-SIGNATURE-0000000000000000000000',
      errors: [
        { messageId: 'exampleSecret', data: { name: 'FLUX_API_TOKEN', value: 'a hidden value of 14 characters', section: '3. Driving the CLI' }, line: 1, column: 16 },
        {
          messageId: 'exampleSecret',
          data: { name: 'FLUX_BEARER_TOKEN', value: 'a hidden value of 84 characters', section: '1. Wiring your app to a Flux project' },
          line: 2,
          column: 19,
          endColumn: 103,
        },
      ],
    },
  ],
});

// Outside example files the rule says nothing: `.env.local` is where real secrets belong.
dotenvTester.run('no-real-secret-in-example outside example files', rule as never, {
  valid: ['AUTH_SECRET=not-a-real-value-0123456789'],
  invalid: [],
});

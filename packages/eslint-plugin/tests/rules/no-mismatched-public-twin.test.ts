import rule from '../../src/rules/no-mismatched-public-twin.js';
import { dotenvTester, exampleTester } from '../languages/eslint-rule-tester.js';

dotenvTester.run('no-mismatched-public-twin', rule as never, {
  valid: [
    'FLUX_URL=https://a.example\nNEXT_PUBLIC_FLUX_URL="https://a.example"',
    'NEXT_PUBLIC_FLUX_URL=https://a.example\nFLUX_URL=${NEXT_PUBLIC_FLUX_URL}',
    'NEXT_PUBLIC_FLUX_URL=https://a.example\nFLUX_URL=$NEXT_PUBLIC_FLUX_URL',
    'FLUX_URL=https://a.example\nNEXT_PUBLIC_FLUX_URL=',
    'FLUX_URL=https://a.example',
    // The last value of a key counts.
    'FLUX_URL=https://old.example\nFLUX_URL=https://a.example\nNEXT_PUBLIC_FLUX_URL=https://a.example',
  ],
  invalid: [
    {
      code: 'FLUX_URL=https://a.example\nNEXT_PUBLIC_FLUX_URL=https://b.example',
      errors: [
        {
          message:
            '`NEXT_PUBLIC_FLUX_URL` is "https://b.example", but `FLUX_URL` on line 1 is "https://a.example": the two are meant to hold the same value under two names, one for server code and one for the browser. Set both to the same value (Flux docs: 1. Wiring your app to a Flux project).',
          line: 2,
          column: 22,
          endColumn: 39,
        },
      ],
    },
    {
      code: 'NEXT_PUBLIC_FLUX_URL=https://b.example\nFLUX_SERVICE_URL=https://a.example',
      errors: [{ messageId: 'publicTwinMismatch', data: { name: 'FLUX_SERVICE_URL', twin: 'NEXT_PUBLIC_FLUX_URL', line: '1', value: '"https://a.example"', twinValue: '"https://b.example"', section: '1. Wiring your app to a Flux project' }, line: 2, column: 18 }],
    },
  ],
});

exampleTester.run('no-mismatched-public-twin in an example file', rule as never, {
  valid: ['FLUX_URL=<your-service-url>\nNEXT_PUBLIC_FLUX_URL=https://a.example'],
  invalid: [],
});

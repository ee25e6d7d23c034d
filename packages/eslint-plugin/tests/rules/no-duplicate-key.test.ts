import rule from '../../src/rules/no-duplicate-key.js';
import { dotenvTester } from '../languages/eslint-rule-tester.js';

dotenvTester.run('no-duplicate-key', rule as never, {
  valid: [
    'FLUX_URL=https://a.example\nNEXT_PUBLIC_FLUX_URL=https://a.example',
    // A key with no `=` is not set, so it is no duplicate (no-invalid-line reports it).
    'FLUX_URL=https://a.example\nFLUX_URL',
  ],
  invalid: [
    {
      code: 'FLUX_URL=https://a.example\nAUTH_URL=https://b.example\nexport FLUX_URL=https://c.example\n',
      errors: [
        {
          message:
            '`FLUX_URL` is set again here (first on line 1): dotenv keeps only the last value, so the one on line 1 is silently ignored. Keep one `FLUX_URL`.',
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      code: 'A=1\r\nA=2\r\nA=3',
      errors: [
        { messageId: 'duplicateKey', data: { name: 'A', firstLine: '1' }, line: 2, column: 1 },
        { messageId: 'duplicateKey', data: { name: 'A', firstLine: '1' }, line: 3, column: 1 },
      ],
    },
  ],
});

import rule from '../../src/rules/no-invalid-line.js';
import { dotenvTester } from '../languages/eslint-rule-tester.js';

dotenvTester.run('no-invalid-line', rule as never, {
  valid: [
    '# a comment\n\n   \nFLUX_URL=https://a.example # trailing comment\nexport AUTH_URL: https://b.example',
    'AUTH_SECRET="multi\nline\nvalue"\nNEXT_PUBLIC_FLUX_URL=\'x\'',
    '\uFEFFFLUX_URL=https://a.example',
  ],
  invalid: [
    {
      code: 'FLUX_URL=https://a.example\n  FLUX_API_BASE  \n',
      errors: [
        {
          message:
            'dotenv skips this line without a word: `FLUX_API_BASE` has no `=` after it, so it is not set. Write it as `KEY=value`, or start it with `#` to make it a comment.',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
        },
      ],
    },
    // A bare word that may be a pasted value (a token, a JWT) is never printed: only its length is.
    {
      code: 'AUTH_SECRET=x\nflx_live_PLACEHOLDER0123\n',
      errors: [
        {
          message:
            'dotenv skips this line without a word: a line of 24 characters has no `=`, so it sets nothing (not shown: it may be a value). Write it as `KEY=value`, or start it with `#` to make it a comment.',
          line: 2,
          column: 1,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'JBSWY3DPEHPK3PXP\nDEBUG\n',
      errors: [
        {
          message:
            'dotenv skips this line without a word: a line of 16 characters has no `=`, so it sets nothing (not shown: it may be a value). Write it as `KEY=value`, or start it with `#` to make it a comment.',
          line: 1,
          column: 1,
        },
        {
          message:
            'dotenv skips this line without a word: `DEBUG` has no `=` after it, so it is not set. Write it as `KEY=value`, or start it with `#` to make it a comment.',
          line: 2,
          column: 1,
        },
      ],
    },
    {
      code: 'AUTH_URL="https://a.example\nstill the value\nFLUX_URL=x',
      errors: [
        {
          message:
            'The value of `AUTH_URL` opens a double quote that is never closed: dotenv keeps the quote as part of the value, reads only to the end of this line, and skips the lines after it. Close the quote.',
          line: 1,
          column: 10,
        },
        {
          message:
            'dotenv skips this line without a word: it is left over from the value of `AUTH_URL` on line 1, whose quote is never closed. Write it as `KEY=value`, or start it with `#` to make it a comment.',
          line: 2,
          column: 1,
          endColumn: 16,
        },
      ],
    },
    {
      code: 'MY KEY=1\nKEY:value',
      errors: [
        {
          message:
            'dotenv skips this line without a word: it is not a `KEY=value` line (a key is letters, digits, `_`, `.` and `-`; `KEY: value` needs a space after the colon). Write it as `KEY=value`, or start it with `#` to make it a comment.',
          line: 1,
          column: 1,
        },
        { messageId: 'invalidLine', line: 2, column: 1 },
      ],
    },
    {
      code: "A='open\r\nB=2",
      errors: [{ messageId: 'unterminatedQuote', data: { name: 'A', quote: 'single' }, line: 1, column: 3 }],
    },
  ],
});

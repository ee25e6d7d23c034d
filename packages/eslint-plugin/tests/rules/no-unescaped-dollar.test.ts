import rule from '../../src/rules/no-unescaped-dollar.js';
import { dotenvTester, exampleTester } from '../languages/eslint-rule-tester.js';

const message = (name: string, column: number) =>
  `The value of the secret \`${name}\` has a \`$\` (column ${column}) that dotenv-expand reads as a variable reference and replaces with that variable's value, empty when unset: Next.js loads a different secret than the one written here. Write \`\\$\` for a literal \`$\`.`;

dotenvTester.run('no-unescaped-dollar', rule as never, {
  valid: [
    'AUTH_SECRET=abc\\$DEF',
    'AUTH_SECRET="abc\\$DEF"',
    // Not followed by a name: dotenv-expand leaves it.
    'AUTH_SECRET=price$',
    'AUTH_SECRET=a$1b',
    // Not a secret: references are how non-secret values reuse others.
    'FLUX_URL=$NEXT_PUBLIC_FLUX_URL',
    'AUTH_URL=${NEXTAUTH_URL}',
  ],
  invalid: [
    {
      code: 'AUTH_SECRET=abc$DEF',
      errors: [
        {
          message: message('AUTH_SECRET', 16),
          line: 1,
          column: 16,
          endColumn: 17,
          suggestions: [{ messageId: 'escapeDollar', output: 'AUTH_SECRET=abc\\$DEF' }],
        },
      ],
    },
    {
      code: "\nFLUX_GATEWAY_JWT_SECRET='x${Y:-z}y$$q'",
      errors: [
        {
          message: message('FLUX_GATEWAY_JWT_SECRET', 27),
          line: 2,
          column: 27,
          suggestions: [{ messageId: 'escapeDollar', output: "\nFLUX_GATEWAY_JWT_SECRET='x\\${Y:-z}y$$q'" }],
        },
        {
          message: message('FLUX_GATEWAY_JWT_SECRET', 36),
          line: 2,
          column: 36,
          suggestions: [{ messageId: 'escapeDollar', output: "\nFLUX_GATEWAY_JWT_SECRET='x${Y:-z}y$\\$q'" }],
        },
      ],
    },
    {
      code: 'NEXT_PUBLIC_AUTH_SECRET=a$B',
      errors: [{ messageId: 'unescapedDollar', line: 1, column: 26, suggestions: 1 }],
    },
  ],
});

exampleTester.run('no-unescaped-dollar in an example file', rule as never, {
  valid: ['AUTH_SECRET=${YOUR_AUTH_SECRET}'],
  invalid: [],
});

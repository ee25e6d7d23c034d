import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/prefer-canonical-name.js';

const ruleTester = new RuleTester();

ruleTester.run('prefer-canonical-name', rule, {
  valid: ['process.env.FLUX_URL;'],
  invalid: [
    {
      code: 'process.env.FLUX_SERVICE_URL;',
      errors: [
        {
          messageId: 'legacyAlias',
          line: 1,
          column: 13,
          suggestions: [{ messageId: 'renameToCanonical', output: 'process.env.FLUX_URL;' }],
        },
      ],
    },
  ],
});

import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-managed-variable.js';
import { lint, position, writeForms } from '../helpers/access-forms.js';
import { postgrest } from '../helpers/sections.js';

const ruleTester = new RuleTester();

ruleTester.run('no-managed-variable', rule, {
  valid: [
    // Reads are fine: "You can read them".
    'const uri = process.env.PGRST_DB_URI; const { PGRST_DB_SCHEMAS } = process.env;',
    // Other variables, and names in the namespace the catalog does not list.
    "process.env.FLUX_URL = 'https://example.test';",
    "process.env.PGRST_SERVER_PORT = '3000';",
    // A local `process` is not the environment.
    "function f(process) { process.env.PGRST_DB_URI = 'x'; }",
  ],
  invalid: [
    ...['PGRST_DB_URI', 'PGRST_JWT_SECRET', 'PGRST_DB_SCHEMAS', 'PGRST_DB_ANON_ROLE'].flatMap((name) =>
      writeForms(name, 'placeholder').map((form) => ({
        code: form.code,
        errors: [{ messageId: 'managedVariableWrite' as const, data: { name, section: postgrest }, ...position(form.code, form.at) }],
      })),
    ),
    {
      code: 'delete process.env.PGRST_DB_SCHEMAS;',
      errors: [{ messageId: 'managedVariableWrite', data: { name: 'PGRST_DB_SCHEMAS', section: postgrest }, line: 1, column: 20 }],
    },
    {
      code: 'process.env.PGRST_DB_ANON_ROLE ??= role;',
      errors: [{ messageId: 'managedVariableWrite', data: { name: 'PGRST_DB_ANON_ROLE', section: postgrest }, line: 1, column: 13 }],
    },
  ],
});

describe('no-managed-variable messages', () => {
  it('words a write of a managed variable', () => {
    expect(lint('no-managed-variable', rule, "process.env.PGRST_DB_ANON_ROLE = 'web_anon';")).toEqual([
      {
        messageId: 'managedVariableWrite',
        message:
          "`PGRST_DB_ANON_ROLE` is managed by Flux: it exists only on v1_dedicated stacks, where Flux sets it on the project's PostgREST container. You can read it, but setting it yourself is rarely the right answer (Flux docs: 4. PostgREST container envs (v1_dedicated only)).",
        line: 1,
        column: 13,
        suggestions: [],
      },
    ]);
  });
});

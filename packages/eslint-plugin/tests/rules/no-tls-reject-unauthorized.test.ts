import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-tls-reject-unauthorized.js';

const ruleTester = new RuleTester();

function disabled(value: string, line: number, column: number, messageId: 'tlsVerificationDisabled' | 'tlsDisableIntent' = 'tlsVerificationDisabled') {
  return {
    messageId,
    data: { name: 'NODE_TLS_REJECT_UNAUTHORIZED', value, alternative: 'NODE_EXTRA_CA_CERTS', section: '5. TLS and runtime' },
    line,
    column,
  };
}

ruleTester.run('no-tls-reject-unauthorized', rule, {
  valid: [
    // Reading, comparing, deleting, restoring a saved value, or setting '1' is fine.
    'const insecure = process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0";',
    'if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== "1") warn();',
    'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;',
    'const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED; try { run(); } finally { process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved; }',
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
    'process.env.NODE_TLS_REJECT_UNAUTHORIZED = 1;',
    "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '1' });",
    // A compound assignment other than `||=` / `&&=` / `??=` writes a value computed from the old one: unknown.
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED += '0';",
    // Some other variable set to '0'.
    "process.env.FLUX_DEBUG = '0';",
    // A local `process`.
    "function f(process) { process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; }",
    // The scoped alternative the docs recommend.
    "new Agent({ connect: { rejectUnauthorized: process.env.FLUX_INSECURE_DEV_TLS !== '1' } });",
  ],
  invalid: [
    { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';", errors: [disabled('"0"', 1, 13)] },
    { code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0;', errors: [disabled('"0"', 1, 13)] },
    { code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '';", errors: [disabled('""', 1, 13, 'tlsDisableIntent')] },
    // Node turns the checks off only for exactly "0"; these read as "off" and are reported as such.
    { code: 'process.env.NODE_TLS_REJECT_UNAUTHORIZED = false;', errors: [disabled('"false"', 1, 13, 'tlsDisableIntent')] },
    { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = 'off';", errors: [disabled('"off"', 1, 13, 'tlsDisableIntent')] },
    {
      code: "const KEY = 'NODE_TLS_REJECT_UNAUTHORIZED';\nprocess.env[KEY] = '0';",
      errors: [disabled('"0"', 2, 13)],
    },
    {
      code: "const OFF = '0';\nif (process.env.NODE_ENV === 'development') {\n  process.env.NODE_TLS_REJECT_UNAUTHORIZED = OFF;\n}",
      errors: [disabled('"0"', 3, 15)],
    },
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = dev ? '0' : '1';",
      errors: [disabled('"0"', 1, 13)],
    },
    {
      code: "Object.assign(process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '0' });",
      errors: [disabled('"0"', 1, 30)],
    },
    {
      code: "Object.defineProperty(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', { value: '0', writable: true });",
      errors: [disabled('"0"', 1, 36)],
    },
    {
      code: "import { env } from 'node:process';\nenv.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [disabled('"0"', 2, 5)],
    },
    {
      code: "globalThis.process.env.NODE_TLS_REJECT_UNAUTHORIZED = 'false';",
      errors: [disabled('"false"', 1, 24, 'tlsDisableIntent')],
    },
    { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED ||= '0';", errors: [disabled('"0"', 1, 13)] },
    { code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED ??= '0';", errors: [disabled('"0"', 1, 13)] },
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0' as const;",
      errors: [disabled('"0"', 1, 13)],
    },
  ],
});

import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/valid-value.js';
import { lint, position, writeForms } from '../helpers/access-forms.js';
import { wiring, auth, cli, postgrest } from '../helpers/sections.js';

const ruleTester = new RuleTester();

const apiBaseType = 'URL ending in /api, no trailing slash. Example: https://flux.vsl-base.com/api';
const urlType = 'URL';
const publicUrlType = 'URL — usually the canonical flattened form https://api--<slug>--<hash>.vsl-base.com';
const secretType = 'string, at least 32 bytes (openssl rand -base64 48 is the typical generator)';
const tokenType = 'opaque string, conventionally prefixed flx_live_ or flx_test_';
const q = (value: string) => JSON.stringify(value);

function invalid(name: string, how: 'is set to' | 'falls back to', value: string, problem: string, expected: string, section: string, code: string, at: string) {
  return { messageId: 'invalidValue' as const, data: { name, how, value, problem, expected, section }, ...position(code, at) };
}

const set = (name: string, value: string) => `process.env.${name} = '${value}';`;
const at = (value: string) => `'${value}'`;
const cases: [name: string, value: string, shown: string, problem: string, expected: string, section: string][] = [
  ['FLUX_URL', '', q(''), 'is empty', urlType, wiring],
  ['FLUX_URL', 'api--notes--0a1b2c3.vsl-base.com', q('api--notes--0a1b2c3.vsl-base.com'), 'is not an absolute http(s) URL', urlType, wiring],
  ['FLUX_URL', ' https://example.test', q(' https://example.test'), 'has leading or trailing whitespace', urlType, wiring],
  ['NEXT_PUBLIC_FLUX_URL', 'https://api--<slug>--<hash>.vsl-base.com', q('https://api--<slug>--<hash>.vsl-base.com'), 'is not an absolute http(s) URL', publicUrlType, wiring],
  ['AUTH_URL', 'localhost:3000/x y', q('localhost:3000/x y'), 'is not an absolute http(s) URL', 'a URL', auth],
  ['FLUX_API_BASE', 'https://flux.vsl-base.com/api/', q('https://flux.vsl-base.com/api/'), 'ends with a trailing slash', apiBaseType, cli],
  ['FLUX_API_BASE', 'https://flux.vsl-base.com', q('https://flux.vsl-base.com'), 'does not end in `/api`', apiBaseType, cli],
  ['FLUX_DASHBOARD_BASE', 'https://flux.example.test/', q('https://flux.example.test/'), 'ends with a trailing slash', 'URL, no trailing slash', cli],
  ['FLUX_DEFAULT_MODE', 'dedicated', q('dedicated'), 'is not one of `v1_dedicated`, `v2_shared`', 'v1_dedicated or v2_shared', cli],
  ['FLUX_POSTGREST_SCHEMA', 't_0a1b2c3_api', q('t_0a1b2c3_api'), 'does not have the form `t_<12-hex-shortid>_api`', 'schema identifier, of the form t_<12-hex-shortid>_api', wiring],
  ['FLUX_GATEWAY_JWT_SECRET', 'too-short', 'a hidden value of 9 characters', 'is 9 bytes long, shorter than 32 bytes', secretType, wiring],
  ['PGRST_JWT_SECRET', 'ünïcode-short', 'a hidden value of 13 characters', 'is 15 bytes long, shorter than 32 bytes', 'a secret of at least 32 bytes', postgrest],
  ['FLUX_API_TOKEN', 'tok_placeholder', 'a hidden value of 15 characters', 'does not start with `flx_live_` or `flx_test_`', tokenType, cli],
  ['FLUX_BEARER_TOKEN', 'not-a-jwt', 'a hidden value of 9 characters', 'is not a JWT (three base64url segments joined by `.`)', 'string (a JWT)', wiring],
];

ruleTester.run('valid-value', rule, {
  valid: [
    "process.env.FLUX_URL = 'https://api--notes--0a1b2c3.vsl-base.com';",
    "process.env.NEXT_PUBLIC_FLUX_URL = 'http://localhost:54321';",
    "process.env.FLUX_API_BASE = 'https://flux.vsl-base.com/api';",
    "process.env.FLUX_DASHBOARD_BASE = 'https://flux.vsl-base.com';",
    "process.env.FLUX_DEFAULT_MODE = 'v2_shared';",
    "process.env.FLUX_POSTGREST_SCHEMA = 't_0a1b2c3d4e5f_api';",
    "process.env.FLUX_GATEWAY_JWT_SECRET = 'x'.repeat(48);",
    "process.env.FLUX_GATEWAY_JWT_SECRET = 'placeholder-placeholder-placeholder';",
    "process.env.FLUX_API_TOKEN = 'flx_test_x';",
    "process.env.FLUX_BEARER_TOKEN = 'aaa.bbb.ccc';",
    "process.env.FLUX_DEBUG = '1'; process.env.FLUX_DEBUG = '0'; process.env.FLUX_DEBUG = '';",
    // `+=` writes the old value with the right side appended: the written value is unknown, so not checked.
    "process.env.FLUX_URL += '/api';",
    "process.env.FLUX_DEFAULT_MODE += 'v3';",
    // Empty means unset for types other than URLs; free text and paths are not checked.
    "process.env.FLUX_DEFAULT_MODE = ''; process.env.PGRST_DB_SCHEMAS = 'api,extra'; process.env.NODE_EXTRA_CA_CERTS = 'certs/ca.pem';",
    // NODE_TLS_REJECT_UNAUTHORIZED is no-tls-reject-unauthorized's business.
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
    // Unknown values (a variable, a call), names the catalog does not know, a local `process`.
    'process.env.FLUX_API_BASE = base; process.env.FLUX_URL = getUrl();',
    "process.env.MY_URL = 'not a url';",
    "function f(process) { process.env.FLUX_URL = 'nope'; }",
    // Fallbacks that are valid, and fallbacks of secrets (no-secret-fallback's business).
    "const u = process.env.FLUX_URL ?? 'http://localhost:3000';",
    "const { FLUX_API_BASE = 'https://flux.vsl-base.com/api' } = process.env;",
    "const s = process.env.FLUX_GATEWAY_JWT_SECRET ?? 'short';",
    // A comparison is not a value.
    "if (process.env.FLUX_DEFAULT_MODE === 'dedicated') {}",
  ],
  invalid: [
    ...cases.map(([name, value, shown, problem, expected, section]) => ({
      code: set(name, value),
      errors: [invalid(name, 'is set to', shown, problem, expected, section, set(name, value), at(value))],
    })),
    // Every write form.
    ...writeForms('FLUX_DEFAULT_MODE', 'v3').map((form) => ({
      code: form.code,
      errors: [invalid('FLUX_DEFAULT_MODE', 'is set to', q('v3'), 'is not one of `v1_dedicated`, `v2_shared`', 'v1_dedicated or v2_shared', cli, form.code, form.valueAt)],
    })),
    // Each value of a conditional write is checked; the report points at the written value.
    {
      code: "process.env.FLUX_DEFAULT_MODE = shared ? 'v2_shared' : 'v1';",
      errors: [
        invalid('FLUX_DEFAULT_MODE', 'is set to', q('v1'), 'is not one of `v1_dedicated`, `v2_shared`', 'v1_dedicated or v2_shared', cli, "process.env.FLUX_DEFAULT_MODE = shared ? 'v2_shared' : 'v1';", 'shared ?'),
      ],
    },
    // A constant's value is known.
    {
      code: "const base = 'https://flux.vsl-base.com/api/';\nprocess.env.FLUX_API_BASE = base;",
      errors: [
        invalid('FLUX_API_BASE', 'is set to', q('https://flux.vsl-base.com/api/'), 'ends with a trailing slash', apiBaseType, cli, "const base = 'https://flux.vsl-base.com/api/';\nprocess.env.FLUX_API_BASE = base;", 'base;'),
      ],
    },
    // Fallbacks of reads: `??`, `||`, destructuring defaults, conditionals; the report points at the literal.
    {
      code: "const u = process.env.NEXT_PUBLIC_FLUX_URL ?? '';",
      errors: [invalid('NEXT_PUBLIC_FLUX_URL', 'falls back to', q(''), 'is empty', publicUrlType, wiring, "const u = process.env.NEXT_PUBLIC_FLUX_URL ?? '';", "''")],
    },
    {
      code: "const b = process.env.FLUX_API_BASE || 'https://flux.vsl-base.com/api/';",
      errors: [invalid('FLUX_API_BASE', 'falls back to', q('https://flux.vsl-base.com/api/'), 'ends with a trailing slash', apiBaseType, cli, "const b = process.env.FLUX_API_BASE || 'https://flux.vsl-base.com/api/';", "'https")],
    },
    {
      code: "const { FLUX_DEFAULT_MODE: mode = 'shared' } = process.env;",
      errors: [invalid('FLUX_DEFAULT_MODE', 'falls back to', q('shared'), 'is not one of `v1_dedicated`, `v2_shared`', 'v1_dedicated or v2_shared', cli, "const { FLUX_DEFAULT_MODE: mode = 'shared' } = process.env;", "'shared'")],
    },
    {
      code: "const u = process.env.AUTH_URL ? process.env.AUTH_URL : 'localhost';",
      errors: [invalid('AUTH_URL', 'falls back to', q('localhost'), 'is not an absolute http(s) URL', 'a URL', auth, "const u = process.env.AUTH_URL ? process.env.AUTH_URL : 'localhost';", "'localhost'")],
    },
    // FLUX_DEBUG: words meaning "off" turn it on.
    ...['false', 'off', 'no', 'FALSE', ' Off '].map((value) => ({
      code: set('FLUX_DEBUG', value),
      errors: [
        {
          messageId: 'flagOffWordEnables' as const,
          data: { name: 'FLUX_DEBUG', how: 'is set to', value: q(value), what: 'verbose CLI logging', section: cli },
          ...position(set('FLUX_DEBUG', value), at(value)),
        },
      ],
    })),
    {
      code: "const debug = process.env.FLUX_DEBUG ?? 'false';",
      errors: [
        {
          messageId: 'flagOffWordEnables',
          data: { name: 'FLUX_DEBUG', how: 'falls back to', value: q('false'), what: 'verbose CLI logging', section: cli },
          line: 1,
          column: 41,
        },
      ],
    },
    // Object.assign with several variables: each value is checked at its own place.
    {
      code: "Object.assign(process.env, { FLUX_URL: '', FLUX_DEBUG: 'no', FLUX_DEFAULT_MODE: 'v1_dedicated' });",
      errors: [
        invalid('FLUX_URL', 'is set to', q(''), 'is empty', urlType, wiring, "Object.assign(process.env, { FLUX_URL: '', FLUX_DEBUG: 'no', FLUX_DEFAULT_MODE: 'v1_dedicated' });", "''"),
        { messageId: 'flagOffWordEnables', data: { name: 'FLUX_DEBUG', how: 'is set to', value: q('no'), what: 'verbose CLI logging', section: cli }, line: 1, column: 56 },
      ],
    },
  ],
});

describe('valid-value messages', () => {
  it('words an invalid URL', () => {
    expect(lint('valid-value', rule, "process.env.FLUX_API_BASE = 'https://flux.vsl-base.com/api/';")).toEqual([
      {
        messageId: 'invalidValue',
        message:
          '`FLUX_API_BASE` is set to "https://flux.vsl-base.com/api/", which ends with a trailing slash. Expected: URL ending in /api, no trailing slash. Example: https://flux.vsl-base.com/api (Flux docs: 3. Driving the CLI).',
        line: 1,
        column: 29,
        suggestions: [],
      },
    ]);
  });

  it('never prints a secret value', () => {
    const [message] = lint('valid-value', rule, "process.env.FLUX_API_TOKEN = 'tok_placeholder';");
    expect(message?.message).toBe(
      '`FLUX_API_TOKEN` is set to a hidden value of 15 characters, which does not start with `flx_live_` or `flx_test_`. Expected: opaque string, conventionally prefixed flx_live_ or flx_test_ (Flux docs: 3. Driving the CLI).',
    );
    expect(message?.message).not.toContain('tok_placeholder');
  });

  it('words a flag switched on by an "off" word', () => {
    expect(lint('valid-value', rule, "process.env.FLUX_DEBUG = 'false';")[0]?.message).toBe(
      '`FLUX_DEBUG` is set to "false", which turns verbose CLI logging on, not off: any non-empty value other than "0" enables it. Use "0", or leave `FLUX_DEBUG` unset, to turn it off (Flux docs: 3. Driving the CLI).',
    );
  });
});

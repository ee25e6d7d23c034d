import { RuleTester } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-unknown-variable.js';
import { lint, position, readForms, writeForms } from '../helpers/access-forms.js';
import { wiring, auth } from '../helpers/sections.js';

const ruleTester = new RuleTester();


function didYouMean(name: string, suggestions: string[], section: string, code: string, at: string, outputs: string[]) {
  const text =
    suggestions.length === 1
      ? `\`${suggestions[0]}\``
      : `${suggestions.slice(0, -1).map((s) => `\`${s}\``).join(', ')} or \`${suggestions[suggestions.length - 1]}\``;
  return {
    messageId: 'unknownVariableDidYouMean' as const,
    data: { name, suggestions: text, section },
    ...position(code, at),
    suggestions: suggestions.map((to, i) => ({ messageId: 'readInstead' as const, data: { name, to }, output: outputs[i]! })),
  };
}

function unknown(name: string, namespace: string, owner: string, code: string, at = name) {
  return { messageId: 'unknownVariable' as const, data: { name, namespace, owner, section: 'Quick lookup' }, ...position(code, at) };
}

ruleTester.run('no-unknown-variable', rule, {
  valid: [
    // Every catalog name and alias.
    'process.env.FLUX_URL; process.env.NEXT_PUBLIC_FLUX_URL; process.env.FLUX_SERVICE_URL; process.env.NEXTAUTH_SECRET;',
    'process.env.PGRST_DB_ANON_ROLE; process.env.NODE_TLS_REJECT_UNAUTHORIZED; process.env.GITHUB_ID;',
    // Auth.js provider variables and its other variables.
    'process.env.AUTH_GOOGLE_ID; process.env.AUTH_GOOGLE_SECRET; process.env.AUTH_KEYCLOAK_ISSUER;',
    'process.env.AUTH_MICROSOFT_ENTRA_ID_ID; process.env.AUTH_RESEND_KEY; process.env.AUTH_TRUST_HOST;',
    'process.env.NEXTAUTH_URL_INTERNAL;',
    // Names far from every catalog name and outside the namespaces.
    'process.env.DATABASE_URL; process.env.NODE_ENV; process.env.GITLAB_ID; process.env.STRIPE_SECRET_KEY;',
    // Public by design; a browser prefix in front of a catalog name is no-public-secret's business.
    'process.env.NEXT_PUBLIC_POSTHOG_KEY; process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY; process.env.NEXT_PUBLIC_AUTH_URL;',
    // A dynamic key is not a name; a local `process` is not the environment.
    'function f(key) { return process.env[key]; }',
    'function f(process) { return process.env.FLUXURL; }',
    // A declaration is not a read.
    'declare global { namespace NodeJS { interface ProcessEnv { FLUX_CUSTOM: string; NEXT_AUTH_SECRET?: string } } }',
    'interface Env { FLUXURL: string }',
    // allow: exact names and glob patterns.
    { code: 'process.env.FLUX_REGION; process.env.FLUX_FEATURE_X;', options: [{ allow: ['FLUX_REGION', 'FLUX_FEATURE_*'] }] },
    { code: 'process.env.AUTH_SESSION_MAX_AGE;', options: [{ allow: ['AUTH_SESSION_*'] }] },
  ],
  invalid: [
    // The docs' examples. A near miss of a legacy alias suggests the canonical name it stands for.
    {
      code: 'const s = process.env.NEXT_AUTH_SECRET;',
      errors: [
        didYouMean('NEXT_AUTH_SECRET', ['AUTH_SECRET'], auth, 'const s = process.env.NEXT_AUTH_SECRET;', 'NEXT_AUTH_SECRET', [
          'const s = process.env.AUTH_SECRET;',
        ]),
      ],
    },
    // A swap of two neighbouring characters is one typo.
    {
      code: 'process.env.FLUX_ULR;',
      errors: [didYouMean('FLUX_ULR', ['FLUX_URL'], wiring, 'process.env.FLUX_ULR;', 'FLUX_ULR', ['process.env.FLUX_URL;'])],
    },
    {
      code: 'fetch(process.env.FLUXURL);',
      errors: [didYouMean('FLUXURL', ['FLUX_URL'], wiring, 'fetch(process.env.FLUXURL);', 'FLUXURL', ['fetch(process.env.FLUX_URL);'])],
    },
    // Case-only differences count.
    {
      code: 'process.env.flux_url;',
      errors: [didYouMean('flux_url', ['FLUX_URL'], wiring, 'process.env.flux_url;', 'flux_url', ['process.env.FLUX_URL;'])],
    },
    // Near-misses of short and legacy names.
    {
      code: 'process.env.AUTH_URI;',
      errors: [didYouMean('AUTH_URI', ['AUTH_URL'], auth, 'process.env.AUTH_URI;', 'AUTH_URI', ['process.env.AUTH_URL;'])],
    },
    {
      code: 'process.env.NEXTAUTH_URI;',
      errors: [
        didYouMean('NEXTAUTH_URI', ['AUTH_URL'], auth, 'process.env.NEXTAUTH_URI;', 'NEXTAUTH_URI', ['process.env.AUTH_URL;']),
      ],
    },
    {
      code: 'process.env.NEXT_PUBLIC_FLUXURL;',
      errors: [
        didYouMean('NEXT_PUBLIC_FLUXURL', ['NEXT_PUBLIC_FLUX_URL'], wiring, 'process.env.NEXT_PUBLIC_FLUXURL;', 'NEXT_PUBLIC_FLUXURL', [
          'process.env.NEXT_PUBLIC_FLUX_URL;',
        ]),
      ],
    },
    // Namespaced names the catalog does not list, one per namespace.
    { code: 'process.env.FLUX_REGION;', errors: [unknown('FLUX_REGION', 'FLUX_', 'Flux', 'process.env.FLUX_REGION;')] },
    {
      code: 'process.env.NEXT_PUBLIC_FLUX_PROJECT;',
      errors: [unknown('NEXT_PUBLIC_FLUX_PROJECT', 'NEXT_PUBLIC_FLUX_', 'Flux', 'process.env.NEXT_PUBLIC_FLUX_PROJECT;')],
    },
    { code: 'process.env.AUTH_SESSION_TTL;', errors: [unknown('AUTH_SESSION_TTL', 'AUTH_', 'Auth.js', 'process.env.AUTH_SESSION_TTL;')] },
    { code: 'process.env.NEXTAUTH_JWT;', errors: [unknown('NEXTAUTH_JWT', 'NEXTAUTH_', 'Auth.js', 'process.env.NEXTAUTH_JWT;')] },
    { code: 'process.env.PGRST_SERVER_PORT;', errors: [unknown('PGRST_SERVER_PORT', 'PGRST_', 'PostgREST', 'process.env.PGRST_SERVER_PORT;')] },
    // allow does not hide other names.
    {
      code: 'process.env.FLUX_REGION; process.env.FLUX_ZONE;',
      options: [{ allow: ['FLUX_REGION'] }],
      errors: [unknown('FLUX_ZONE', 'FLUX_', 'Flux', 'process.env.FLUX_REGION; process.env.FLUX_ZONE;')],
    },
    // Every read form; the suggestion renames where the name is spelt.
    ...readForms('FLUX_URLL').map((form) => {
      const renamed = form.readForm === 'computed-key' ? form.code.replace('FLUX_URLL', 'FLUX_URL') : form.code.replace('FLUX_URLL', 'FLUX_URL');
      const shorthand = form.code.startsWith('const { FLUX_URLL } = process.env') || form.code.startsWith("const { FLUX_URLL = 'd' }");
      const output = shorthand ? form.code.replace('FLUX_URLL', 'FLUX_URL: FLUX_URLL') : renamed;
      return {
        code: form.code,
        errors: [
          {
            messageId: 'unknownVariableDidYouMean' as const,
            data: { name: 'FLUX_URLL', suggestions: '`FLUX_URL`', section: wiring },
            ...position(form.code, form.at),
            suggestions: [{ messageId: 'readInstead' as const, data: { name: 'FLUX_URLL', to: 'FLUX_URL' }, output }],
          },
        ],
      };
    }).filter((test) => !test.code.includes('const KEY')),
    // A computed key from a constant: reported, but the name is not spelt at the access, so no suggestion.
    {
      code: "const KEY = 'FLUX_URLL';\nprocess.env[KEY];",
      errors: [{ messageId: 'unknownVariableDidYouMean', data: { name: 'FLUX_URLL', suggestions: '`FLUX_URL`', section: wiring }, line: 2, column: 13, suggestions: [] }],
    },
    // Writes and deletes too.
    ...writeForms('FLUX_DEBUGG', '1').map((form) => ({
      code: form.code,
      errors: [
        {
          messageId: 'unknownVariableDidYouMean' as const,
          data: { name: 'FLUX_DEBUGG', suggestions: '`FLUX_DEBUG`', section: '3. Driving the CLI' },
          ...position(form.code, form.at),
          suggestions: [
            { messageId: 'useInstead' as const, data: { name: 'FLUX_DEBUGG', to: 'FLUX_DEBUG' }, output: form.code.replace('FLUX_DEBUGG', 'FLUX_DEBUG') },
          ],
        },
      ],
    })),
    {
      code: 'delete process.env.FLUX_ORG;',
      errors: [unknown('FLUX_ORG', 'FLUX_', 'Flux', 'delete process.env.FLUX_ORG;')],
    },
  ],
});

describe('no-unknown-variable messages', () => {
  it('words a did-you-mean', () => {
    expect(lint('no-unknown-variable', rule, 'process.env.NEXT_AUTH_SECRET;')).toEqual([
      {
        messageId: 'unknownVariableDidYouMean',
        message:
          '`NEXT_AUTH_SECRET` is not a variable of the Flux docs; did you mean `AUTH_SECRET`? A misspelt name reads `undefined` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
        line: 1,
        column: 13,
        suggestions: ['Read `AUTH_SECRET` instead of `NEXT_AUTH_SECRET`.'],
      },
    ]);
  });

  it('words near-misses of aliases and pairs', () => {
    expect(lint('no-unknown-variable', rule, 'process.env.GITHUB_SECRETS;')[0]?.message).toBe(
      '`GITHUB_SECRETS` is not a variable of the Flux docs; did you mean `AUTH_GITHUB_SECRET`? A misspelt name reads `undefined` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
    );
    const many = lint('no-unknown-variable', rule, 'process.env.AUTH_GITHUB_IDS;');
    expect(many[0]?.message).toBe(
      '`AUTH_GITHUB_IDS` is not a variable of the Flux docs; did you mean `AUTH_GITHUB_ID`? A misspelt name reads `undefined` (Flux docs: 2. Auth wiring (Auth.js, Clerk)).',
    );
  });

  it('words an unknown name in a namespace', () => {
    expect(lint('no-unknown-variable', rule, 'process.env.FLUX_REGION;')).toEqual([
      {
        messageId: 'unknownVariable',
        message:
          '`FLUX_REGION` is not a variable of the Flux docs, yet it has the `FLUX_` prefix of Flux variables: a misspelt name reads `undefined`. Check it against the quick lookup table, or list it in the `allow` option if it is your own (Flux docs: Quick lookup).',
        line: 1,
        column: 13,
        suggestions: [],
      },
    ]);
  });

  it('rejects a bad allow option clearly', () => {
    expect(() => lint('no-unknown-variable', rule, 'x;', [{ allow: [''] }])).toThrow(/"flux\/no-unknown-variable":[\s\S]*should NOT be shorter than 1 characters/u);
  });
});

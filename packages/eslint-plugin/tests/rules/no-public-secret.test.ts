import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-public-secret.js';
import { wiring, auth, cli } from '../helpers/sections.js';

const ruleTester = new RuleTester();


function publicSecret(name: string, secret: string, section: string, column: number, line = 1) {
  return { messageId: 'publicSecret' as const, data: { name, secret, prefix: 'NEXT_PUBLIC_', section }, line, column };
}

function inNextConfig(option: string, key: string, secret: string, section: string, line: number, column: number) {
  return { messageId: 'secretInNextConfig' as const, data: { option, key, secret, section }, line, column };
}

ruleTester.run('no-public-secret', rule, {
  valid: [
    'process.env.NEXT_PUBLIC_FLUX_URL;',
    'process.env.FLUX_GATEWAY_JWT_SECRET;',
    // Public by design: not in the catalog, not a secret.
    'process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY; process.env.NEXT_PUBLIC_POSTHOG_KEY;',
    'function f(process) { return process.env.NEXT_PUBLIC_AUTH_SECRET; }',
    'delete process.env.NEXT_PUBLIC_AUTH_SECRET;',
    'function f(key) { return process.env[`NEXT_PUBLIC_${key}`]; }',
    // `env` in a file that is not next.config is not Next.js config.
    { code: 'export default { env: { SECRET: process.env.AUTH_SECRET } };', filename: 'server/config.mjs' },
    // Only the file's basename decides: a folder named like a Next.js config does not make its files one.
    { code: 'export default { env: { SECRET: process.env.AUTH_SECRET } };', filename: 'apps/next.config.mjs/server.mjs' },
    {
      code: 'export default { env: { FLUX_URL: process.env.FLUX_URL, NEXT_PUBLIC_FLUX_URL: process.env.NEXT_PUBLIC_FLUX_URL } };',
      filename: 'next.config.mjs',
    },
    // Server runtime config is not inlined into the client.
    { code: 'module.exports = { serverRuntimeConfig: { secret: process.env.AUTH_SECRET } };', filename: 'next.config.js' },
  ],
  invalid: [
    {
      code: 'const s = process.env.NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET;',
      errors: [publicSecret('NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET', 'FLUX_GATEWAY_JWT_SECRET', wiring, 23)],
    },
    {
      code: "process.env['NEXT_PUBLIC_AUTH_SECRET'] = 'placeholder';",
      errors: [publicSecret('NEXT_PUBLIC_AUTH_SECRET', 'AUTH_SECRET', auth, 13)],
    },
    {
      code: 'const { NEXT_PUBLIC_FLUX_API_TOKEN: token } = process.env;',
      errors: [publicSecret('NEXT_PUBLIC_FLUX_API_TOKEN', 'FLUX_API_TOKEN', cli, 9)],
    },
    {
      code: "import { env } from 'node:process';\nenv.NEXT_PUBLIC_NEXTAUTH_SECRET;",
      errors: [publicSecret('NEXT_PUBLIC_NEXTAUTH_SECRET', 'NEXTAUTH_SECRET', auth, 5, 2)],
    },
    {
      code: 'process.env.NEXT_PUBLIC_PGRST_JWT_SECRET!;',
      errors: [publicSecret('NEXT_PUBLIC_PGRST_JWT_SECRET', 'PGRST_JWT_SECRET', '4. PostgREST container envs (v1_dedicated only)', 13)],
    },
    {
      code: "Object.assign(process.env, { NEXT_PUBLIC_FLUX_BEARER_TOKEN: token });",
      errors: [publicSecret('NEXT_PUBLIC_FLUX_BEARER_TOKEN', 'FLUX_BEARER_TOKEN', wiring, 30)],
    },
    {
      code: 'import.meta.env.NEXT_PUBLIC_AUTH_GITHUB_SECRET;',
      errors: [publicSecret('NEXT_PUBLIC_AUTH_GITHUB_SECRET', 'AUTH_GITHUB_SECRET', auth, 17)],
    },
    // next.config: a secret's value or name in `env` or `publicRuntimeConfig`.
    {
      filename: 'next.config.mjs',
      code: [
        'const nextConfig = {',
        '  env: {',
        '    FLUX_URL: process.env.FLUX_URL,',
        '    GATEWAY_SECRET: process.env.FLUX_GATEWAY_JWT_SECRET,',
        "    AUTH_SECRET: 'placeholder',",
        '  },',
        '  publicRuntimeConfig: { token: process.env.FLUX_API_TOKEN ?? "" },',
        '};',
        'export default nextConfig;',
      ].join('\n'),
      errors: [
        inNextConfig('env', 'GATEWAY_SECRET', 'FLUX_GATEWAY_JWT_SECRET', wiring, 4, 5),
        inNextConfig('env', 'AUTH_SECRET', 'AUTH_SECRET', auth, 5, 5),
        inNextConfig('publicRuntimeConfig', 'token', 'FLUX_API_TOKEN', cli, 7, 26),
      ],
    },
    {
      filename: 'apps/web/next.config.ts',
      code: "export default { env: { 'NEXTAUTH_SECRET': `${process.env.NEXTAUTH_SECRET}` } };",
      errors: [inNextConfig('env', 'NEXTAUTH_SECRET', 'NEXTAUTH_SECRET', auth, 1, 25)],
    },
  ],
});

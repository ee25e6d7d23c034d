import rule from '../../src/rules/no-cli-ignored-key.js';
import { dotenvTester } from '../languages/eslint-rule-tester.js';

dotenvTester.run('no-cli-ignored-key', rule as never, {
  valid: [
    'FLUX_API_BASE=https://flux.vsl-base.com/api\nFLUX_DASHBOARD_BASE=https://flux.vsl-base.com\nFLUX_API_TOKEN=\nFLUX_DEFAULT_MODE=v2_shared\nFLUX_GATEWAY_JWT_SECRET=',
    // Read by the app (server) too, not only by the CLI.
    'NODE_EXTRA_CA_CERTS=./ca.pem',
    'MY_OWN_VARIABLE=1',
  ],
  invalid: [
    {
      code: 'FLUX_API_BASE=https://flux.vsl-base.com/api\nexport FLUX_DEBUG=1',
      errors: [
        {
          message:
            '`FLUX_DEBUG` does nothing in a dotenv file: only the flux CLI reads it, and the CLI loads just `FLUX_API_BASE`, `FLUX_DASHBOARD_BASE`, `FLUX_API_TOKEN`, `FLUX_DEFAULT_MODE` and `FLUX_GATEWAY_JWT_SECRET` from `.env` and `.env.local`. Export `FLUX_DEBUG` in your shell instead (Flux docs: 3. Driving the CLI).',
          line: 2,
          column: 8,
          endColumn: 18,
        },
      ],
    },
  ],
});

// End to end: the README's pre-commit recipe (lint-staged + simple-git-hooks + eslint + the plugin) in a
// fresh git repository outside the repo tree. A commit that exposes a secret to the browser is refused
// with the rule's message; after the fix the commit goes through.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './support/projects.js';

/** The recipe, as the README's "Pre-commit" section prints it. */
const recipePackageJson = {
  name: 'my-flux-app',
  private: true,
  type: 'module',
  scripts: { prepare: 'simple-git-hooks' },
  'simple-git-hooks': { 'pre-commit': 'npx lint-staged' },
  'lint-staged': {
    '*.{js,jsx,ts,tsx,mjs,cjs}': 'eslint --max-warnings 0 --no-warn-ignored',
    '{.env,.env.*,package.json,flux.json}': 'eslint --max-warnings 0 --no-warn-ignored',
  },
};
const recipeEslintConfig = `import flux from '@flux-env/eslint-plugin';
import { defineConfig } from 'eslint/config';

export default defineConfig([flux.configs.recommended]);
`;

const message =
  '`NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET` exposes the secret `FLUX_GATEWAY_JWT_SECRET` to the browser: Next.js inlines every `NEXT_PUBLIC_` variable into the client bundle. Keep `FLUX_GATEWAY_JWT_SECRET` server-only and use it in a route handler or server action (Flux docs: 1. Wiring your app to a Flux project)';

let project: TempProject;
/** The environment of every command: no user or system git config, no inherited git variables, no network from npm. */
let env: NodeJS.ProcessEnv;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: project.dir, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const git = (...args: string[]) => run('git', args);

beforeAll(() => {
  project = tempProject('flux-env-precommit', ['eslint', '@flux-env/eslint-plugin', 'lint-staged', 'simple-git-hooks'], {
    'package.json': `${JSON.stringify(recipePackageJson, null, 2)}\n`,
    'eslint.config.mjs': recipeEslintConfig,
    '.gitignore': 'node_modules/\n',
  });
  // A plain shell environment: vitest's NODE_ENV=test and FORCE_COLOR would change lint-staged's and eslint's output.
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    npm_config_update_notifier: 'false',
    npm_config_offline: 'true',
  };
  expect(git('init', '--quiet', '--initial-branch=main').status).toBe(0);
  git('config', 'user.name', 'Flux Test');
  git('config', 'user.email', 'flux-test@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  // `npm install` runs `prepare`, which installs the hook; the packages are already linked.
  const prepare = run('npm', ['run', '--silent', 'prepare']);
  expect(prepare.output).toContain('[INFO] Successfully set the pre-commit with command: npx lint-staged');
  expect(prepare.status).toBe(0);
});

afterAll(() => project?.remove());

describe('pre-commit recipe (lint-staged + simple-git-hooks)', () => {
  it('refuses a commit that exposes a secret to the browser, with the rule’s message, then accepts the fix', () => {
    project.write('lib/flux.js', 'export const gatewaySecret = process.env.NEXT_PUBLIC_FLUX_GATEWAY_JWT_SECRET;\n');
    project.write('.env.example', 'FLUX_URL=https://api--example--0a1b2c3.vsl-base.com\n');
    expect(git('add', '.').status).toBe(0);
    const refused = git('commit', '--quiet', '-m', 'read the gateway secret');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('lib/flux.js');
    expect(refused.output).toContain(`1:42  error  ${message}  @flux-env/no-public-secret`);
    expect(refused.output).toContain('✖ 1 problem (1 error, 0 warnings)');
    // Nothing was committed, and lint-staged left the working tree and the index as they were.
    expect(git('rev-parse', '--verify', '--quiet', 'HEAD').status).not.toBe(0);
    expect(git('diff', '--cached', '--name-only').output.trim().split('\n')).toEqual(['.env.example', '.gitignore', 'eslint.config.mjs', 'lib/flux.js', 'package.json']);

    project.write('lib/flux.js', 'export const gatewaySecret = process.env.FLUX_GATEWAY_JWT_SECRET;\n');
    expect(git('add', 'lib/flux.js').status).toBe(0);
    const accepted = git('commit', '--quiet', '-m', 'read the gateway secret server-side');
    expect(accepted.output).not.toContain('no-public-secret');
    expect(accepted.status).toBe(0);
    expect(git('log', '--format=%s').output.trim()).toBe('read the gateway secret server-side');
    expect(git('show', 'HEAD:lib/flux.js').output.trim()).toBe('export const gatewaySecret = process.env.FLUX_GATEWAY_JWT_SECRET;');
  });
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Unit tests run against the TypeScript sources; end-to-end tests use the built packages through the CLIs.
    alias: {
      '@flux-env/catalog': here('./packages/shared-catalog/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/tests/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'test/example-app/**', 'test/fixtures/**'],
    setupFiles: [here('./test/setup/rule-tester.ts')],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

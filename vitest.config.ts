import { defineConfig } from 'vitest/config';

/** Workspace packages resolve to their TypeScript sources (the condition each package's exports declare). */
const SOURCE_CONDITION = '@cognito-identity-openapi/source';

export default defineConfig({
  // Vite's server defaults minus `module`: with it, AWS SDK packages resolve to their bundler-only dist-es.
  ssr: { resolve: { conditions: [SOURCE_CONDITION, 'node', 'development|production'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/support/slow-first-sequencer.ts';

/** Workspace packages resolve to their TypeScript sources (the condition each package's exports declare). */
const SOURCE_CONDITION = '@cognito-identity-openapi/source';

/**
 * Test files at once. Most files wait on child processes, servers, npm or Chromium rather than compute, so
 * twice the cores keeps both cores busy; vitest's default (cores - 1) runs one file at a time on 2 cores.
 */
const WORKERS = Math.max(2, availableParallelism() * 2);

export default defineConfig({
  // Vite's server defaults minus `module`: with it, AWS SDK packages resolve to their bundler-only dist-es.
  ssr: { resolve: { conditions: [SOURCE_CONDITION, 'node', 'development|production'] } },
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: WORKERS,
    // A worker keeps its imported modules from one test file to the next (test files themselves run afresh):
    // without this, every file re-imports Prism, the AWS SDK, Playwright and the sources in a new process.
    isolate: false,
    // One temporary folder per run, shared by the files of every worker (the tarballs packed once).
    globalSetup: ['./test/support/run-folder.ts'],
    reporters: ['default', './test/support/slowest-files-reporter.ts'],
    sequence: { sequencer: SlowFirstSequencer },
  },
});

/**
 * A vitest sequencer that starts the test files with the longest chains of waiting first (installs, a fresh
 * clone, Chromium, child processes, the type-check), so they run beside the many short files instead of
 * after them. Without it a clean clone (no timings cached yet) starts the largest files first, and a small file
 * that installs a whole clone starts last and holds the run open alone. The other files keep vitest's order.
 * The list is kept by hand from the slowest-files list printed after each run (slowest-files-reporter.ts).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files to start first, in this order (paths from the repository root). */
export const SLOW_FIRST = [
  'test/packages/fresh-clone.test.ts',
  'test/packages/server-tarball.test.ts',
  'test/packages/package-tarball.test.ts',
  'test/docs/docs.test.ts',
  'test/repository/typecheck.test.ts',
  'packages/server/test/cli.test.ts',
  'packages/server/test/emulator/aws-cli-boto3.test.ts',
  'test/readme.test.ts',
  'test/container.test.ts',
  'test/flows/amplify-browser.test.ts',
  'packages/client/test/credentials/browser.test.ts',
  'test/generated/code-samples-run.test.ts',
  'packages/server/test/mcp/mcp.test.ts',
] as const;

/** `files` with those in `first` moved to the front in its order, the others after them in their own order. */
export function slowFirst<T>(files: readonly T[], pathOf: (file: T) => string, first: readonly string[] = SLOW_FIRST): T[] {
  const rank = (file: T) => {
    const index = first.indexOf(pathOf(file));
    return index === -1 ? first.length : index;
  };
  return files.map((file, index) => ({ file, index, rank: rank(file) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ file }) => file);
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    return slowFirst(ordered, (spec) => relative(spec.project.config.root, spec.moduleId).split('\\').join('/'));
  }
}

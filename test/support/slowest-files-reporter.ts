/**
 * A vitest reporter that prints, after the run, the test files that took longest (import plus tests), so a
 * drift in the suite's time shows in CI's output with the file to blame. Used beside the default reporter.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { SLOW_FIRST } from './slow-first-sequencer.ts';

/** How many files the list shows. */
const SHOWN = 12;

/** The files of a run, slowest first, as `[path, milliseconds]`. */
export function slowestFiles(modules: ReadonlyArray<Pick<TestModule, 'moduleId' | 'diagnostic'>>, root: string, shown = SHOWN): Array<[string, number]> {
  return modules
    .map((m): [string, number] => {
      const d = m.diagnostic();
      return [relative(root, m.moduleId), d.collectDuration + d.setupDuration + d.duration];
    })
    .sort((a, b) => b[1] - a[1])
    .slice(0, shown);
}

/** The report's lines: each file's seconds, and `started first` beside those the sequencer starts first. */
export function slowestLines(rows: ReadonlyArray<[string, number]>, startedFirst: readonly string[] = SLOW_FIRST): string[] {
  return rows.map(([file, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file}${startedFirst.includes(file) ? '  (started first)' : ''}`);
}

/** Prints the slowest files once the run ends. */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = slowestFiles(modules, process.cwd());
    if (rows.length === 0) return;
    process.stdout.write(`\nslowest test files (import + tests; a slow file not started first belongs in slow-first-sequencer.ts):\n${slowestLines(rows).join('\n')}\n`);
  }
}

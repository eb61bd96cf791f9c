import { describe, expect, it } from 'vitest';
import { slowestFiles, slowestLines } from './slowest-files-reporter.ts';

const file = (moduleId: string, collect: number, setup: number, tests: number) => ({
  moduleId,
  diagnostic: () => ({ collectDuration: collect, setupDuration: setup, duration: tests }) as ReturnType<import('vitest/node').TestModule['diagnostic']>,
});

describe('slowestFiles', () => {
  it('ranks files by import, setup and test time together, slowest first, relative to the root', () => {
    const rows = slowestFiles([file('/r/a.test.ts', 10, 0, 5), file('/r/b.test.ts', 1, 1, 100), file('/r/c.test.ts', 50, 0, 0)], '/r');
    expect(rows).toEqual([['b.test.ts', 102], ['c.test.ts', 50], ['a.test.ts', 15]]);
  });

  it('shows at most the number asked for', () => {
    expect(slowestFiles([file('/r/a', 1, 0, 0), file('/r/b', 2, 0, 0)], '/r', 1)).toEqual([['b', 2]]);
  });

  it('marks the files the sequencer starts first, so a slow file missing from its list shows', () => {
    expect(slowestLines([['a.test.ts', 61_250], ['b.test.ts', 900]], ['a.test.ts'])).toEqual([
      '    61.3 s  a.test.ts  (started first)',
      '     0.9 s  b.test.ts',
    ]);
  });
});

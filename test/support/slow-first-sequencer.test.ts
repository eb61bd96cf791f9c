import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLOW_FIRST, slowFirst } from './slow-first-sequencer.ts';
import { repoPath } from './paths.ts';

describe('slowFirst', () => {
  it('moves the listed files to the front in the list\'s order and keeps the others in theirs', () => {
    expect(slowFirst(['a', 'b', 'c', 'd', 'e'], (f) => f, ['d', 'b', 'x'])).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('keeps the order when no file is listed', () => {
    expect(slowFirst(['c', 'a', 'b'], (f) => f, [])).toEqual(['c', 'a', 'b']);
  });

  it('lists only test files that exist, each once', () => {
    expect(SLOW_FIRST.filter((path) => !existsSync(repoPath(path)))).toEqual([]);
    expect(new Set(SLOW_FIRST).size).toBe(SLOW_FIRST.length);
  });
});

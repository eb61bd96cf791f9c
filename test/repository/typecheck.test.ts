/**
 * The type-check of the whole repository (`npm run typecheck`: sources, generated code, scripts, tests and
 * bench, so the `@ts-expect-error` type tests count), run as one of the suite's files: it takes one core for
 * its whole length, so it runs beside the other files instead of before them with the other core idle.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/paths.ts';

describe('npm run typecheck', () => {
  it('finds no type error anywhere in the repository', async () => {
    const result = await promisify(execFile)('npm', ['run', '--silent', 'typecheck'], { cwd: repoPath(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      .then(({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }), (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }));
    expect(result.output.trim()).toBe('');
    expect(result.code).toBe(0);
  }, 300_000);
});

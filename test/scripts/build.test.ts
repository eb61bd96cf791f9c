/**
 * scripts/build.ts runs the lint stages by their npm scripts' own commands, without npm: each script must stay
 * a plain command the build can split, and every stage it reports must be an npm script a user can run alone.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../scripts/build.ts';
import { npmScripts, scriptCommand } from '../../scripts/run-command.ts';
import { ROOT } from '../support/paths.ts';

const scripts = npmScripts(ROOT);

describe('the stages of npm run build', () => {
  it('are npm scripts, so each can be run (and benchmarked) alone', () => {
    expect(STAGES.filter((stage) => scripts[stage] === undefined)).toEqual([]);
  });

  it.each(['lint:redocly', 'lint:spectral', 'typecheck'])('%s is a command the build (or npm test) runs without npm', (name) => {
    const { file } = scriptCommand(scripts, name, ROOT);
    expect(existsSync(file), `${file} is not installed`).toBe(true);
  });
});

describe('npm test', () => {
  it('compiles unchecked, then runs vitest, whose files include the whole repository\'s type-check', () => {
    expect(scripts.test).toMatch(/^npm run compile -- --no-check && vitest run/);
    expect(existsSync(join(ROOT, 'test/repository/typecheck.test.ts'))).toBe(true);
  });
});

/**
 * scripts/build.ts runs the lint stages by their npm scripts' own commands, without npm: each script must stay
 * a plain command the build can split, and every stage it reports must be an npm script a user can run alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES, scriptCommand } from '../../scripts/build.ts';
import { repoPath } from '../support/paths.ts';

const scripts = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('scriptCommand', () => {
  it.each([
    ['redocly lint a.yaml b.yaml', 'redocly', ['lint', 'a.yaml', 'b.yaml']],
    ['  spectral lint x.yaml --ruleset r.yaml --fail-severity=hint ', 'spectral', ['lint', 'x.yaml', '--ruleset', 'r.yaml', '--fail-severity=hint']],
  ])('%s', (script, bin, args) => {
    expect(scriptCommand({ s: script }, 's')).toEqual({ file: repoPath('node_modules/.bin', bin), args });
  });

  it.each(['a && b', 'a | b', 'a; b', 'a "quoted arg"', 'a $VAR', 'a > out', 'a *.yaml'])('refuses shell syntax: %s', (script) => {
    expect(() => scriptCommand({ s: script }, 's')).toThrow('build: script s uses shell syntax');
  });

  it('names a missing script', () => {
    expect(() => scriptCommand({}, 'lint:nothing')).toThrow('package.json has no script lint:nothing');
  });
});

describe('the stages of npm run build', () => {
  it('are npm scripts, so each can be run (and benchmarked) alone', () => {
    expect(STAGES.filter((stage) => scripts[stage] === undefined)).toEqual([]);
  });

  it.each(['lint:redocly', 'lint:spectral'])('%s is a command the build runs without npm', (stage) => {
    const { file } = scriptCommand(scripts, stage);
    expect(existsSync(file), `${file} is not installed`).toBe(true);
  });

  it('npm test type-checks before it compiles without checking', () => {
    expect(scripts.test).toMatch(/^npm run typecheck && npm run compile -- --no-check && /);
  });
});

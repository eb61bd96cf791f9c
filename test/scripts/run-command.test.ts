/**
 * The build's child processes: output and exit code collected, a niceness relative to the build's own; npm
 * scripts split into commands to run without npm.
 */
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, runStep, scriptCommand } from '../../scripts/run-command.ts';

const node = (code: string, nice?: number) => runCommand(process.execPath, ['-e', code], process.cwd(), { nice });

describe('runCommand', () => {
  it('collects stdout and stderr and the exit code', async () => {
    const result = await node("console.log('out'); console.error('err'); process.exit(3)");
    expect(result.code).toBe(3);
    expect(result.output).toContain('out\n');
    expect(result.output).toContain('err\n');
  });

  it('turns colours off', async () => {
    expect((await node('console.log(process.env.NO_COLOR)')).output).toBe('1\n');
  });

  it('runs a stage nicer than the build by the niceness asked for', async () => {
    const expected = Math.min(19, getPriority() + 5);
    // The child reads its priority only once set: a short busy wait covers the moment before setPriority runs.
    const result = await node("const end = Date.now() + 200; while (Date.now() < end); console.log(require('node:os').getPriority())", 5);
    expect(Number(result.output)).toBe(expected);
  });

  it('resolves with code 1 when the command cannot start', async () => {
    const result = await runCommand('/nonexistent/command', [], process.cwd());
    expect(result.code).toBe(1);
    expect(result.output).toContain('ENOENT');
  });
});

describe('runStep', () => {
  it('is exit code 0 with what the step returned, or 1 with the message it threw', async () => {
    expect(await runStep(async () => 'said\n')).toMatchObject({ code: 0, output: 'said\n' });
    expect(await runStep(async () => { throw new Error('broke'); })).toMatchObject({ code: 1, output: 'broke\n' });
  });
});

describe('scriptCommand', () => {
  it.each([
    ['redocly lint a.yaml b.yaml', 'redocly', ['lint', 'a.yaml', 'b.yaml']],
    ['  spectral lint x.yaml --ruleset r.yaml --fail-severity=hint ', 'spectral', ['lint', 'x.yaml', '--ruleset', 'r.yaml', '--fail-severity=hint']],
    ['tsc -p tsconfig.json', 'tsc', ['-p', 'tsconfig.json']],
  ])('%s', (script, bin, args) => {
    expect(scriptCommand({ s: script }, 's', '/repo')).toEqual({ file: join('/repo', 'node_modules/.bin', bin), args });
  });

  it.each(['a && b', 'a | b', 'a; b', 'a "quoted arg"', 'a $VAR', 'a > out', 'a *.yaml'])('refuses shell syntax: %s', (script) => {
    expect(() => scriptCommand({ s: script }, 's', '/repo')).toThrow('script s uses shell syntax');
  });

  it('names a missing script', () => {
    expect(() => scriptCommand({}, 'lint:nothing', '/repo')).toThrow('package.json has no script lint:nothing');
  });
});

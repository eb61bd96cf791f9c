/**
 * The README's `python` blocks (the pytest recipe) run as written with pytest and boto3, the way a Python suite
 * would use them: each block is a test module, run once starting the emulator itself (through
 * `COGNITO_EMULATOR_COMMAND`, here the compiled command line, as `npx cognito-identity-openapi-server` would run
 * it), and once against an emulator already running (`COGNITO_EMULATOR_URL`, as in a container or CI service).
 * The Python used is the first of `python3` and Debian's `/usr/bin/python3` that has both pytest and boto3
 * (`.ci/run` installs Debian's python3-pytest and python3-boto3); without one the test skips, except in CI.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../packages/server/src/emulator/server.ts';
import { repoPath } from './support/paths.ts';

/** The fenced `python` blocks of a markdown text (`py` blocks are snippets that are not run). */
export function pythonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```python\n([\s\S]*?)^```$/gm)].map(([, body = '']) => body);
}

function pythonWithPytest(): string | undefined {
  return [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => Boolean(p)).find((python) => {
    try {
      execFileSync(python, ['-c', 'import pytest, boto3'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

const python = pythonWithPytest();
const blocks = pythonBlocks(readFileSync(repoPath('README.md'), 'utf8'));
const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
let work: string;
let running: Emulator;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'readme-python-'));
  running = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await running?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs pytest on one block; its summary line. */
async function pytest(file: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)(python as string, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', file], {
    cwd: work, timeout: 60_000, env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true', ...env },
  }).catch((error: { stdout?: string; message: string }) => { throw new Error(`pytest failed:\n${error.stdout ?? error.message}`); });
  return stdout.trim().split('\n').at(-1) ?? '';
}

describe.skipIf(!python && !process.env.CI)('README.md, python blocks', () => {
  it('has the pytest recipe', () => {
    expect(python, 'a python3 with pytest and boto3 (apt-get install python3-pytest python3-boto3)').toBeDefined();
    expect(blocks.length).toBeGreaterThanOrEqual(1);
  });

  it.each(blocks.map((block, index) => [index + 1, block] as const))('block %i passes under pytest, starting the emulator itself and against one already running', async (index, block) => {
    const file = `test_readme_block_${index}.py`;
    writeFileSync(join(work, file), block);
    const tests = block.match(/^def test_/gm)?.length ?? 0;
    const command = [process.execPath, repoPath('packages/server/dist/src/cli.js')].map(quote).join(' ');
    const [started, given] = await Promise.all([
      pytest(file, { COGNITO_EMULATOR_COMMAND: command }),
      pytest(file, { COGNITO_EMULATOR_URL: running.url }),
    ]);
    expect(started).toMatch(new RegExp(`^${tests} passed`));
    expect(given).toMatch(new RegExp(`^${tests} passed`));
  });
});

/**
 * The committed bin (bin/cognito-identity-openapi-server.js): it runs the compiled command line, and where
 * dist/ is not compiled yet it says what to run instead of failing on a missing module.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoPath } from '../../../test/support/paths.ts';

const BIN = repoPath('packages/server/bin/cognito-identity-openapi-server.js');
const run = async (file: string, args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [file, ...args], { encoding: 'utf8' });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
};

describe('the bin file', () => {
  const work = mkdtempSync(join(tmpdir(), 'server-bin-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs the compiled command line with its arguments', async () => {
    const { code, output } = await run(BIN, ['--help']);
    expect(code).toBe(0);
    expect(output).toContain('usage: cognito-identity-openapi-server mock');
  });

  it('says to compile, with status 1, where dist/ does not exist yet', async () => {
    writeFileSync(join(work, 'package.json'), '{"type":"module"}'); // as in the package
    mkdirSync(join(work, 'bin'));
    const copy = join(work, 'bin', 'cognito-identity-openapi-server.js');
    copyFileSync(BIN, copy);
    const { code, output } = await run(copy, ['emulator']);
    expect(code).toBe(1);
    expect(output).toContain('dist/ is not compiled yet; run `npm run compile` at the repository root');
  });
});

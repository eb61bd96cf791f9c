/** The README's emulator snippet runs as written, against the compiled package (`cognito-identity-openapi-server/emulator`). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../../test/support/paths.ts';

/** The first ```ts block under a README heading. */
function snippetUnder(heading: string): string {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n## ${heading}\n`));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`no ts snippet under "## ${heading}"`);
  return match[1] as string;
}

describe('README, Emulator', () => {
  it('the snippet prints the role and kind of the credentials it got', async () => {
    // Inside the repository, so the package resolves itself by name through its exports.
    const dir = mkdtempSync(repoPath('test', '.readme-'));
    try {
      writeFileSync(join(dir, 'snippet.ts'), snippetUnder('Emulator'));
      const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@cognito-identity-openapi/source', '--import', 'tsx', join(dir, 'snippet.ts')], { cwd: repoPath() });
      expect(stdout.trim()).toBe('arn:aws:iam::123456789012:role/Guest unauthenticated');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The README's emulator snippets run as written, against the package's sources (`cognito-identity-openapi-server/emulator`). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../../test/support/paths.ts';

/** The first ```ts block under a README heading (`## Emulator`, or another level's `### Login tokens`). */
function snippetUnder(heading: string): string {
  const readme = readFileSync(repoPath('README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n${heading.startsWith('#') ? heading : `## ${heading}`}\n`));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error(`no ts snippet under "## ${heading}"`);
  return match[1] as string;
}

/** What a snippet prints when run with tsx inside the repository (so the package resolves itself by name). */
async function run(snippet: string): Promise<string> {
  const dir = mkdtempSync(repoPath('test', '.readme-'));
  try {
    writeFileSync(join(dir, 'snippet.ts'), snippet);
    const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=@cognito-identity-openapi/source', '--import', 'tsx', join(dir, 'snippet.ts')], { cwd: repoPath() });
    return stdout.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('README, Emulator', () => {
  it('the snippet prints the role and kind of the credentials it got', async () => {
    expect(await run(snippetUnder('Emulator'))).toBe('arn:aws:iam::123456789012:role/Guest unauthenticated');
  });

  it('Login tokens: the snippet prints what its comments say (the minted token\'s role, the refusal of a non-JWT)', async () => {
    const snippet = snippetUnder('### Login tokens');
    const promised = [...snippet.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
    expect(promised).toHaveLength(2);
    expect((await run(snippet)).split('\n')).toEqual(promised);
  });
});

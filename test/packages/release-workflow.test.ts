/**
 * The release workflow (.github/workflows/release.yml) cannot run here (no GitHub Actions): its shape is
 * checked, the paths its release check names exist, and its tag check runs for real against this repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoPath } from '../support/paths.ts';

interface Step { name?: string; run?: string; uses?: string; env?: Record<string, string> }
const workflow = parse(readFileSync(repoPath('.github/workflows/release.yml'), 'utf8')) as {
  on: { push: { tags: string[] } }; permissions: Record<string, string>; jobs: { publish: { steps: Step[] } };
};
const steps = workflow.jobs.publish.steps;
const runOf = (pattern: RegExp) => steps.find((s) => s.run !== undefined && pattern.test(s.run))?.run;

describe('the release workflow', () => {
  it('runs on version tags, with the OIDC token npm provenance needs and read-only contents', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  it('installs, checks the tag, builds, runs the release check, then publishes every workspace with provenance', () => {
    const order = [/^npm ci\b/, /GITHUB_REF_NAME/, /^npm run build$/, /^npx vitest run /, /^npm publish --workspaces --provenance --access public$/]
      .map((pattern) => steps.findIndex((s) => s.run !== undefined && pattern.test(s.run)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(steps.at(-1)?.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
  });

  it('names test paths that exist', () => {
    const paths = (runOf(/^npx vitest run /) as string).replace('npx vitest run ', '').trim().split(/\s+/);
    expect(paths.filter((path) => !existsSync(repoPath(path)))).toEqual([]);
  });

  it('accepts a tag that names the repository\'s version and refuses another, naming the packages', async () => {
    const script = (runOf(/GITHUB_REF_NAME/) as string).match(/node -e '([\s\S]*)'/)?.[1] as string;
    const check = (tag: string) => promisify(execFile)(process.execPath, ['-e', script], { cwd: repoPath(), env: { ...process.env, GITHUB_REF_NAME: tag }, encoding: 'utf8' });
    const { version } = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string };
    await expect(check(`v${version}`)).resolves.toBeDefined();
    await expect(check('v9.9.9')).rejects.toMatchObject({ stderr: expect.stringContaining(`v9.9.9 does not match: cognito-identity-openapi-monorepo@${version}, cognito-identity-openapi-document@${version}`) });
  });
});

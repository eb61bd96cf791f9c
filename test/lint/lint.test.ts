/** `npm run lint` on the committed document: both linters report nothing at all. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/paths.ts';

function run(bin: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(repoPath('node_modules/.bin', bin), args, { cwd: repoPath(), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('lint', () => {
  it.each(['packages/document/openapi.yaml', 'packages/document/workflows.arazzo.yaml'])('Redocly (recommended-strict and more; Arazzo rules) finds no problem in %s', (file) => {
    const result = run('redocly', ['lint', file, '--format=json']);
    const problems = JSON.parse(result.stdout).problems as Array<{ ruleId: string; message: string }>;
    expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('Spectral (spectral:oas and project rules) finds no problem of any severity', () => {
    const result = run('spectral', ['lint', 'packages/document/openapi.yaml', '--ruleset', 'lint/spectral.yaml', '--format=json', '--fail-severity=hint', '--quiet']);
    const findings = JSON.parse(result.stdout || '[]') as Array<{ code: string; message: string }>;
    expect(findings.map((f) => `${f.code}: ${f.message}`)).toEqual([]);
    expect(result.status).toBe(0);
  });
});

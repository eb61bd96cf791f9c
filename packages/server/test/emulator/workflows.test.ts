/**
 * The README's "Workflows" recipe, as written: its seed, its inputs and its command (`cognito-identity-openapi-server
 * workflows`, the compiled bin, a real process running Redocly Respect) run the four published Arazzo
 * workflows, unchanged, against the emulator, where each step
 * depends on the state the previous ones left: the pool a step created, the identity GetId made, the
 * developer token issued. The emulator sits behind the checking proxy, so every answer is also held to the
 * document. The one Respect run of the test suite.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityRecord } from '../../src/emulator/store.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { repoPath } from '../../../../test/support/paths.ts';

/** The README's "Workflows" section: its two JSON blocks (seed, inputs) and its shell block. */
function readmeRecipe(): { seed: { pools: object[] }; inputs: Record<string, unknown>; shell: string } {
  const section = readFileSync(repoPath('README.md'), 'utf8').split('\n## Workflows\n')[1]?.split('\n## ')[0] ?? '';
  const blocks = (lang: string) => [...section.matchAll(new RegExp(`^\`\`\`${lang}\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1] ?? '');
  const [seed, inputs] = blocks('json').map((text) => JSON.parse(text));
  return { seed, inputs, shell: blocks('sh')[0] ?? '' };
}

const recipe = readmeRecipe();
const DEVELOPER = 'login.photoshare.app';
const published = ['openapi.yaml', 'workflows.arazzo.yaml'].map((name) => repoPath(`packages/document/${name}`));
let emu: CheckedEmulator;
const log: string[] = [];

beforeAll(async () => {
  emu = await startCheckedEmulator({
    log: (line) => log.push(line),
    seed: recipe.seed,
  });
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

describe('cognito-identity-openapi-server workflows against the emulator', () => {
  it('passes all four published workflows, each step using the state the one before left', async () => {
    const before = published.map((file) => readFileSync(file, 'utf8'));
    expect(recipe.shell).toContain('npx cognito-identity-openapi-server emulator --seed seed.json');
    expect(recipe.shell).toContain('npx cognito-identity-openapi-server workflows --server http://127.0.0.1:4630 --input "$(cat inputs.json)" --input googleIdToken="$token"');
    // The recipe's token request, sent as its curl sends it.
    const mintBody = /curl -s http:\/\/127\.0\.0\.1:4630\/_emulator\/idp\/token \\\n\s+-d '([^']+)'/.exec(recipe.shell)?.[1];
    expect(mintBody).toBeDefined();
    const minted = await fetch(`${emu.url}/_emulator/idp/token`, { method: 'POST', body: mintBody });
    expect(minted.status).toBe(200);
    const { token } = await minted.json() as { token: string };
    const report = join(mkdtempSync(join(tmpdir(), 'cognito-workflows-')), 'report.json');
    const run = await promisify(execFile)(process.execPath, [
      repoPath('packages/server/dist/src/cli.js'), 'workflows', '--server', emu.url, '--input', JSON.stringify(recipe.inputs, null, 2), '--input', `googleIdToken=${token}`,
      '--json-output', report,
    ], { env: { ...process.env, NO_COLOR: '1' } }).catch((error: { stdout: string; stderr: string }) => error);
    expect(run.stdout, `${run.stdout}\n${run.stderr}`).toContain('Workflows: 4 passed, 4 total');
    expect(run.stdout).toContain('Steps: 14 passed, 14 total');
    expect(run.stdout).not.toMatch(/failed/);
    const { files } = JSON.parse(readFileSync(report, 'utf8')) as { files: Record<string, { executedWorkflows: Array<{ workflowId: string; status: string }> }> };
    expect(Object.values(files).flatMap((file) => file.executedWorkflows.map((w) => `${w.workflowId} ${w.status}`))).toEqual([
      'federatedSignIn success', 'guestAccess success', 'developerAuthenticatedIdentity success', 'agentProvisioning success',
    ]);
    // The AWS calls only (the token request is a route of the emulator's own, logged with `-` for operation).
    expect(log.map((line) => line.split(' ').slice(2, 4).join(' ')).filter((call) => !call.startsWith('- '))).toEqual([
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'GetId 200', 'GetCredentialsForIdentity 200',
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'GetId 200', 'GetCredentialsForIdentity 200',
      'GetOpenIdTokenForDeveloperIdentity 200', 'GetCredentialsForIdentity 200',
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'DescribeIdentityPool 200', 'GetIdentityPoolRoles 200',
    ]);
    const records = emu.emulator.store.entries();
    expect(records.filter(([key]) => key.startsWith('pool/'))).toHaveLength(4);
    const identities = records.filter(([key]) => key.startsWith('identity/')).map(([, value]) => (value as IdentityRecord).l ?? []);
    expect(identities).toContainEqual([['accounts.google.com', JSON.parse(mintBody as string).sub]]);
    // The developer login arrived whole: Respect's input check kept the map (workflows.ts says why).
    expect(identities).toContainEqual([[DEVELOPER, 'user-4821']]);
    expect(identities).toContainEqual([]);
    expect(published.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
  }, 60_000);
});

/**
 * The four Arazzo workflows run by `redocly respect` against the emulator, where each step depends on the
 * state the previous ones left (the pool a step created, the identity GetId made, the developer token issued).
 * As for the mock, Respect reads only `application/json`, so it talks through the media-type proxy.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdentityRecord } from '../../src/emulator/store.ts';
import { MEDIA_TYPE } from '../../../client/src/protocol.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { startJsonMediaProxy } from '../../../../test/support/json-media-proxy.ts';
import { repoPath } from '../../../../test/support/paths.ts';
import { ROLES, loginJwt } from './helpers.ts';

const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const DEVELOPER = 'photoshare-login';
const GOOGLE_CLIENT = '407408718192-8h2k3m4n5p6q7r8s.apps.googleusercontent.com';
let emu: CheckedEmulator;
let proxy: { url: string; close: () => Promise<void> };
const log: string[] = [];

beforeAll(async () => {
  emu = await startCheckedEmulator({
    log: (line) => log.push(line),
    seed: { pools: [{ IdentityPoolId: POOL, IdentityPoolName: 'PhotoShare', AllowUnauthenticatedIdentities: false, DeveloperProviderName: DEVELOPER, Roles: { authenticated: ROLES.authenticated } }] },
  });
  proxy = await startJsonMediaProxy(emu.url);
});
afterAll(async () => {
  await proxy.close();
  expectNoViolations(emu);
  await emu.close();
});

describe('the Arazzo workflows against the emulator', () => {
  it('all pass, each step using the state the one before left', async () => {
    const now = Math.floor(Date.now() / 1000);
    const inputs = {
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261122/us-east-1/cognito-identity/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
      googleClientId: GOOGLE_CLIENT,
      googleIdToken: await loginJwt({ iss: 'https://accounts.google.com', aud: GOOGLE_CLIENT, sub: '110248495921238986420', iat: now, exp: now + 3600 }),
      authenticatedRoleArn: ROLES.authenticated,
      unauthenticatedRoleArn: ROLES.unauthenticated,
      identityPoolId: POOL,
      developerLogins: { [DEVELOPER]: 'user-4821' },
    };
    const dir = mkdtempSync(join(tmpdir(), 'cognito-respect-emulator-'));
    const asJson = (text: string) => text.split(MEDIA_TYPE).join('application/json');
    writeFileSync(join(dir, 'openapi.yaml'), asJson(readFileSync(repoPath('packages/document/openapi.yaml'), 'utf8')));
    // Respect sends an input declared as a map (only additionalProperties) as `{}`, so the published
    // `Logins: $inputs.developerLogins` reaches the server empty (the mock never notices). The copy writes the
    // one developer login inline instead.
    const workflows = asJson(readFileSync(repoPath('packages/document/workflows.arazzo.yaml'), 'utf8'));
    expect(workflows).toContain('            Logins: $inputs.developerLogins\n');
    writeFileSync(join(dir, 'workflows.arazzo.yaml'), workflows.replace('            Logins: $inputs.developerLogins\n', `            Logins:\n              ${DEVELOPER}: user-4821\n`));
    const run = await promisify(execFile)(repoPath('node_modules/.bin/redocly'), [
      'respect', join(dir, 'workflows.arazzo.yaml'), '--server', `cognitoIdentity=${proxy.url}`,
      '--input', JSON.stringify(inputs), '--json-output', join(dir, 'report.json'), '--max-fetch-timeout', '10000',
    ], { env: { ...process.env, NO_COLOR: '1' } }).catch((error: { stdout: string }) => error);
    expect(run.stdout, run.stdout).toContain('Workflows: 4 passed, 4 total');
    expect(run.stdout).toContain('Steps: 14 passed, 14 total');
    expect(log.map((line) => line.split(' ').slice(2, 4).join(' '))).toEqual([
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'GetId 200', 'GetCredentialsForIdentity 200',
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'GetId 200', 'GetCredentialsForIdentity 200',
      'GetOpenIdTokenForDeveloperIdentity 200', 'GetCredentialsForIdentity 200',
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'DescribeIdentityPool 200', 'GetIdentityPoolRoles 200',
    ]);
    const records = emu.emulator.store.entries();
    expect(records.filter(([key]) => key.startsWith('pool/'))).toHaveLength(4);
    const identities = records.filter(([key]) => key.startsWith('identity/')).map(([, value]) => (value as IdentityRecord).l ?? []);
    expect(identities).toContainEqual([['accounts.google.com', '110248495921238986420']]);
    expect(identities).toContainEqual([[DEVELOPER, 'user-4821']]);
    expect(identities).toContainEqual([]);
  }, 120_000);
});

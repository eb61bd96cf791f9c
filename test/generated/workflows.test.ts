/**
 * Every Arazzo workflow run with `redocly respect` against the mock, every step passing. Respect only reads
 * `application/json` bodies, so the run uses copies of the document and workflows with that media type,
 * through a loopback proxy that puts the real `application/x-amz-json-1.1` on the wire to the mock; the
 * published files are untouched.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startMockServer, type MockServer } from '../../packages/server/src/mock/server.ts';
import { MEDIA_TYPE } from '../../packages/client/src/protocol.ts';
import { startJsonMediaProxy } from '../support/json-media-proxy.ts';
import { repoPath } from '../support/paths.ts';

const inputs = {
  authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261122/us-east-1/cognito-identity/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
  googleClientId: '407408718192-8h2k3m4n5p6q7r8s.apps.googleusercontent.com',
  googleIdToken: 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20ifQ.c2lnbmF0dXJl',
  authenticatedRoleArn: 'arn:aws:iam::123456789012:role/Cognito_PhotoShareAuth_Role',
  unauthenticatedRoleArn: 'arn:aws:iam::123456789012:role/Cognito_PhotoShareUnauth_Role',
  identityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10',
  developerLogins: { 'login.photoshare.app': 'user-4821' },
};

let mock: MockServer;
let proxy: { url: string; close: () => Promise<void> };
const log: string[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, log: (line) => log.push(line) });
  proxy = await startJsonMediaProxy(mock.url);
});

afterAll(async () => {
  await proxy.close();
  await mock.close();
});

describe('the Arazzo workflows', () => {
  it('declare the four use cases over the published document', () => {
    const arazzo = parse(readFileSync(repoPath('packages/document/workflows.arazzo.yaml'), 'utf8'));
    expect(arazzo.arazzo).toBe('1.0.1');
    expect(arazzo.sourceDescriptions).toEqual([{ name: 'cognitoIdentity', url: './openapi.yaml', type: 'openapi' }]);
    expect(arazzo.workflows.map((w: { workflowId: string }) => w.workflowId)).toEqual(['federatedSignIn', 'guestAccess', 'developerAuthenticatedIdentity', 'agentProvisioning']);
    const bodies = arazzo.workflows.flatMap((w: { steps: Array<{ requestBody: { contentType: string } }> }) => w.steps.map((s) => s.requestBody.contentType));
    expect(new Set(bodies)).toEqual(new Set([MEDIA_TYPE]));
  });

  it('all pass under redocly respect against the mock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cognito-respect-'));
    const asJson = (text: string) => text.split(MEDIA_TYPE).join('application/json');
    writeFileSync(join(dir, 'openapi.yaml'), asJson(readFileSync(repoPath('packages/document/openapi.yaml'), 'utf8')));
    writeFileSync(join(dir, 'workflows.arazzo.yaml'), asJson(readFileSync(repoPath('packages/document/workflows.arazzo.yaml'), 'utf8')));
    const report = join(dir, 'report.json');
    const run = await promisify(execFile)(repoPath('node_modules/.bin/redocly'), [
      'respect', join(dir, 'workflows.arazzo.yaml'), '--server', `cognitoIdentity=${proxy.url}`,
      '--input', JSON.stringify(inputs), '--json-output', report, '--max-fetch-timeout', '10000',
    ], { env: { ...process.env, NO_COLOR: '1' } }).catch((error: { stdout: string }) => error);
    expect(run.stdout, run.stdout).toContain('Workflows: 4 passed, 4 total');
    expect(run.stdout).toContain('Steps: 14 passed, 14 total');
    expect(run.stdout).not.toMatch(/failed/);
    expect(log.map((line) => line.split(' ').slice(2, 4).join(' '))).toEqual([
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'GetId 200', 'GetCredentialsForIdentity 200',
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'GetId 200', 'GetCredentialsForIdentity 200',
      'GetOpenIdTokenForDeveloperIdentity 200', 'GetCredentialsForIdentity 200',
      'CreateIdentityPool 200', 'SetIdentityPoolRoles 200', 'DescribeIdentityPool 200', 'GetIdentityPoolRoles 200',
    ]);
  }, 120_000);
});

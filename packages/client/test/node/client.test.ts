/**
 * The Node entry's client as a server uses it: keep-alive `node:http` by default, signed with `node:crypto`,
 * and, in a fresh process, neither creating it nor calling it loads Node's fetch classes (undici).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoIdentityClient } from '../../src/node/index.ts';
import { startHttpRecorder, type HttpRecorder } from '../../../../test/support/http-recorder.ts';
import { repoPath } from '../../../../test/support/paths.ts';

let recorder: HttpRecorder;
beforeAll(async () => { recorder = await startHttpRecorder(); });
afterAll(async () => { await recorder.close(); });

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

describe('cognito-identity-openapi/node', () => {
  it('sends over keep-alive node:http by default and signs', async () => {
    recorder.answer = { status: 200, body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}', headers: {} };
    const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: recorder.url, credentials });
    await expect(client.describeIdentityPool({ IdentityPoolId: pool })).resolves.toEqual({ IdentityPoolId: pool });
    const request = recorder.requests.at(-1);
    expect(request?.headers.connection).toBe('keep-alive');
    expect(request?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/cognito-identity\/aws4_request, SignedHeaders=content-length;content-type;host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/);
  });

  it('reads AWS errors through the light transport', async () => {
    recorder.answer = { status: 400, body: '{"__type":"ResourceNotFoundException","message":"IdentityPool \'x\' not found."}', headers: { 'x-amzn-RequestId': 'r-9' } };
    const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: recorder.url, credentials });
    await expect(client.describeIdentityPool({ IdentityPoolId: pool })).rejects.toMatchObject({ __type: 'ResourceNotFoundException', status: 400, requestId: 'r-9' });
  });

  it('loads openapi-fetch for `raw` on first use, signed with node:crypto', async () => {
    recorder.answer = { status: 200, body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}', headers: {} };
    const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: recorder.url, credentials });
    const { data } = await client.raw.POST('/#X-Amz-Target=AWSCognitoIdentityService.DescribeIdentityPool', {
      params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.DescribeIdentityPool' } }, body: { IdentityPoolId: pool },
    });
    expect(data?.IdentityPoolId).toBe(pool);
    expect(recorder.requests.at(-1)?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect(recorder.requests.at(-1)?.url).toBe('/');
  });

  it('neither creating a client nor a call loads undici (fresh process)', async () => {
    const script = `
      const { createCognitoIdentityClient } = await import(${JSON.stringify(repoPath('packages/client/src/node/index.ts'))});
      const loaded = () => process.moduleLoadList.some((m) => m.includes('undici'));
      const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: ${JSON.stringify(recorder.url)}, credentials: ${JSON.stringify(credentials)} });
      const afterCreate = loaded();
      await client.describeIdentityPool({ IdentityPoolId: ${JSON.stringify(pool)} });
      console.log(JSON.stringify({ afterCreate, afterCall: loaded(), control: (new Headers(), loaded()) }));
      process.exit(0);`;
    recorder.answer = { status: 200, body: '{}', headers: {} };
    // Asynchronous: the recorder answering the child runs in this process.
    const result = await promisify(execFile)(process.execPath, ['--conditions=@cognito-identity-openapi/source', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoPath(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ afterCreate: false, afterCall: false, control: true });
  });

  it('loads aws4 on the first signature only: a GetId does not, a DescribeIdentityPool does (fresh process)', async () => {
    const script = `
      const { createRequire } = await import('node:module');
      const aws4 = createRequire(${JSON.stringify(repoPath('packages/client/src/node/signing.ts'))}).resolve('aws4');
      const { createCognitoIdentityClient } = await import(${JSON.stringify(repoPath('packages/client/src/node/index.ts'))});
      const loaded = () => Object.hasOwn(createRequire(import.meta.url).cache, aws4);
      const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: ${JSON.stringify(recorder.url)}, credentials: ${JSON.stringify(credentials)} });
      await client.getId({ IdentityPoolId: ${JSON.stringify(pool)} });
      const afterGetId = loaded();
      await client.describeIdentityPool({ IdentityPoolId: ${JSON.stringify(pool)} });
      console.log(JSON.stringify({ afterGetId, afterDescribe: loaded() }));
      process.exit(0);`;
    recorder.answer = { status: 200, body: '{}', headers: {} };
    const result = await promisify(execFile)(process.execPath, ['--conditions=@cognito-identity-openapi/source', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoPath(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ afterGetId: false, afterDescribe: true });
  });

  it('its published bundle imports no aws4fetch: the signed operations and signing fetch default to node:crypto', async () => {
    // As scripts/bundle-node-entry.ts builds dist/node.js: one file, packages left as imports.
    const result = await build({ entryPoints: [repoPath('packages/client/src/node/index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, metafile: true, logLevel: 'silent' });
    const imports = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
    expect(imports).toContain('node:http');
    expect(imports).not.toContain('aws4fetch');
  });
});

/**
 * createSigningFetch with clients generated from packages/document/openapi.json: openapi-fetch over the
 * openapi-typescript types, and a client that @hey-api/openapi-ts generates in the test (its default fetch
 * client). Each sends an unsigned and a signed call to the mock (which refuses signed ones without a
 * signature), and the wire requests are recorded: fragment gone, target and media type set, signed as the
 * AWS SDK's signer signs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../../generated/openapi-types.ts';
import { startMockServer, type MockServer } from '../../../server/src/mock/server.ts';
import { createSigningFetch } from '../../src/index.ts';
import { createSigningFetch as createNodeSigningFetch } from '../../src/node/index.ts';
import { repoPath } from '../../../../test/support/paths.ts';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN' };
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

interface Sent { url: string; headers: Record<string, string>; body: string }

let mock: MockServer;
let heyDir: string;
const sent: Sent[] = [];
/** The fetch under the signing fetch: records the wire request, then sends it to the mock. */
const wire = async (url: string, init: RequestInit) => {
  const headers = Object.fromEntries(new Headers(init.headers));
  sent.push({ url, headers, body: String(init.body ?? '') });
  return globalThis.fetch(url, init);
};

/** Does @smithy/signature-v4 give the same Authorization for what was sent? */
async function smithyAgrees(request: Sent): Promise<boolean> {
  const url = new URL(request.url);
  const { authorization, 'x-amz-date': date, 'x-amz-security-token': _t, ...headers } = request.headers;
  const signer = new SignatureV4({ service: 'cognito-identity', region: 'us-east-1', sha256: Hash.bind(null, 'sha256') as never, applyChecksum: false, credentials });
  const d = String(date);
  const signingDate = new Date(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(9, 11)}:${d.slice(11, 13)}:${d.slice(13, 15)}Z`);
  const signed = await signer.sign({ method: 'POST', protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: url.pathname, headers: { ...headers, host: url.host }, body: request.body }, { signingDate });
  return signed.headers.authorization === authorization;
}

function expectWire(request: Sent | undefined, operation: string, signed: boolean): void {
  expect(request?.url).toBe(`${mock.url}/`);
  expect(request?.headers['x-amz-target']).toBe(`AWSCognitoIdentityService.${operation}`);
  expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
  expect(Boolean(request?.headers.authorization)).toBe(signed);
}

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  heyDir = await mkdtemp(join(tmpdir(), 'hey-api-'));
  const { createClient: generate } = await import('@hey-api/openapi-ts');
  await generate({ input: repoPath('packages/document/openapi.json'), output: heyDir, plugins: ['@hey-api/client-fetch'], logs: { level: 'silent' } } as never);
});
afterAll(async () => {
  await mock?.close();
  if (heyDir) await rm(heyDir, { recursive: true, force: true });
});

describe('createSigningFetch', () => {
  it.each([['the browser-safe entry', createSigningFetch], ['the Node entry', createNodeSigningFetch]])('openapi-fetch (%s): unsigned and signed calls, signed like the SDK', async (_entry, make) => {
    const cognito = createClient<paths>({ baseUrl: mock.url, fetch: make({ region: 'us-east-1', credentials, fetch: wire }) });
    sent.length = 0;
    const { data: id } = await cognito.POST('/#X-Amz-Target=AWSCognitoIdentityService.GetId', {
      params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' } }, body: { IdentityPoolId: pool },
    });
    const { data: described, error } = await cognito.POST('/#X-Amz-Target=AWSCognitoIdentityService.DescribeIdentityPool', {
      params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.DescribeIdentityPool' } }, body: { IdentityPoolId: pool },
    });
    expect(error).toBeUndefined();
    expect(id?.IdentityId).toMatch(/^us-east-1:/);
    expect(described?.IdentityPoolId).toBe(pool);
    expectWire(sent[0], 'GetId', false);
    expectWire(sent[1], 'DescribeIdentityPool', true);
    expect(sent[1]?.headers['x-amz-security-token']).toBe(credentials.sessionToken);
    expect(await smithyAgrees(sent[1] as Sent)).toBe(true);
  });

  it('@hey-api/openapi-ts: the generated functions work with the signing fetch and parseAs json', async () => {
    const sdk = await import(join(heyDir, 'sdk.gen.ts'));
    const { createClient: heyClient, createConfig } = await import(join(heyDir, 'client', 'index.ts'));
    const client = heyClient(createConfig({ baseUrl: mock.url, fetch: createSigningFetch({ region: 'us-east-1', credentials, fetch: wire }), parseAs: 'json' }));
    sent.length = 0;
    const id = await sdk.getId({ client, body: { IdentityPoolId: pool } });
    const described = await sdk.describeIdentityPool({ client, body: { IdentityPoolId: pool } });
    const missing = await sdk.describeIdentityPool({ client, body: { IdentityPoolId: pool }, headers: { Prefer: 'error=ResourceNotFoundException' } });
    expect(id.data?.IdentityId).toMatch(/^us-east-1:/);
    expect(described.data?.IdentityPoolId).toBe(pool);
    expect(missing.error?.__type).toBe('ResourceNotFoundException');
    expectWire(sent[0], 'GetId', false);
    expectWire(sent[1], 'DescribeIdentityPool', true);
    expect(await smithyAgrees(sent[1] as Sent)).toBe(true);
  });

  it('passes other URLs through untouched, and refuses a signed call without credentials', async () => {
    sent.length = 0;
    await createSigningFetch({ fetch: wire })(`${mock.url}/healthz?x=1`).catch(() => undefined);
    expect(sent[0]?.url).toBe(`${mock.url}/healthz?x=1`);
    expect(sent[0]?.headers['x-amz-target']).toBeUndefined();
    await expect(createSigningFetch({ fetch: wire })(`${mock.url}/#X-Amz-Target=AWSCognitoIdentityService.ListIdentityPools`, { method: 'POST', body: '{}' }))
      .rejects.toThrow('ListIdentityPools is signed with SigV4: give createSigningFetch a region and credentials');
  });
});

/**
 * The Node entry's `node:crypto` signer against the AWS SDK's own (@smithy/signature-v4) at a fixed date,
 * through the Node client end to end (recording fetch), and on its own for odd paths and header sets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signWithWebCrypto } from '../../src/client/signing.ts';
import { createCognitoIdentityClient, signWithNodeCrypto } from '../../src/node/index.ts';
import { awsResponse, recordingFetch, type RecordedRequest } from '../../../../test/support/recording-fetch.ts';
import { referenceAuthorization } from '../../../../test/support/sigv4-reference.ts';

const NOW = new Date('2026-11-22T08:30:00.000Z');
const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** The reference, for a request as it was sent (what was signed is what was sent, Content-Length included). */
const reference = (call: { method: string; url: string; headers: Record<string, string | undefined>; body: string }, region: string, sessionToken?: string) =>
  referenceAuthorization(call, region, { ...credentials, ...(sessionToken ? { sessionToken } : {}) }, NOW);

describe('the Node entry signs with node:crypto', () => {
  beforeEach(() => { vi.useFakeTimers({ now: NOW, toFake: ['Date'] }); });
  afterEach(() => { vi.useRealTimers(); });

  it.each([
    ['us-east-1', undefined],
    ['eu-west-1', 'IQoJb3JpZ2luX2VjEHgaCXVzLWVhc3QtMSJHMEUCIQD'],
    ['cn-north-1', undefined],
  ])('in %s (session token %s): the same Authorization as @smithy/signature-v4', async (region, sessionToken) => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, {}));
    const client = createCognitoIdentityClient({ region, fetch, credentials: { ...credentials, ...(sessionToken ? { sessionToken } : {}) } });
    await client.describeIdentityPool({ IdentityPoolId: `${region}:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10` }, { headers: { Prefer: 'example=guest' } });
    const [call] = calls as [RecordedRequest];
    expect(call.headers['x-amz-date']).toBe('20261122T083000Z');
    expect(call.headers['x-amz-security-token']).toBe(sessionToken);
    expect(call.headers.authorization).toContain('SignedHeaders=content-length;content-type;host;prefer;x-amz-date;');
    expect(call.headers.authorization).toBe(await reference(call, region, sessionToken));
  });

  it.each([['node:crypto', signWithNodeCrypto], ['Web Crypto', signWithWebCrypto]])('%s: matches for an endpoint with a path, a port and a query, and an odd header value', async (_name, sign) => {
    const request = { method: 'POST', url: 'http://127.0.0.1:4010/prefix/a%20b/c!*/?x=1&a=b%20c', headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.ListIdentityPools', 'x-custom': '  two   spaces ' }, body: '{"MaxResults":5}' };
    const headers = await sign(request, credentials, 'ap-south-1', new Map());
    expect(headers.authorization).toBe(await reference({ ...request, headers }, 'ap-south-1'));
  });

  it('a signature over another body does not match (the check can fail)', async () => {
    const request = { method: 'POST', url: 'https://cognito-identity.us-east-1.amazonaws.com/', headers: { 'content-type': 'application/x-amz-json-1.1' }, body: '{"IdentityPoolId":"a"}' };
    const headers = await signWithNodeCrypto(request, credentials, 'us-east-1', new Map());
    expect(headers.authorization).not.toBe(await reference({ ...request, headers, body: '{"IdentityPoolId":"b"}' }, 'us-east-1'));
  });

  it('Web Crypto keeps the derived key: one entry per secret, day and region', async () => {
    const keys = new Map<string, unknown>();
    const request = { method: 'POST', url: 'https://cognito-identity.us-east-1.amazonaws.com/', headers: {}, body: '{}' };
    await signWithWebCrypto(request, credentials, 'us-east-1', keys);
    await signWithWebCrypto(request, credentials, 'us-east-1', keys);
    await signWithWebCrypto(request, credentials, 'eu-west-1', keys);
    expect(keys.size).toBe(2);
  });
});

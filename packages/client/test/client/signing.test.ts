import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCognitoIdentityClient } from '../../src/index.ts';
import { awsResponse, recordingFetch, type RecordedRequest } from '../../../../test/support/recording-fetch.ts';
import { referenceAuthorization } from '../../../../test/support/sigv4-reference.ts';

const NOW = new Date('2026-11-22T08:30:00.000Z');
const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

const referenceFor = (call: RecordedRequest, region: string, sessionToken?: string) =>
  referenceAuthorization(call, region, { ...credentials, ...(sessionToken ? { sessionToken } : {}) }, NOW);

describe('SigV4 signing', () => {
  beforeEach(() => { vi.useFakeTimers({ now: NOW, toFake: ['Date'] }); });
  afterEach(() => { vi.useRealTimers(); });

  it.each([
    ['us-east-1', undefined],
    ['eu-west-1', undefined],
    ['cn-north-1', 'IQoJb3JpZ2luX2VjEHgaCXVzLWVhc3QtMSJHMEUCIQD'],
  ])('in %s (session token %s) matches @smithy/signature-v4', async (region, sessionToken) => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, {}));
    const client = createCognitoIdentityClient({ region, fetch, credentials: { ...credentials, ...(sessionToken ? { sessionToken } : {}) } });
    await client.describeIdentityPool({ IdentityPoolId: `${region}:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10` });
    const [call] = calls as [RecordedRequest];
    expect(call.headers['x-amz-date']).toBe('20261122T083000Z');
    expect(call.headers.authorization).toBe(await referenceFor(call, region, sessionToken));
    expect(call.headers['x-amz-security-token']).toBe(sessionToken);
  });

  it('signs for the region given even with a custom endpoint', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, {}));
    const client = createCognitoIdentityClient({ region: 'ap-south-1', endpoint: 'http://127.0.0.1:4010', fetch, credentials });
    await client.listIdentityPools({ MaxResults: 5 });
    const [call] = calls as [RecordedRequest];
    expect(call.headers.authorization).toContain('/20261122/ap-south-1/cognito-identity/aws4_request');
    expect(call.headers.authorization).toBe(await referenceFor(call, 'ap-south-1'));
  });

  it('a signature over another body does not match (the check can fail)', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, {}));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    await client.describeIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' });
    const [call] = calls as [RecordedRequest];
    const tampered = { ...call, body: call.body.replace('0f4b', '0f4c') };
    expect(call.headers.authorization).not.toBe(await referenceFor(tampered, 'us-east-1'));
  });
});

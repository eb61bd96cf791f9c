/** Per-call options of the client's methods: extra headers (signed with the request) and what they cannot replace. */
import { describe, expect, it } from 'vitest';
import { CognitoIdentityConfigError, createCognitoIdentityClient } from '../../src/index.ts';
import { awsResponse, recordingFetch } from '../../../../test/support/recording-fetch.ts';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const pool = { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' };

describe('per-call headers', () => {
  it('sends them on a signed call, and signs them', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, pool));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    await client.describeIdentityPool(pool, { headers: { Prefer: 'code=404' } });
    expect(calls[0]?.headers.prefer).toBe('code=404');
    expect(calls[0]?.headers.authorization).toMatch(/SignedHeaders=[^,]*\bprefer\b/);
    expect(calls[0]?.headers['x-amz-target']).toBe('AWSCognitoIdentityService.DescribeIdentityPool');
  });

  it('sends them on an unsigned call, through send() as well', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, { IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' }));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch });
    await client.send('GetId', pool, { headers: { 'X-Trace-Id': 'abc' } });
    expect(calls[0]?.headers['x-trace-id']).toBe('abc');
    expect(calls[0]?.headers).not.toHaveProperty('authorization');
  });

  it('leaves other calls alone', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, pool));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    await client.describeIdentityPool(pool, { headers: { Prefer: 'code=404' } });
    await client.describeIdentityPool(pool);
    expect(calls[1]?.headers).not.toHaveProperty('prefer');
  });

  it.each(['X-Amz-Target', 'content-type', 'Authorization', 'X-Amz-Security-Token'])('refuses to replace %s, before any request', async (name) => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, pool));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    const call = client.describeIdentityPool(pool, { headers: { [name]: 'x' } });
    await expect(call).rejects.toThrow(CognitoIdentityConfigError);
    await expect(call).rejects.toThrow(`DescribeIdentityPool: options.headers cannot set ${name}; the client sets it`);
    expect(calls).toHaveLength(0);
  });

  it('refuses a value that is not a string', async () => {
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch: recordingFetch(() => awsResponse(200, {})).fetch });
    await expect(client.getId(pool, { headers: { Prefer: 404 as never } })).rejects.toThrow('GetId: options.headers.Prefer must be a string');
  });
});

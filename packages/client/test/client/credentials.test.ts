import { describe, expect, it } from 'vitest';
import { createCognitoIdentityClient } from '../../src/index.ts';
import { REFRESH_MARGIN_MS, createCredentialCache, type Credentials } from '../../src/client/credentials.ts';
import { awsResponse, recordingFetch } from '../../../../test/support/recording-fetch.ts';

describe('credential refresh', () => {
  it('calls the provider once while the credentials are fresh', async () => {
    let calls = 0;
    let now = 1_000_000;
    const cache = createCredentialCache(async () => {
      calls += 1;
      return { accessKeyId: `AKID${calls}`, secretAccessKey: 's', expiration: new Date(now + 60 * 60 * 1000) };
    }, () => now);
    expect((await cache()).accessKeyId).toBe('AKID1');
    now += 30 * 60 * 1000;
    expect((await cache()).accessKeyId).toBe('AKID1');
    now += 30 * 60 * 1000 - REFRESH_MARGIN_MS + 1; // inside the margin before expiry
    expect((await cache()).accessKeyId).toBe('AKID2');
    expect(calls).toBe(2);
  });

  it('shares one provider call between concurrent requests', async () => {
    let calls = 0;
    const cache = createCredentialCache(async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 5));
      return { accessKeyId: 'AKID', secretAccessKey: 's' };
    });
    await Promise.all([cache(), cache(), cache()]);
    expect(calls).toBe(1);
  });

  it('rejects a provider that returns credentials without a secret', async () => {
    const cache = createCredentialCache(async () => ({ accessKeyId: 'AKID' }) as Credentials);
    await expect(cache()).rejects.toThrow('the credential provider: credentials have no secretAccessKey');
  });

  it('signs each request with the provider\'s current credentials and session token', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, {}));
    let n = 0;
    const client = createCognitoIdentityClient({
      region: 'us-east-1',
      fetch,
      credentials: async () => {
        n += 1;
        // Already inside the refresh margin: every call must ask again.
        return { accessKeyId: `ASIAKEY${n}`, secretAccessKey: 's', sessionToken: `token-${n}`, expiration: new Date(Date.now() + 1000) };
      },
    });
    await client.describeIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' });
    await client.describeIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' });
    expect(calls.map((c) => [c.headers.authorization?.match(/Credential=(\w+)\//)?.[1], c.headers['x-amz-security-token']])).toEqual([
      ['ASIAKEY1', 'token-1'], ['ASIAKEY2', 'token-2'],
    ]);
  });

  it('does not ask for credentials for a public operation', async () => {
    const { fetch } = recordingFetch(() => awsResponse(200, { IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' }));
    let asked = 0;
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials: async () => { asked += 1; return { accessKeyId: 'A', secretAccessKey: 's' }; } });
    await client.getId({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' });
    expect(asked).toBe(0);
  });
});

/**
 * fromCognitoIdentityPool against a recording fetch: the enhanced flow's wire calls, the kept identity id,
 * refresh before expiry, one request for concurrent callers, logins as a function, the one restart on a
 * stale id (and only then), clear(). The real-browser proof is test/src/credentials/browser.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { fromCognitoIdentityPool, identityIdKey, memoryStorage } from '../../src/credentials/index.ts';
import { awsError, awsResponse, recordingFetch, type RecordedRequest } from '../../../../test/support/recording-fetch.ts';

const POOL = 'eu-west-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const ID1 = 'eu-west-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1';
const ID2 = 'eu-west-1:3e9d5f7a-1b2c-4d8e-9f60-7a1b2c3d4e5f';

/** A fake service: GetId hands out ID1, ID2, ...; credentials live `lifetimeS` seconds. */
function service(options: { lifetimeS?: number; failFor?: (r: RecordedRequest) => Response | undefined } = {}) {
  const ids = [ID1, ID2];
  let issued = 0;
  return recordingFetch((r) => {
    const failed = options.failFor?.(r);
    if (failed) return failed;
    if (r.headers['x-amz-target']?.endsWith('.GetId')) return awsResponse(200, { IdentityId: ids.shift() });
    issued += 1;
    return awsResponse(200, {
      IdentityId: r.json.IdentityId,
      Credentials: { AccessKeyId: `ASIA${issued}`, SecretKey: 's', SessionToken: `token-${issued}`, Expiration: Date.now() / 1000 + (options.lifetimeS ?? 3600) },
    });
  });
}
const targets = (calls: RecordedRequest[]) => calls.map((c) => c.headers['x-amz-target']?.split('.')[1]);

describe('fromCognitoIdentityPool', () => {
  it('runs the enhanced flow unsigned against the pool\'s regional endpoint and keeps the id', async () => {
    const { fetch, calls } = service();
    const storage = memoryStorage();
    const credentials = await fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage })();
    expect(credentials).toMatchObject({ accessKeyId: 'ASIA1', secretAccessKey: 's', sessionToken: 'token-1', identityId: ID1 });
    expect(credentials.expiration).toBeInstanceOf(Date);
    expect(targets(calls)).toEqual(['GetId', 'GetCredentialsForIdentity']);
    expect(calls.map((c) => c.url)).toEqual(['https://cognito-identity.eu-west-1.amazonaws.com/', 'https://cognito-identity.eu-west-1.amazonaws.com/']);
    expect(calls.every((c) => c.headers.authorization === undefined)).toBe(true);
    expect(calls[0]?.json).toEqual({ IdentityPoolId: POOL });
    expect(await storage.getItem(identityIdKey(POOL))).toBe(ID1);
  });

  it('reuses a kept id (a reload): no GetId', async () => {
    const { fetch, calls } = service();
    const storage = memoryStorage();
    storage.setItem(identityIdKey(POOL), ID2);
    expect((await fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage })()).identityId).toBe(ID2);
    expect(targets(calls)).toEqual(['GetCredentialsForIdentity']);
  });

  it('caches until 5 minutes before expiry, then refreshes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { fetch, calls } = service({ lifetimeS: 3600 });
      const provider = fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage: memoryStorage() });
      expect((await provider()).sessionToken).toBe('token-1');
      vi.setSystemTime(Date.now() + 54 * 60_000);
      expect((await provider()).sessionToken).toBe('token-1');
      vi.setSystemTime(Date.now() + 2 * 60_000); // 4 minutes left: inside the margin
      expect((await provider()).sessionToken).toBe('token-2');
      expect(targets(calls)).toEqual(['GetId', 'GetCredentialsForIdentity', 'GetCredentialsForIdentity']);
    } finally { vi.useRealTimers(); }
  });

  it('keeps the identity the answer names: a kept guest id sent with a returning user\'s login', async () => {
    const { fetch, calls } = recordingFetch((r) => awsResponse(200, {
      IdentityId: r.json.Logins ? ID1 : r.json.IdentityId,
      Credentials: { AccessKeyId: 'ASIA1', SecretKey: 's', SessionToken: 't', Expiration: Date.now() / 1000 + 3600 },
    }));
    const storage = memoryStorage();
    storage.setItem(identityIdKey(POOL), ID2);
    const credentials = await fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage, logins: { 'accounts.google.com': 'jwt' } })();
    expect(calls[0]?.json).toEqual({ IdentityId: ID2, Logins: { 'accounts.google.com': 'jwt' } });
    expect(credentials.identityId).toBe(ID1);
    expect(await storage.getItem(identityIdKey(POOL))).toBe(ID1);
  });

  it('makes one request for many concurrent callers', async () => {
    const { fetch, calls } = service();
    const provider = fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage: memoryStorage() });
    const all = await Promise.all(Array.from({ length: 20 }, () => provider()));
    expect(new Set(all.map((c) => c.sessionToken))).toEqual(new Set(['token-1']));
    expect(targets(calls)).toEqual(['GetId', 'GetCredentialsForIdentity']);
  });

  it('asks a logins function on each refresh and sends its tokens', async () => {
    const { fetch, calls } = service({ lifetimeS: 60 }); // always inside the margin
    let n = 0;
    const provider = fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage: memoryStorage(), customRoleArn: 'arn:aws:iam::123456789012:role/Reader', logins: async () => ({ 'accounts.google.com': `jwt-${++n}` }) });
    await provider();
    await provider();
    expect(calls.map((c) => c.json.Logins?.['accounts.google.com'])).toEqual(['jwt-1', 'jwt-1', 'jwt-2']);
    expect(calls[1]?.json.CustomRoleArn).toBe('arn:aws:iam::123456789012:role/Reader');
  });

  it.each([
    ['a deleted identity', () => awsError(400, 'ResourceNotFoundException', `Identity '${ID2}' not found.`)],
    ['logins that do not match', () => awsError(400, 'NotAuthorizedException', 'Logins don\'t match. Please include at least one valid login for this identity or identity pool.')],
  ])('forgets a kept id after %s and starts again once', async (_what, error) => {
    const storage = memoryStorage();
    storage.setItem(identityIdKey(POOL), ID2);
    const { fetch, calls } = service({ failFor: (r) => (r.json.IdentityId === ID2 ? error() : undefined) });
    expect((await fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage })()).identityId).toBe(ID1);
    expect(targets(calls)).toEqual(['GetCredentialsForIdentity', 'GetId', 'GetCredentialsForIdentity']);
    expect(await storage.getItem(identityIdKey(POOL))).toBe(ID1);
  });

  it('does not restart for other errors, nor twice, nor for an id it has just made', async () => {
    const notAuthorized = () => awsError(400, 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.');
    const a = service({ failFor: (r) => (r.json.IdentityId ? notAuthorized() : undefined) });
    const storage = memoryStorage();
    storage.setItem(identityIdKey(POOL), ID2);
    await expect(fromCognitoIdentityPool({ identityPoolId: POOL, fetch: a.fetch, storage })()).rejects.toMatchObject({ __type: 'NotAuthorizedException' });
    expect(targets(a.calls)).toEqual(['GetCredentialsForIdentity']);

    const gone = () => awsError(400, 'ResourceNotFoundException', 'gone');
    const b = service({ failFor: (r) => (r.json.IdentityId ? gone() : undefined) });
    await expect(fromCognitoIdentityPool({ identityPoolId: POOL, fetch: b.fetch, storage: memoryStorage() })()).rejects.toMatchObject({ __type: 'ResourceNotFoundException' });
    expect(targets(b.calls)).toEqual(['GetId', 'GetCredentialsForIdentity']);
  });

  it('clear() forgets the credentials and the id (sign-out)', async () => {
    const { fetch, calls } = service();
    const storage = memoryStorage();
    const provider = fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage });
    await provider();
    await provider.clear();
    expect(await storage.getItem(identityIdKey(POOL))).toBeNull();
    expect((await provider()).identityId).toBe(ID2);
    expect(targets(calls)).toEqual(['GetId', 'GetCredentialsForIdentity', 'GetId', 'GetCredentialsForIdentity']);
  });

  it('a sign-out during a pending GetId keeps neither the id nor the credentials', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const { fetch } = service();
    const storage = memoryStorage();
    const slow = async (url: string, init: Parameters<typeof fetch>[1]) => { await gate; return fetch(url, init); };
    const provider = fromCognitoIdentityPool({ identityPoolId: POOL, fetch: slow, storage });
    const first = provider();
    await provider.clear();
    release();
    expect((await first).identityId).toBe(ID1); // the caller who asked still gets an answer
    expect(await storage.getItem(identityIdKey(POOL))).toBeNull();
    expect((await provider()).identityId).toBe(ID2);
  });

  it('keys ids per pool, and takes an endpoint and a region', async () => {
    expect(identityIdKey(POOL)).not.toBe(identityIdKey('eu-west-1:11111111-2222-4333-8444-555555555555'));
    const { fetch, calls } = service();
    await fromCognitoIdentityPool({ identityPoolId: POOL, fetch, storage: memoryStorage(), endpoint: 'http://127.0.0.1:4010/', region: 'cn-north-1' })();
    expect(calls[0]?.url).toBe('http://127.0.0.1:4010/');
    const c = service();
    await fromCognitoIdentityPool({ identityPoolId: 'cn-north-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10', fetch: c.fetch, storage: memoryStorage() })();
    expect(c.calls[0]?.url).toBe('https://cognito-identity.cn-north-1.amazonaws.com.cn/');
    expect(() => fromCognitoIdentityPool({ identityPoolId: 'no-colon' })).toThrow('identityPoolId is not <region>:<id>');
  });
});

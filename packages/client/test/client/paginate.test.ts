import { describe, expect, it } from 'vitest';
import { createCognitoIdentityClient, paginate } from '../../src/index.ts';
import { awsResponse, recordingFetch } from '../../../../test/support/recording-fetch.ts';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret' };
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

/** A server holding `items`, answering pages of `size` under `itemsKey`, with numeric tokens. */
function pagedServer(items: unknown[], itemsKey: string, size: number) {
  return recordingFetch((request) => {
    const start = request.json.NextToken ? Number(request.json.NextToken.slice(5)) : 0;
    const end = start + size;
    return awsResponse(200, { [itemsKey]: items.slice(start, end), ...(end < items.length ? { NextToken: `page-${end}` } : {}) });
  });
}

describe('paginate', () => {
  it('walks ListIdentityPools to exhaustion', async () => {
    const pools = Array.from({ length: 7 }, (_, i) => ({ IdentityPoolId: `us-east-1:0000000${i}-8d1a-4e57-9a53-3c1d2b7e6f10`, IdentityPoolName: `pool ${i}` }));
    const { fetch, calls } = pagedServer(pools, 'IdentityPools', 3);
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    const pages = [];
    for await (const page of paginate(client, 'ListIdentityPools', { MaxResults: 3 })) pages.push(page);
    expect(pages.flatMap((p) => p.IdentityPools ?? [])).toEqual(pools);
    expect(calls.map((c) => c.json)).toEqual([
      { MaxResults: 3 }, { MaxResults: 3, NextToken: 'page-3' }, { MaxResults: 3, NextToken: 'page-6' },
    ]);
  });

  it('walks ListIdentities and LookupDeveloperIdentity', async () => {
    const identities = Array.from({ length: 5 }, (_, i) => ({ IdentityId: `us-east-1:${i}c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1` }));
    const listing = pagedServer(identities, 'Identities', 2);
    const c1 = createCognitoIdentityClient({ region: 'us-east-1', fetch: listing.fetch, credentials });
    let seen = 0;
    for await (const page of paginate(c1, 'ListIdentities', { IdentityPoolId: pool, MaxResults: 2 })) seen += page.Identities?.length ?? 0;
    expect(seen).toBe(5);
    expect(listing.calls).toHaveLength(3);

    const users = ['user-1', 'user-2', 'user-3', 'user-4'];
    const lookup = pagedServer(users, 'DeveloperUserIdentifierList', 3);
    const c2 = createCognitoIdentityClient({ region: 'us-east-1', fetch: lookup.fetch, credentials });
    const found: string[] = [];
    for await (const page of paginate(c2, 'LookupDeveloperIdentity', { IdentityPoolId: pool, IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1', MaxResults: 3 })) {
      found.push(...(page.DeveloperUserIdentifierList ?? []));
    }
    expect(found).toEqual(users);
  });

  it('stops when the service repeats the token it was given', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, { IdentityPools: [], NextToken: 'same' }));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    let pages = 0;
    for await (const _ of paginate(client, 'ListIdentityPools', { MaxResults: 10 })) pages += 1;
    expect(pages).toBe(2);
    expect(calls).toHaveLength(2);
  });
});

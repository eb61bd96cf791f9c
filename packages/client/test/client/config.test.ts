import { describe, expect, it } from 'vitest';
import { CognitoIdentityConfigError, createCognitoIdentityClient, endpointForRegion, type ClientConfig } from '../../src/index.ts';
import { recordingFetch } from '../../../../test/support/recording-fetch.ts';

describe('endpoints from the document\'s servers', () => {
  it.each([
    ['us-east-1', false, 'https://cognito-identity.us-east-1.amazonaws.com'],
    ['eu-central-2', false, 'https://cognito-identity.eu-central-2.amazonaws.com'],
    ['cn-north-1', false, 'https://cognito-identity.cn-north-1.amazonaws.com.cn'],
    ['us-gov-west-1', false, 'https://cognito-identity.us-gov-west-1.amazonaws.com'],
    ['us-gov-west-1', true, 'https://cognito-identity-fips.us-gov-west-1.amazonaws.com'],
    ['us-east-2', true, 'https://cognito-identity-fips.us-east-2.amazonaws.com'],
    ['eusc-de-east-1', false, 'https://cognito-identity.eusc-de-east-1.amazonaws.eu'],
  ])('%s (fips %s) -> %s', (region, fips, url) => {
    expect(endpointForRegion(region, fips)).toBe(url);
    expect(createCognitoIdentityClient({ region, useFips: fips }).endpoint).toBe(url);
  });

  it('takes an explicit endpoint, path kept and trailing slash dropped', () => {
    expect(createCognitoIdentityClient({ endpoint: 'http://127.0.0.1:4010/' }).endpoint).toBe('http://127.0.0.1:4010');
    expect(createCognitoIdentityClient({ endpoint: 'https://proxy.example.com/cognito/', region: 'us-east-1' }).endpoint).toBe('https://proxy.example.com/cognito');
  });
});

describe('bad configuration fails before any request', () => {
  it.each<[string, ClientConfig, string]>([
    ['no region and no endpoint', {}, 'give a region (such as "us-east-1") or an endpoint URL'],
    ['an endpoint that is not a URL', { endpoint: 'localhost:4010' }, 'endpoint "localhost:4010" is not an http(s) URL'],
    ['an endpoint of another scheme', { endpoint: 'ftp://example.com' }, 'is not an http(s) URL'],
    ['credentials without a secret', { region: 'us-east-1', credentials: { accessKeyId: 'AKID' } as never }, 'credentials have no secretAccessKey'],
    ['credentials without a key id', { region: 'us-east-1', credentials: { secretAccessKey: 's' } as never }, 'credentials have no accessKeyId'],
    ['a malformed region', { region: 'US East' }, 'region "US East" is not an AWS Region name'],
    ['a region without the service', { region: 'us-iso-east-1' }, 'no endpoint in region "us-iso-east-1"'],
    ['FIPS where there is none', { region: 'eu-west-1', useFips: true }, 'no FIPS endpoint in region "eu-west-1"'],
    ['zero attempts', { region: 'us-east-1', retry: { maxAttempts: 0 } }, 'retry.maxAttempts must be an integer of at least 1'],
    ['a fetch that is no function', { region: 'us-east-1', fetch: 'fetch' as never }, 'fetch must be a function'],
  ])('%s', (_what, config, message) => {
    const { fetch, calls } = recordingFetch(() => new Response('{}'));
    expect(() => createCognitoIdentityClient({ fetch, ...config })).toThrow(CognitoIdentityConfigError);
    expect(() => createCognitoIdentityClient({ fetch, ...config })).toThrow(message);
    expect(calls).toHaveLength(0);
  });

  it('a signed call without credentials fails without sending', async () => {
    const { fetch, calls } = recordingFetch(() => new Response('{}'));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch });
    await expect(client.describeIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }))
      .rejects.toThrow('DescribeIdentityPool is signed with SigV4: pass credentials to createCognitoIdentityClient');
    expect(calls).toHaveLength(0);
  });

  it('a signed call with an endpoint but no region fails without sending', async () => {
    const { fetch, calls } = recordingFetch(() => new Response('{}'));
    const client = createCognitoIdentityClient({ endpoint: 'http://127.0.0.1:4010', fetch, credentials: { accessKeyId: 'A', secretAccessKey: 's' } });
    await expect(client.listIdentityPools({ MaxResults: 1 })).rejects.toThrow('pass the region to sign for');
    expect(calls).toHaveLength(0);
  });

  it('an input that is not an object fails without sending', async () => {
    const { fetch, calls } = recordingFetch(() => new Response('{}'));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch });
    await expect(client.getId(null as never)).rejects.toThrow('GetId: input must be an object');
    expect(calls).toHaveLength(0);
  });
});

describe('the compact endpoint rules the client carries', () => {
  it('give every endpoint of the full table (standard and FIPS), and nothing for regions outside it', async () => {
    const { endpoints } = await import('../../generated/service-metadata.ts');
    for (const { fips, regions } of endpoints) {
      for (const region of regions) expect(createCognitoIdentityClient({ region, useFips: fips }).endpoint).toBe(endpointForRegion(region, fips));
    }
    expect(() => createCognitoIdentityClient({ region: 'us-iso-east-1' })).toThrow('no endpoint in region');
    expect(() => createCognitoIdentityClient({ region: 'ap-southeast-1', useFips: true })).toThrow('no FIPS endpoint');
  });
});

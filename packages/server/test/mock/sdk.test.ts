/** The official AWS SDK v3 against the mock: it signs, parses timestamps, and raises typed exceptions. */
import * as sdk from '@aws-sdk/client-cognito-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../src/mock/server.ts';

let mock: MockServer;
let client: sdk.CognitoIdentityClient;
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  client = new sdk.CognitoIdentityClient({
    region: 'us-east-1', endpoint: mock.url, maxAttempts: 1,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  });
});

afterAll(async () => {
  client.destroy();
  await mock.close();
});

describe('AWS SDK v3 against the mock', () => {
  it('GetId', async () => {
    const output = await client.send(new sdk.GetIdCommand({ IdentityPoolId: pool }));
    expect(output.IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('CreateIdentityPool and DescribeIdentityPool (signed)', async () => {
    const created = await client.send(new sdk.CreateIdentityPoolCommand({ IdentityPoolName: 'PhotoShare production', AllowUnauthenticatedIdentities: true }));
    expect(created.IdentityPoolId).toBe(pool);
    const described = await client.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId: pool }));
    expect(described).toMatchObject({ IdentityPoolName: 'PhotoShare production', AllowUnauthenticatedIdentities: true });
  });

  it('GetCredentialsForIdentity: the expiration parses to a Date', async () => {
    const output = await client.send(new sdk.GetCredentialsForIdentityCommand({ IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' }));
    expect(output.Credentials?.Expiration).toBeInstanceOf(Date);
    expect(output.Credentials?.Expiration?.toISOString()).toBe('2025-11-22T11:52:25.000Z');
    expect(output.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('ListIdentityPools', async () => {
    const output = await client.send(new sdk.ListIdentityPoolsCommand({ MaxResults: 10 }));
    expect(output.IdentityPools?.map((p) => p.IdentityPoolName)).toEqual(['PhotoShare production', 'PhotoShare staging']);
  });

  it('a not-found arrives as the SDK\'s typed ResourceNotFoundException', async () => {
    const preferNotFound = new sdk.CognitoIdentityClient({ region: 'us-east-1', endpoint: mock.url, maxAttempts: 1, credentials: { accessKeyId: 'A', secretAccessKey: 's' } });
    preferNotFound.middlewareStack.add((next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers.prefer = 'error=ResourceNotFoundException';
      return next(args);
    }, { step: 'build' });
    const error = await preferNotFound.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId: pool })).catch((e: unknown) => e);
    preferNotFound.destroy();
    expect(error).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', message: `IdentityPool '${pool}' not found.`, $metadata: { httpStatusCode: 400 } });
  });

  it('a constraint violation arrives as a 400 ValidationException', async () => {
    const error = await client.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId: 'not-a-pool' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationException', $metadata: { httpStatusCode: 400 } });
    expect((error as Error).message).toContain("at 'identityPoolId' failed to satisfy constraint");
  });
});

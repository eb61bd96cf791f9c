import { describe, expect, it } from 'vitest';
import { createCognitoIdentityClient } from '../../src/index.ts';
import { operationCases } from '../../../../test/support/document.ts';
import { awsResponse, recordingFetch } from '../../../../test/support/recording-fetch.ts';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoGZXIvYXdzEXAMPLETOKEN' };

describe('the wire form of every operation', () => {
  it('covers all 23 operations, 4 of them unsigned', () => {
    expect(operationCases).toHaveLength(23);
    expect(operationCases.filter((c) => !c.signed).map((c) => c.name).sort()).toEqual(['GetCredentialsForIdentity', 'GetId', 'GetOpenIdToken', 'UnlinkIdentity']);
  });

  it.each(operationCases)('$name: POST / with the target, the JSON 1.1 type and the JSON body', async ({ name, signed, input, output }) => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, output));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    const method = name.charAt(0).toLowerCase() + name.slice(1);
    const result = await (client as unknown as Record<string, (i: unknown) => Promise<unknown>>)[method]?.(input);

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe('POST');
    expect(call?.url).toBe('https://cognito-identity.us-east-1.amazonaws.com/');
    expect(call?.headers['x-amz-target']).toBe(`AWSCognitoIdentityService.${name}`);
    expect(call?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(call?.json).toEqual(input);
    expect(result).toEqual(output);
    if (signed) {
      expect(call?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/cognito-identity\/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target, Signature=[0-9a-f]{64}$/);
      expect(call?.headers['x-amz-security-token']).toBe(credentials.sessionToken);
    } else {
      expect(call?.headers).not.toHaveProperty('authorization');
      expect(call?.headers).not.toHaveProperty('x-amz-security-token');
      expect(call?.headers).not.toHaveProperty('x-amz-date');
    }
  });

  it('answers {} for an operation without output even when the body is empty', async () => {
    const { fetch } = recordingFetch(() => new Response('', { status: 200 }));
    const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    await expect(client.deleteIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' })).resolves.toEqual({});
  });

  it('lets the raw openapi-fetch client post to the pseudo-path, and still sends POST /', async () => {
    const { fetch, calls } = recordingFetch(() => awsResponse(200, { IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' }));
    const client = createCognitoIdentityClient({ endpoint: 'http://127.0.0.1:4010', fetch });
    const { data } = await client.raw.POST('/#X-Amz-Target=AWSCognitoIdentityService.GetId', {
      params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' } },
      body: { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' },
    });
    expect(data?.IdentityId).toBe('us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1');
    expect(calls[0]?.url).toBe('http://127.0.0.1:4010/');
    expect(calls[0]?.headers['content-type']).toBe('application/x-amz-json-1.1');
  });
});

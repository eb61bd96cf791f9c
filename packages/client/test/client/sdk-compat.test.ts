/**
 * Compatibility with the official AWS SDK v3: the same input through both clients gives the same target,
 * content type and JSON body, and both read the same recorded response (timestamps included) to the same values.
 */
import * as sdk from '@aws-sdk/client-cognito-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoIdentityClient } from '../../src/index.ts';
import { operationCases } from '../../../../test/support/document.ts';
import { startHttpRecorder, type HttpRecorder } from '../../../../test/support/http-recorder.ts';
import { awsResponse, recordingFetch } from '../../../../test/support/recording-fetch.ts';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** The SDK's output as wire values: `$metadata` dropped, Dates back to epoch seconds. */
function asWireValues(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(asWireValues);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$metadata').map(([k, v]) => [k, asWireValues(v)]));
  }
  return value;
}

let recorder: HttpRecorder;
let sdkClient: sdk.CognitoIdentityClient;

beforeAll(async () => {
  recorder = await startHttpRecorder();
  sdkClient = new sdk.CognitoIdentityClient({ region: 'us-east-1', endpoint: recorder.url, credentials, maxAttempts: 1 });
});

afterAll(async () => {
  sdkClient.destroy();
  await recorder.close();
});

describe('compatibility with @aws-sdk/client-cognito-identity', () => {
  it.each(operationCases)('$name: same request, same parsed response', async ({ name, input, output }) => {
    recorder.answer = { status: 200, body: JSON.stringify(output), headers: { 'x-amzn-RequestId': 'req-1' } };
    const Command = (sdk as unknown as Record<string, new (i: unknown) => never>)[`${name}Command`];
    expect(Command, `the SDK has no ${name}Command`).toBeTypeOf('function');
    const before = recorder.requests.length;
    const sdkOutput = await sdkClient.send(new (Command as new (i: unknown) => never)(structuredClone(input)));
    const sdkRequest = recorder.requests[before];

    const { fetch, calls } = recordingFetch(() => awsResponse(200, output));
    const ours = createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials });
    const ourOutput = await ours.send(name as never, structuredClone(input) as never);

    expect(calls[0]?.headers['x-amz-target']).toBe(sdkRequest?.headers['x-amz-target']);
    expect(calls[0]?.headers['content-type']).toBe(sdkRequest?.headers['content-type']);
    expect(calls[0]?.path).toBe(sdkRequest?.url);
    expect(calls[0]?.json).toEqual(JSON.parse(sdkRequest?.body || '{}'));
    expect(Boolean(calls[0]?.headers.authorization)).toBe(Boolean(sdkRequest?.headers.authorization));
    expect(ourOutput).toEqual(asWireValues(sdkOutput));
  });

  it('both read an identity\'s timestamps as the same instants', async () => {
    const output = { IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1', CreationDate: 1747990800.512, LastModifiedDate: 1763808745 };
    recorder.answer = { status: 200, body: JSON.stringify(output), headers: {} };
    const sdkOutput = await sdkClient.send(new sdk.DescribeIdentityCommand({ IdentityId: output.IdentityId }));
    const { fetch } = recordingFetch(() => awsResponse(200, output));
    const ourOutput = await createCognitoIdentityClient({ region: 'us-east-1', fetch, credentials }).describeIdentity({ IdentityId: output.IdentityId });
    expect(sdkOutput.CreationDate?.toISOString()).toBe('2025-05-23T09:00:00.512Z');
    expect(new Date((ourOutput.CreationDate as number) * 1000).toISOString()).toBe(sdkOutput.CreationDate?.toISOString());
    expect((ourOutput.LastModifiedDate as number) * 1000).toBe(sdkOutput.LastModifiedDate?.getTime());
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCognitoIdentityClient, isCognitoIdentityError } from '../../src/index.ts';
import { createHttpFetch } from '../../src/node/http-fetch.ts';
import { startHttpRecorder, type HttpRecorder } from '../../../../test/support/http-recorder.ts';

let recorder: HttpRecorder;
beforeAll(async () => { recorder = await startHttpRecorder(); });
afterAll(async () => { await recorder.close(); });

describe('createHttpFetch (node:http keep-alive)', () => {
  it('sends the client\'s request unchanged and returns the response', async () => {
    recorder.answer = { status: 200, body: '{"IdentityId":"us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1"}', headers: { 'x-amzn-RequestId': 'r-1' } };
    const client = createCognitoIdentityClient({ endpoint: recorder.url, fetch: createHttpFetch() });
    await expect(client.getId({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }))
      .resolves.toEqual({ IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' });
    const request = recorder.requests.at(-1);
    expect(request).toMatchObject({ method: 'POST', url: '/', body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}' });
    expect(request?.headers['x-amz-target']).toBe('AWSCognitoIdentityService.GetId');
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request?.headers.connection).toBe('keep-alive');
  });

  it('passes error statuses and headers through to the client\'s error mapping', async () => {
    recorder.answer = { status: 400, body: '{"__type":"ResourceNotFoundException","message":"gone"}', headers: { 'x-amzn-RequestId': 'r-2' } };
    const client = createCognitoIdentityClient({ endpoint: recorder.url, fetch: createHttpFetch() });
    const error = await client.getId({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }).catch((e: unknown) => e);
    expect(isCognitoIdentityError(error, 'ResourceNotFoundException')).toBe(true);
    expect(error).toMatchObject({ status: 400, requestId: 'r-2', message: 'gone' });
  });

  it('rejects a connection failure as a network error, which the client retries', async () => {
    const fetch = createHttpFetch();
    await expect(fetch('http://127.0.0.1:1/', { method: 'POST', body: '{}' })).rejects.toThrow(/ECONNREFUSED/);
  });
});

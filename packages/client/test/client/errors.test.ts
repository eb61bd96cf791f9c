import { describe, expect, it } from 'vitest';
import { CognitoIdentityError, createCognitoIdentityClient, isCognitoIdentityError } from '../../src/index.ts';
import { awsError, recordingFetch } from '../../../../test/support/recording-fetch.ts';

const input = { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' };

async function failure(answer: Response): Promise<CognitoIdentityError> {
  const { fetch } = recordingFetch(() => answer);
  const client = createCognitoIdentityClient({ region: 'us-east-1', fetch, retry: { maxAttempts: 1 } });
  const error = await client.getId(input).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CognitoIdentityError);
  return error as CognitoIdentityError;
}

describe('error mapping', () => {
  it.each([
    [400, 'InvalidParameterException', 'Basic (classic) flow is not enabled, please use enhanced flow.'],
    [403, 'NotAuthorizedException', 'Unauthenticated access is not supported for this identity pool.'],
    [404, 'ResourceNotFoundException', "IdentityPool 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' not found."],
    [409, 'ResourceConflictException', 'Logins do not match.'],
    [429, 'TooManyRequestsException', 'Rate exceeded'],
    [500, 'InternalErrorException', 'An internal error occurred.'],
  ])('%i %s becomes a typed error with status, message and request id', async (status, type, message) => {
    const error = await failure(awsError(status, type, message));
    expect(error).toMatchObject({ __type: type, name: type, status, message, operation: 'GetId', requestId: 'f3b4c5d6-7e8f-4a9b-8c7d-6e5f4a3b2c1d' });
    expect(isCognitoIdentityError(error, type)).toBe(true);
    expect(isCognitoIdentityError(error, 'SomethingElse')).toBe(false);
  });

  it('normalises a namespaced __type to its short name', async () => {
    const response = new Response(JSON.stringify({ __type: 'com.amazonaws.cognitoidentity#ResourceNotFoundException', message: 'gone' }), { status: 404 });
    expect((await failure(response)).__type).toBe('ResourceNotFoundException');
  });

  it('falls back to the x-amzn-ErrorType header, then to UnknownError', async () => {
    const header = new Response('{}', { status: 400, headers: { 'x-amzn-ErrorType': 'SerializationException:http://internal.amazon.com/coral/' } });
    expect((await failure(header)).__type).toBe('SerializationException');
    const html = new Response('<html>Bad Gateway</html>', { status: 502 });
    const error = await failure(html);
    expect(error).toMatchObject({ __type: 'UnknownError', status: 502, message: '<html>Bad Gateway</html>', requestId: undefined });
  });

  it('reads a capitalised Message, and names the error by its type when no message is given', async () => {
    const capital = new Response('{"__type":"InvalidParameterException","Message":"bad pool"}', { status: 400 });
    expect((await failure(capital)).message).toBe('bad pool');
    const bare = new Response('{"__type":"InvalidParameterException"}', { status: 400 });
    expect((await failure(bare)).message).toBe('InvalidParameterException');
  });
});

/**
 * Contract tests: the mock started in process; the project's client calls every operation with its example
 * input; request and response both validate against the document; every declared error status arrives as
 * the right status and a typed `__type`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CognitoIdentityError, createCognitoIdentityClient, type ClientConfig } from '../../../client/src/index.ts';
import { startMockServer, type MockServer } from '../../src/mock/server.ts';
import { createValidator, describeIssue } from '../../src/schema-validator.ts';
import { document, operationCases } from '../../../../test/support/document.ts';

const MT = 'application/x-amz-json-1.1';
const validate = createValidator(document);
const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

let mock: MockServer;
beforeAll(async () => { mock = await startMockServer({ port: 0 }); });
afterAll(async () => { await mock.close(); });

/** A client whose requests carry extra headers (Prism's `Prefer`) and are recorded. */
function clientWith(headers: Record<string, string> = {}) {
  const sent: Array<{ body: unknown }> = [];
  const fetch: ClientConfig['fetch'] = (url, init) => {
    sent.push({ body: JSON.parse(String(init.body)) });
    return globalThis.fetch(url, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), ...headers } });
  };
  const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: mock.url, credentials, fetch, retry: { maxAttempts: 1 } });
  return { client, sent };
}

describe('every operation against the mock', () => {
  it.each(operationCases)('$name: example request and answer both match the document', async ({ name, input, post }) => {
    const { client, sent } = clientWith();
    const output = await client.send(name as never, input as never);
    expect(validate(post.requestBody.content[MT].schema, sent[0]?.body).map(describeIssue)).toEqual([]);
    expect(validate(post.responses['200'].content[MT].schema, output).map(describeIssue)).toEqual([]);
  });
});

/** Every (operation, error type, declared status) the document declares. */
const errorCases = operationCases.flatMap(({ name, input, post }) =>
  Object.entries(post.responses as Record<string, any>).filter(([status]) => status !== '200').flatMap(([status, response]) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const resolved = response.$ref ? document.components.responses[response.$ref.split('/').pop()] : response;
    return Object.keys(resolved.content[MT].examples).map((type) => ({ name, input, status: Number(status), type }));
  }));

describe('every declared error, chosen by Prefer: error=<type>', () => {
  it('covers all operations, under 400 and 500 only', () => {
    expect(new Set(errorCases.map((c) => c.name)).size).toBe(23);
    expect(errorCases.length).toBeGreaterThan(100);
    expect(new Set(errorCases.map((c) => c.status))).toEqual(new Set([400, 500]));
  });

  it.each(errorCases)('$name raises $type under $status', async ({ name, input, status, type }) => {
    const { client } = clientWith({ Prefer: `error=${type}` });
    const error = await client.send(name as never, input as never).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CognitoIdentityError);
    expect((error as CognitoIdentityError).status).toBe(type === 'InternalErrorException' ? 500 : 400);
    expect((error as CognitoIdentityError).status).toBe(status);
    expect((error as CognitoIdentityError).__type).toBe(type);
    expect((error as CognitoIdentityError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the error headers and CORS headers with it', async () => {
    const response = await fetch(`${mock.url}/`, {
      method: 'POST',
      headers: { 'Content-Type': MT, 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', Prefer: 'error=NotAuthorizedException' },
      body: JSON.stringify({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }),
    });
    const body = await response.json() as { __type: string; message: string };
    expect(response.status).toBe(400);
    expect(body.__type).toBe('NotAuthorizedException');
    expect(response.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException:');
    expect(response.headers.get('x-amzn-errormessage')).toBe(body.message);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('still takes Prism\'s own selector (Prefer: code=400, example=...)', async () => {
    const { client } = clientWith({ Prefer: 'code=400, example=LimitExceededException' });
    await expect(client.createIdentityPool({ IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false }))
      .rejects.toMatchObject({ __type: 'LimitExceededException', status: 400 });
  });

  it('refuses an error the operation cannot raise, naming the ones it can', async () => {
    const { client } = clientWith({ Prefer: 'error=DeveloperUserAlreadyRegisteredException' });
    await expect(client.getId({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' })).rejects.toMatchObject({
      __type: 'ValidationException',
      message: expect.stringMatching(/^GetId cannot raise DeveloperUserAlreadyRegisteredException \(Prefer: error=\.\.\.\); it can raise ExternalServiceException, InternalErrorException, .*NotAuthorizedException/),
    });
  });
});

describe('dynamic mode', () => {
  it('generates schema-valid answers instead of examples', async () => {
    const dynamic = await startMockServer({ port: 0, dynamic: true });
    try {
      const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: dynamic.url, credentials });
      const seen = new Set<string>();
      for (let i = 0; i < 3; i += 1) {
        const output = await client.describeIdentity({ IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' });
        const schema = document.paths['/#X-Amz-Target=AWSCognitoIdentityService.DescribeIdentity'].post.responses['200'].content[MT].schema;
        expect(validate(schema, output).map(describeIssue)).toEqual([]);
        seen.add(JSON.stringify(output));
      }
      expect(seen.has(JSON.stringify(operationCases.find((c) => c.name === 'DescribeIdentity')?.output))).toBe(false);
    } finally {
      await dynamic.close();
    }
  });
});

/** Broken requests get a 4xx AWS-shaped JSON error, and the mock keeps serving afterwards. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../../src/mock/server.ts';

let mock: MockServer;
beforeAll(async () => { mock = await startMockServer({ port: 0, maxBodyBytes: 64 * 1024 }); });
afterAll(async () => { await mock.close(); });

const MT = 'application/x-amz-json-1.1';
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

interface Case {
  what: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  type: string;
  message: RegExp;
}

const target = (op: string) => ({ 'Content-Type': MT, 'X-Amz-Target': `AWSCognitoIdentityService.${op}` });

const cases: Case[] = [
  { what: 'no target', headers: { 'Content-Type': MT }, body: '{}', status: 400, type: 'UnknownOperationException', message: /Missing X-Amz-Target/ },
  { what: 'an unknown target', headers: target('GetIdentity'), body: '{}', status: 400, type: 'UnknownOperationException', message: /Unknown operation "AWSCognitoIdentityService.GetIdentity"/ },
  { what: 'another service\'s target', headers: { 'Content-Type': MT, 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' }, body: '{}', status: 400, type: 'UnknownOperationException', message: /Unknown operation/ },
  { what: 'a wrong content type', headers: { ...target('GetId'), 'Content-Type': 'application/json' }, body: `{"IdentityPoolId":"${pool}"}`, status: 400, type: 'UnknownOperationException', message: /Content-Type must be application\/x-amz-json-1.1; got 'application\/json'/ },
  { what: 'a GET', method: 'GET', headers: target('GetId'), status: 400, type: 'UnknownOperationException', message: /Requests must be POST \/; got GET \// },
  { what: 'invalid JSON', headers: target('GetId'), body: '{"IdentityPoolId":', status: 400, type: 'SerializationException', message: /not valid JSON/ },
  { what: 'an array body', headers: target('GetId'), body: '[]', status: 400, type: 'SerializationException', message: /must be a JSON object; got an array/ },
  { what: 'a wrong member type', headers: target('ListIdentityPools'), body: '{"MaxResults":"ten"}', status: 400, type: 'MissingAuthenticationTokenException', message: /Missing Authentication Token/ },
  { what: 'a missing required member', headers: target('GetId'), body: '{}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null$/ },
  { what: 'a pattern violation', headers: target('GetId'), body: '{"IdentityPoolId":"pool-1"}', status: 400, type: 'ValidationException', message: /Value 'pool-1' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern/ },
  { what: 'an over-long string', headers: target('GetId'), body: `{"IdentityPoolId":"us-east-1:${'a'.repeat(60)}"}`, status: 400, type: 'ValidationException', message: /Member must have length less than or equal to 55/ },
  { what: 'an over-large body', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}","Logins":{"a":"${'x'.repeat(70 * 1024)}"}}`, status: 400, type: 'SerializationException', message: /larger than 65536 bytes/ },
  { what: 'a signed operation without Authorization', headers: target('DescribeIdentityPool'), body: `{"IdentityPoolId":"${pool}"}`, status: 400, type: 'MissingAuthenticationTokenException', message: /^Missing Authentication Token$/ },
  { what: 'a wrong member type, signed', headers: { ...target('ListIdentityPools'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"MaxResults":"ten"}', status: 400, type: 'SerializationException', message: /must be integer/ },
];

async function stillServes(): Promise<void> {
  const response = await fetch(`${mock.url}/`, { method: 'POST', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}"}` });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ IdentityId: 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1' });
}

describe('bad requests', () => {
  it.each(cases)('$what -> $status $type', async ({ method, headers, body, status, type, message }) => {
    const response = await fetch(`${mock.url}/`, { method: method ?? 'POST', headers, ...(body === undefined ? {} : { body }) });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(MT);
    expect(response.headers.get('x-amzn-errortype')).toBe(`${type}:`);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const json = await response.json() as { __type: string; message: string };
    expect(json.__type).toBe(type);
    expect(json.message).toMatch(message);
    await stillServes();
  });

  it('refuses a body declared too large without reading it', async () => {
    const { port, hostname } = new URL(mock.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${MT}\r\nX-Amz-Target: AWSCognitoIdentityService.GetId\r\nContent-Length: 104857600\r\n\r\n{"Identity`);
      });
      let text = '';
      socket.on('data', (chunk) => { text += chunk.toString('utf8'); });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1.1 400 /);
    expect(reply).toContain('"__type":"SerializationException"');
    await stillServes();
  });
});

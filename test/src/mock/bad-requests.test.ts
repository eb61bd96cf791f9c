/** Broken requests get a 4xx AWS-shaped JSON error, and the mock keeps serving afterwards. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../../src/mock/server.ts';
import { MT, cases, pool, target } from '../../support/bad-requests.ts';

let mock: MockServer;
beforeAll(async () => { mock = await startMockServer({ port: 0, maxBodyBytes: 64 * 1024 }); });
afterAll(async () => { await mock.close(); });


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

/** The adapter's proxy: `application/json` in, the wire media type out to the server, and back on the answer. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MEDIA_TYPE } from 'cognito-identity-openapi/protocol';
import { startJsonMediaProxy, toRunnerMediaType } from '../../src/workflows/json-media-proxy.ts';

describe('toRunnerMediaType', () => {
  it('replaces every mention of the wire media type, and nothing else', () => {
    expect(toRunnerMediaType(`contentType: ${MEDIA_TYPE}\ncontent:\n  ${MEDIA_TYPE}:\n    x: application/x-amz-json-1.0`))
      .toBe('contentType: application/json\ncontent:\n  application/json:\n    x: application/x-amz-json-1.0');
  });
});

describe('startJsonMediaProxy', () => {
  it('sends the wire media type, the body and the other headers on, and answers as application/json', async () => {
    const seen: Array<{ type?: string; target?: string; path?: string; body: string }> = [];
    const upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => { body += chunk; });
      req.on('end', () => {
        seen.push({ type: req.headers['content-type'], target: req.headers['x-amz-target'] as string, path: req.url, body });
        res.writeHead(400, { 'Content-Type': MEDIA_TYPE, 'x-amzn-ErrorType': 'ResourceNotFoundException:' });
        res.end('{"__type":"ResourceNotFoundException","message":"no"}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const proxy = await startJsonMediaProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
    try {
      const answer = await fetch(`${proxy.url}/`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: '{"IdentityPoolId":"us-east-1:1"}' });
      expect(seen).toEqual([{ type: MEDIA_TYPE, target: 'AWSCognitoIdentityService.GetId', path: '/', body: '{"IdentityPoolId":"us-east-1:1"}' }]);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException:');
      expect(await answer.json()).toEqual({ __type: 'ResourceNotFoundException', message: 'no' });
    } finally {
      await proxy.close();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  it('answers a 502 in the AWS error shape when the server is gone', async () => {
    const proxy = await startJsonMediaProxy('http://127.0.0.1:9');
    try {
      const answer = await fetch(`${proxy.url}/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(answer.status).toBe(502);
      expect((await answer.json() as { __type: string }).__type).toBe('ProxyError');
    } finally {
      await proxy.close();
    }
  });
});

/**
 * A loopback proxy that lets an `application/json`-only tool (Redocly Respect) talk to the mock: it turns
 * `Content-Type: application/json` into `application/x-amz-json-1.1` on the way in, and back on the way out.
 * Bodies and every other header pass unchanged.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MEDIA_TYPE } from '../../packages/client/src/protocol.ts';

/** Starts the proxy in front of `target`; resolves with its URL and close(). */
export async function startJsonMediaProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host };
    if (String(headers['content-type']).startsWith('application/json')) headers['content-type'] = MEDIA_TYPE;
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
      const back = { ...answer.headers };
      if (back['content-type'] === MEDIA_TYPE) back['content-type'] = 'application/json';
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
    });
    out.on('error', (error) => { res.writeHead(502); res.end(String(error)); });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

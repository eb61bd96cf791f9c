/**
 * The adapter between an Arazzo runner that only speaks `application/json` (Redocly Respect: see README,
 * "Workflows") and a server that speaks AWS JSON 1.1: a loopback proxy that turns `Content-Type:
 * application/json` into `application/x-amz-json-1.1` on the way in and back on the way out. Bodies, the
 * status and every other header pass unchanged, so the server sees exactly what an AWS client sends.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MEDIA_TYPE } from 'cognito-identity-openapi/protocol';

/** The media type an `application/json`-only runner is told instead of the wire's. */
export const RUNNER_MEDIA_TYPE = 'application/json';

/** `text` (a document or a workflows file) with every mention of the wire media type read as `application/json`. */
export function toRunnerMediaType(text: string): string {
  return text.split(MEDIA_TYPE).join(RUNNER_MEDIA_TYPE);
}

/** A running proxy: its URL and close(). */
export interface JsonMediaProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port in front of `target` (an http:// URL). */
export async function startJsonMediaProxy(target: string): Promise<JsonMediaProxy> {
  const upstream = new URL(target);
  const base = upstream.pathname.replace(/\/$/, '');
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host };
    if (String(headers['content-type']).startsWith(RUNNER_MEDIA_TYPE)) headers['content-type'] = MEDIA_TYPE;
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: `${base}${req.url}`, headers }, (answer) => {
      const back = { ...answer.headers };
      if (String(back['content-type']).startsWith(MEDIA_TYPE)) back['content-type'] = RUNNER_MEDIA_TYPE;
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
    });
    out.on('error', (error) => {
      res.writeHead(502, { 'content-type': RUNNER_MEDIA_TYPE });
      res.end(JSON.stringify({ __type: 'ProxyError', message: `${target}: ${error.message}` }));
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

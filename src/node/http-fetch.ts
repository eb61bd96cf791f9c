/**
 * Node-only: a fetch function over `node:http`/`node:https` with keep-alive agents, for servers that call the
 * service a lot. Node's global fetch (undici in Node 20) costs several times more per call on loopback.
 * Import it from `cognito-identity-openapi/node`; the browser bundle never sees it.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { FetchFunction } from '../client/config.ts';

/** Options of the keep-alive agents. */
export interface HttpFetchOptions {
  /** Most sockets per host (default 50). */
  maxSockets?: number;
}

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function plainHeaders(init: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(init));
}

/** A `fetch(url, init)` for the client, sending with keep-alive `node:http(s)` agents. */
export function createHttpFetch(options: HttpFetchOptions = {}): FetchFunction {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 50 };
  const agents = { 'http:': new HttpAgent(agentOptions), 'https:': new HttpsAgent(agentOptions) };
  return (url, init) => new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const agent = agents[target.protocol as 'http:' | 'https:'];
    if (!agent) return reject(new TypeError(`unsupported protocol ${target.protocol}`));
    const req = send(target, { method: init.method ?? 'GET', headers: plainHeaders(init.headers), agent, signal: init.signal ?? undefined }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers: headersOf(res) }));
      });
    });
    req.on('error', reject);
    req.end(typeof init.body === 'string' ? init.body : undefined);
  });
}

/**
 * Node-only: the client's default transport on servers. Keep-alive `node:http`/`node:https` agents, and an
 * answer that is a plain object with `status`, `headers.get` and `text()`: no `Response`, so neither
 * creating a client nor calling it loads Node's fetch classes (undici), which costs a cold start dearly.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { WireFetch, WireResponse } from '../client/config.ts';

/** Options of the keep-alive agents. */
export interface HttpSendOptions {
  /** Most sockets per host (default 50). */
  maxSockets?: number;
}

function answer(status: number, headers: IncomingHttpHeaders, body: string): WireResponse {
  return {
    status,
    headers: { get: (name) => { const v = headers[name.toLowerCase()]; return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v; } },
    text: async () => body,
  };
}

/** A WireFetch over keep-alive `node:http(s)` agents; the agents are made on first use. */
export function createHttpSend(options: HttpSendOptions = {}): WireFetch {
  let agents: { 'http:': HttpAgent; 'https:': HttpsAgent } | undefined;
  let lastUrl = '';
  let target: URL | undefined;
  return (url, init) => new Promise((resolve, reject) => {
    if (url !== lastUrl) { target = new URL(url); lastUrl = url; }
    const to = target as URL;
    agents ??= { 'http:': new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 50 }), 'https:': new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 50 }) };
    const agent = agents[to.protocol as 'http:' | 'https:'];
    if (!agent) return reject(new TypeError(`unsupported protocol ${to.protocol}`));
    const send = to.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(to, { method: init.method, headers: init.headers, agent, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve(answer(res.statusCode ?? 0, res.headers, Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

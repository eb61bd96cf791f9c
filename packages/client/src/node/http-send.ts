/**
 * Node-only: the client's default transport on servers. Keep-alive `node:http`/`node:https` agents, and an
 * answer that is a plain object with `status`, `headers.get` and `text()`: no `Response`, so neither
 * creating a client nor calling it loads Node's fetch classes (undici), which costs a cold start dearly.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type RequestOptions } from 'node:http';
import type { WireRequestInit, WireResponse } from '../client/config.ts';

/** Options of the keep-alive agents. */
export interface HttpSendOptions {
  /** Most sockets per host (default 50). */
  maxSockets?: number;
}

/** A WireResponse, plus the raw headers (for createHttpFetch, which builds a `Response` from them). */
export interface HttpAnswer extends WireResponse {
  rawHeaders: IncomingHttpHeaders;
  statusText: string;
}

const headerValue = (v: string | string[] | undefined) => (v === undefined ? null : Array.isArray(v) ? v.join(', ') : v);

function answer(status: number, statusText: string, headers: IncomingHttpHeaders, body: string): HttpAnswer {
  return { status, statusText, rawHeaders: headers, headers: { get: (name) => headerValue(headers[name.toLowerCase()]) }, text: async () => body };
}

type Send = (url: URL, init: WireRequestInit, resolve: (r: HttpAnswer) => void, reject: (e: unknown) => void) => void;

/** A sender over one module's `request` and keep-alive agent. */
function sender(request: typeof httpRequest, agent: RequestOptions['agent']): Send {
  return (url, init, resolve, reject) => {
    const req = request(url, { method: init.method, headers: init.headers, agent, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve(answer(res.statusCode ?? 0, res.statusMessage ?? '', res.headers, Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(init.body);
  };
}

/** A WireFetch over keep-alive `node:http(s)` agents; `node:https` is imported on the first https URL. */
export function createHttpSend(options: HttpSendOptions = {}): (url: string, init: WireRequestInit) => Promise<HttpAnswer> {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 50 };
  let http: Send | undefined;
  let https: Promise<Send> | undefined;
  let lastUrl = '';
  let target: URL | undefined;
  return async (url, init) => {
    if (url !== lastUrl) { target = new URL(url); lastUrl = url; }
    const to = target as URL;
    let send: Send;
    if (to.protocol === 'http:') send = http ??= sender(httpRequest, new HttpAgent(agentOptions));
    else if (to.protocol === 'https:') send = await (https ??= import('node:https').then((m) => sender(m.request, new m.Agent(agentOptions))));
    else throw new TypeError(`unsupported protocol ${to.protocol}`);
    return new Promise((resolve, reject) => send(to, init, resolve, reject));
  };
}

/**
 * Node-only: a standard `fetch(url, init)` over the keep-alive `node:http(s)` transport of http-send.ts, for
 * code that wants a real `Response` (the client itself takes the lighter transport by default).
 */
import type { FetchFunction } from '../client/config.ts';
import { createHttpSend, type HttpSendOptions } from './http-send.ts';

/** Options of the keep-alive agents. */
export type HttpFetchOptions = HttpSendOptions;

/** A `fetch(url, init)` sending with keep-alive `node:http(s)` agents; string bodies only. */
export function createHttpFetch(options: HttpFetchOptions = {}): FetchFunction {
  const send = createHttpSend(options);
  return async (url, init) => {
    const a = await send(url, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers)),
      body: typeof init.body === 'string' ? init.body : '',
      ...(init.signal ? { signal: init.signal } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(a.rawHeaders)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const body = a.status === 204 || a.status === 304 ? null : await a.text();
    return new Response(body, { status: a.status, statusText: a.statusText, headers });
  };
}

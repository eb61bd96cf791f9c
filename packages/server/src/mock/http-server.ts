/**
 * The HTTP side of a front door, shared by the mock and the emulator: reads each request (refusing an oversized
 * body without buffering it), passes it to the front, writes the answer, and logs one line. It loads no
 * backend, so the emulator starts without Prism.
 *
 * An oversized body is answered at once, and then the connection lingers: the rest of the body is read and
 * dropped (within the bounds of LINGER: 64 MiB, 5 s of silence, 30 s in all) before the socket closes. Closing with unread bytes makes
 * the kernel send a reset, and a client still writing its body (Node's fetch, `node:http`, a chunked upload)
 * gets EPIPE instead of the answer; nginx's `lingering_close` exists for the same reason
 * (https://nginx.org/en/docs/http/ngx_http_core_module.html#lingering_close).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FrontRequest, FrontResponse } from './front.ts';

/** The published document this package ships, found through the package's own `exports`. */
export async function loadPublishedDocument(): Promise<Record<string, unknown>> {
  const path = fileURLToPath(import.meta.resolve('cognito-identity-openapi-document/openapi.json'));
  return JSON.parse(await readFile(path, 'utf8'));
}

/**
 * The request's headers, names lower-case (Node's), each a string: Node joins repeated headers into one value,
 * except Set-Cookie, which it always gives as an array.
 */
function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const headers = req.headers;
  if (headers['set-cookie'] === undefined) return headers as Record<string, string | undefined>;
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}

/**
 * Passes the body as text to `done`, or undefined once it exceeds the limit (the rest is never buffered); a
 * read that fails passes the error to `failed`. Callbacks, not a promise: once per request.
 */
function readBody(req: IncomingMessage, limit: number, done: (body: string | undefined) => void, failed: (error: Error) => void): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return done(undefined);
  const chunks: Buffer[] = [];
  let size = 0;
  let answered = false;
  const finish = (body: string | undefined) => {
    if (answered) return;
    answered = true;
    done(body);
  };
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) {
      // The rest flows on unbuffered, with no listener: the linger after the answer drops it.
      req.removeAllListeners('data');
      finish(undefined);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => finish(chunks.length === 1 ? (chunks[0] as Buffer).toString('utf8') : Buffer.concat(chunks).toString('utf8')));
  req.on('error', (error) => { if (!answered) { answered = true; failed(error); } });
}

/** Writes the answer; its headers object is this request's own, so the framing headers are added to it in place. */
function write(res: ServerResponse, answer: FrontResponse, closeAfter: boolean): void {
  const headers = answer.headers;
  headers['Content-Length'] = String(Buffer.byteLength(answer.body));
  if (closeAfter) headers.Connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

/** How long `close()` lets requests in flight finish before it cuts every connection. */
const CLOSE_GRACE_MS = 2000;

/**
 * After an early answer, how many more bytes a connection may send, how long it may stay silent, and how long
 * it may linger in all, before it is cut (nginx's lingering_time and lingering_timeout are 30 s and 5 s).
 */
export const LINGER = { bytes: 64 * 1024 * 1024, idleMs: 5000, totalMs: 30_000 };

/** The bounds of a lingering close. */
export type LingerBounds = typeof LINGER;

/**
 * Makes the close that follows an early answer linger: Node ends a `Connection: close` response with
 * `socket.destroySoon()`, which would cut the socket while the client still writes. Instead the answer is
 * flushed and our side half-closed (the server allows half-open sockets), the client's bytes are read and
 * dropped, and the socket goes once the client closes its side, or at a bound.
 */
function lingerAfterAnswer(req: IncomingMessage, bounds: LingerBounds): void {
  const socket = req.socket;
  const started = performance.now();
  let dropped = 0;
  let timer: NodeJS.Timeout | undefined;
  const cut = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(cut, Math.min(bounds.idleMs, bounds.totalMs - (performance.now() - started))).unref();
  };
  // A listener of our own keeps Node from dumping the body unseen, so the dropped bytes can be counted.
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > bounds.bytes) cut();
    else if (timer) wait();
  });
  req.resume();
  socket.destroySoon = () => {
    socket.end();
    wait();
    socket.once('end', cut);
    socket.once('close', () => clearTimeout(timer));
  };
}

/** A running HTTP server. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Options of `startServer`. */
export interface ServerOptions {
  port: number;
  host: string;
  maxBodyBytes: number;
  log?: (line: string) => void;
  /** Bounds of the lingering close after an early answer (default LINGER). */
  linger?: LingerBounds;
}

/**
 * Serves a front over HTTP: reads each request (refusing an oversized body without buffering it), writes
 * the front's answer and logs one line. Shared by the mock and the emulator.
 */
export async function startServer(front: (request: FrontRequest) => FrontResponse | Promise<FrontResponse>, options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  let closing = false;
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    const fail = (error: unknown) => { res.destroy(error as Error); };
    readBody(req, options.maxBodyBytes, (body) => {
      const url = req.url ?? '';
      const query = url.indexOf('?');
      const request: FrontRequest = { method: req.method ?? '', path: query < 0 ? url : url.slice(0, query), headers: lowerHeaders(req), body };
      const send = (answer: FrontResponse) => {
        // An oversized body ends its connection, lingering so the client reads the answer. Once closing, every
        // answer ends its connection, so a keep-alive client cannot hold the server open.
        if (body === undefined) lingerAfterAnswer(req, options.linger ?? LINGER);
        write(res, answer, body === undefined || closing);
        if (!answer.quiet) log(`${request.method} ${request.path} ${answer.operation ?? '-'} ${answer.status} ${(performance.now() - started).toFixed(1)}ms`);
      };
      let answer: FrontResponse | Promise<FrontResponse>;
      try {
        answer = front(request);
      } catch (error) {
        return fail(error);
      }
      // Most answers come at once (the emulator in memory): written in this tick, with no promise to settle.
      if (answer instanceof Promise) answer.then(send).catch(fail);
      else {
        try {
          send(answer);
        } catch (error) {
          fail(error);
        }
      }
    }, fail);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => {
      closing = true;
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
      // A request still in flight gets its answer; a connection that lingers past that is cut.
      setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    }),
  };
}


/**
 * The HTTP side of a front door, shared by the mock and the emulator: reads each request (refusing an oversized
 * body without reading it whole), passes it to the front, writes the answer, and logs one line. It loads no
 * backend, so the emulator starts without Prism.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FrontRequest, FrontResponse } from './front.ts';

/** The published document this package ships, found through the package's own `exports`. */
export async function loadPublishedDocument(): Promise<Record<string, unknown>> {
  const path = fileURLToPath(import.meta.resolve('cognito-identity-openapi-document/openapi.json'));
  return JSON.parse(await readFile(path, 'utf8'));
}

function lowerHeaders(req: IncomingMessage): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
}

/** The body as text, or undefined once it exceeds the limit (the rest is never buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, answer: FrontResponse, closeAfter: boolean): void {
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': Buffer.byteLength(answer.body), ...(closeAfter ? { Connection: 'close' } : {}) });
  res.end(answer.body);
}

/** How long `close()` lets requests in flight finish before it cuts every connection. */
const CLOSE_GRACE_MS = 2000;

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
}

/**
 * Serves a front over HTTP: reads each request (refusing an oversized body without reading it whole), writes
 * the front's answer and logs one line. Shared by the mock and the emulator.
 */
export async function startServer(front: (request: FrontRequest) => Promise<FrontResponse>, options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  let closing = false;
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    readBody(req, options.maxBodyBytes).then(async (body) => {
      const request: FrontRequest = { method: req.method ?? '', path: (req.url ?? '').split('?')[0] ?? '', headers: lowerHeaders(req), body };
      const answer = await front(request);
      // An oversized body is left unread: close the connection rather than drain it. Once closing, every
      // answer ends its connection, so a keep-alive client cannot hold the server open.
      write(res, answer, body === undefined || closing);
      if (body === undefined) req.socket.end();
      if (!answer.quiet) log(`${request.method} ${request.path} ${answer.operation ?? '-'} ${answer.status} ${(performance.now() - started).toFixed(1)}ms`);
    }).catch((error: unknown) => {
      res.destroy(error as Error);
    });
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


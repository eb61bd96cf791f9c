/**
 * The mock's server: the front door over Prism's engine, served by `http-server.ts`. `startMockServer` is the
 * programmatic API. Prism is an optional peer dependency (optional-peer.ts): it is loaded when a mock starts,
 * and its absence is a message that says what to install.
 */
import { healthRoute } from '../health.ts';
import { importWithPeers, PRISM } from '../optional-peer.ts';
import { DEFAULT_PORTS } from '../ports.ts';
import { DEFAULT_MAX_BODY_BYTES, createFront } from './front.ts';
import { loadPublishedDocument, startServer } from './http-server.ts';
import type { ExtraRequest } from './backend.ts';

/** Options of `startMockServer`. */
export interface MockServerOptions {
  /** Port to listen on (default 4631, `DEFAULT_PORTS.mock`; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** Generate schema-valid data instead of answering the document's examples. */
  dynamic?: boolean;
  /** The OpenAPI document to serve (default: cognito-identity-openapi-document's openapi.json). */
  document?: Record<string, unknown>;
  /** Largest request body, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where each request's log line goes (default: nowhere). */
  log?: (line: string) => void;
}

/** A running mock. */
export interface MockServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the mock; resolves once it listens. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const document = options.document ?? await loadPublishedDocument();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { createPrismBackend } = await importWithPeers(() => import('./prism-backend.ts'), PRISM);
  const health = healthRoute({ server: 'mock', data: options.dynamic === true ? 'dynamic' : 'examples' });
  const backend = { ...await createPrismBackend(document, { dynamic: options.dynamic === true }), serveExtra: async (request: ExtraRequest) => health.serve(request) };
  const front = createFront(document, backend, { maxBodyBytes });
  const server = await startServer(front, { port: options.port ?? DEFAULT_PORTS.mock, host: options.host ?? '127.0.0.1', maxBodyBytes, ...(options.log ? { log: options.log } : {}) });
  return { url: server.url, close: () => { health.stopping(); return server.close(); } };
}

export { loadPublishedDocument, startServer, type RunningServer, type ServerOptions } from './http-server.ts';

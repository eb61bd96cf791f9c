/**
 * The health route both servers answer: `GET /health` (and `HEAD`), which the emulator also answers as
 * `/_emulator/health` beside its other routes. Neither path can reach the AWS API, which is only ever `POST /`.
 * A server opens its port only once it is ready (the emulator once its state is loaded and any seed applied), so
 * any answer means ready: 200 with the version and the state mode. Once shutting down it answers 503. Probes are
 * not logged: a container engine sends one every few seconds.
 */
import { readFileSync } from 'node:fs';
import type { ExtraRequest, ExtraResponse } from './mock/backend.ts';

/** The health path of both servers. */
export const HEALTH_PATH = '/health';

/** What a server reports about itself. */
export type HealthFacts =
  | { server: 'emulator'; state: 'memory' | 'directory' }
  | { server: 'mock'; data: 'examples' | 'dynamic' };

/** The health route of one server, and the switch that turns its answer to 503 when the server stops. */
export interface HealthRoute {
  serve(request: Pick<ExtraRequest, 'method' | 'path'>): ExtraResponse | undefined;
  stopping(): void;
}

/** This package's version, from its own package.json (the path differs between src/ and dist/, the name does not). */
export function serverVersion(): string {
  const url = new URL(import.meta.resolve('cognito-identity-openapi-server/package.json'));
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

/** A health route at `paths`, answering JSON `{status, server, version, state | data}`. */
export function healthRoute(facts: HealthFacts, paths: readonly string[] = [HEALTH_PATH]): HealthRoute {
  const version = serverVersion();
  let status: 'ok' | 'stopping' = 'ok';
  return {
    serve({ method, path }) {
      if ((method !== 'GET' && method !== 'HEAD') || !paths.includes(path)) return undefined;
      const body = JSON.stringify({ status, service: 'cognito-identity', ...facts, version });
      return { status: status === 'ok' ? 200 : 503, body, contentType: 'application/json', quiet: true };
    },
    stopping() { status = 'stopping'; },
  };
}

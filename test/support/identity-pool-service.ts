/**
 * A scripted identity-pool service for the provider's browser tests, where the stateless mock cannot serve:
 * GetId hands out new ids, GetCredentialsForIdentity issues numbered session tokens that live a set time
 * and answers ResourceNotFoundException for an id the test deleted. It speaks the wire of src/protocol.ts
 * (errors, CORS, preflights); it is a test double, not the emulator.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CORS_RESPONSE_HEADERS, MEDIA_TYPE, REQUEST_ID_HEADER, corsPreflightHeaders, errorBody, errorStatus, errorTypeHeaderValue, operationOfTarget,
} from '../../src/protocol.ts';

/** A running service, its state and `close()`. */
export interface IdentityPoolService {
  url: string;
  identities: Set<string>;
  /** How many credential sets it has issued. */
  issued: number;
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown; type?: string };

function answerFor(service: IdentityPoolService, operation: string | undefined, input: Record<string, string>, lifetimeS: number): Answer {
  const fail = (type: string, message: string): Answer => ({ status: errorStatus(type), body: errorBody(type, message), type });
  if (operation === 'GetId') {
    const id = `${input.IdentityPoolId?.split(':')[0]}:${randomUUID()}`;
    service.identities.add(id);
    return { status: 200, body: { IdentityId: id } };
  }
  if (operation !== 'GetCredentialsForIdentity') return fail('UnknownOperationException', `${operation} is not scripted`);
  if (!service.identities.has(input.IdentityId ?? '')) return fail('ResourceNotFoundException', `Identity '${input.IdentityId}' not found.`);
  service.issued += 1;
  return { status: 200, body: { IdentityId: input.IdentityId, Credentials: { AccessKeyId: `ASIASCRIPTED${service.issued}`, SecretKey: 'secret', SessionToken: `token-${service.issued}`, Expiration: Math.floor(Date.now() / 1000) + lifetimeS } } };
}

/** Starts the service on 127.0.0.1 and a free port; credentials live `lifetimeS` seconds (default 3600). */
export async function startIdentityPoolService(lifetimeS = 3600): Promise<IdentityPoolService> {
  const service: IdentityPoolService = { url: '', identities: new Set(), issued: 0, close: async () => {} };
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsPreflightHeaders(req.headers['access-control-request-headers'])).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const a = answerFor(service, operationOfTarget(String(req.headers['x-amz-target'] ?? '')), JSON.parse(Buffer.concat(chunks).toString() || '{}'), lifetimeS);
      res.writeHead(a.status, { ...CORS_RESPONSE_HEADERS, 'Content-Type': MEDIA_TYPE, [REQUEST_ID_HEADER]: randomUUID(), ...(a.type ? { 'x-amzn-ErrorType': errorTypeHeaderValue(a.type) } : {}) });
      res.end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service.close = () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
  return service;
}

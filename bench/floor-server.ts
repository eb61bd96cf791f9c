/**
 * The floor: the least a JSON-over-HTTP server on `node:http` does per request (read the body, parse it as
 * JSON, answer a small JSON object), in a process of its own. bench/emulator.ts sets the emulator beside it.
 * `node bench/floor-server.ts [port] [--keep-identities]` prints `listening on URL` (port 0 picks a free one).
 *
 * With `--keep-identities`, every request also does the least any GetId must: it makes a new
 * `<region>:<uuid>` identity id, keeps it in one map with a small record (its pool, sequence, creation and
 * modification times) and in its pool's list, and answers it. This is the floor for an operation that stores
 * what it creates, where the plain floor stores nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const keepIdentities = process.argv.includes('--keep-identities');
const port = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 0);
const identities = new Map<string, { p: string; n: number; c: number; m: number }>();
const poolList: string[] = [];

/** A new identity kept as GetId keeps one; its id. */
function keepIdentity(poolId: string): string {
  // One flat string for the key (Buffer round trip), as a store that keeps millions of ids must.
  const key = Buffer.from(`identity/us-east-1:${crypto.randomUUID()}`, 'latin1').toString('latin1');
  const now = Date.now() / 1000;
  identities.set(key, { p: poolId, n: identities.size + 1, c: now, m: now });
  const id = key.slice('identity/'.length);
  poolList.push(id);
  return id;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const poolId = String(input.IdentityPoolId ?? '');
    const body = JSON.stringify({ IdentityId: keepIdentities ? keepIdentity(poolId) : `us-east-1:${poolId.slice(-36)}` });
    res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));

/**
 * The floor: the least a JSON-over-HTTP server on `node:http` does per request (read the body, parse it as
 * JSON, answer a small JSON object), in a process of its own. bench/emulator.ts sets the emulator beside it.
 * `node bench/floor-server.ts` prints `listening on URL` (port 0 picks a free one).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const body = JSON.stringify({ IdentityId: `us-east-1:${String(input.IdentityPoolId ?? '').slice(-36)}` });
    res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => process.exit(0));

/** A loopback HTTP server that records each request and answers with what the test set. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface ServerRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A started recorder: its URL, the requests seen, the next answer to give, and close(). */
export interface HttpRecorder {
  url: string;
  requests: ServerRequest[];
  answer: { status: number; body: string; headers: Record<string, string> };
  close(): Promise<void>;
}

/** Starts a recorder on 127.0.0.1 and a free port. */
export async function startHttpRecorder(): Promise<HttpRecorder> {
  const recorder = { requests: [] as ServerRequest[], answer: { status: 200, body: '{}', headers: {} as Record<string, string> } };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorder.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(recorder.answer.status, { 'Content-Type': 'application/x-amz-json-1.1', ...recorder.answer.headers });
      res.end(recorder.answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The server reads `answer` from this very object, so tests set it by assignment.
  return Object.assign(recorder, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  });
}

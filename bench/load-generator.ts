/**
 * A closed-loop HTTP/1.1 load generator for servers that close every connection, which autocannon cannot
 * measure: moto's server (Werkzeug) answers `Connection: close` to every request, and autocannon then counts
 * about one response per connection (without `-D`) or none at all (with `-D 1`, it reconnects before
 * recording the response). Here each of N connections sends one precomputed request, reads the answer
 * (Content-Length framing), records its latency, and either sends the next request on the same socket
 * (keep-alive) or opens a new socket (when asked for `Connection: close`, or when the server says so).
 * It runs in its own process (`loadInChild`), like autocannon, so it does not share a core's event loop
 * with an in-process server. On a trivial Node server it does about 12,000 req/s keep-alive at 10
 * connections on 2 cores, more than autocannon (9,200), so it is not the bottleneck of what it measures.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** What to send, how hard, for how long. */
export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  seconds: number;
  /** Reuse each connection (true) or ask for `Connection: close` and reconnect for every request (false). */
  keepAlive: boolean;
  /**
   * Requests to send instead of `headers` and `body`: connection i sends `perConnection[i % length]` (one account
   * per connection, say), or, given more requests than connections, `perConnection[i]`, `[i + connections]`, ... in turn.
   */
  perConnection?: Array<{ headers: Record<string, string>; body: string }>;
}

/** Requests per second and latency percentiles in milliseconds. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Connections opened: as many as requests when the server closes each one. */
  connects: number;
}

const HEADER_END = Buffer.from('\r\n\r\n');

function requestBytes(options: LoadOptions): Buffer {
  const url = new URL(options.url);
  const lines = [`POST ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const [name, value] of Object.entries(options.headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${Buffer.byteLength(options.body)}`, `Connection: ${options.keepAlive ? 'keep-alive' : 'close'}`, '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), Buffer.from(options.body, 'utf8')]);
}

/** The status, body length and whether the server will close, from a response head. */
function parseHead(head: string): { status: number; length: number; close: boolean } {
  const [statusLine = '', ...lines] = head.split('\r\n');
  let length = 0;
  let close = statusLine.startsWith('HTTP/1.0');
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim().toLowerCase();
    if (name === 'content-length') length = Number(value);
    else if (name === 'connection') close = value === 'close';
    else if (name === 'transfer-encoding') throw new Error('chunked responses are not supported by this load generator');
  }
  return { status: Number(statusLine.split(' ')[1]), length, close };
}

interface Tally { latencies: number[]; non2xx: number; errors: number; connects: number }

/** One connection's loop until `deadline`: send, read the whole answer, record, repeat. */
function connectionLoop(options: LoadOptions, requests: Buffer[], deadline: number, tally: Tally): Promise<void> {
  const url = new URL(options.url);
  return new Promise((done) => {
    let socket: Socket;
    let buffer: Buffer = Buffer.alloc(0);
    let started = 0;
    let expected: { end: number; status: number; close: boolean } | undefined;
    const drop = () => { socket.removeAllListeners(); socket.on('error', () => {}); socket.destroy(); };
    let sent = 0;
    const send = () => { started = performance.now(); socket.write(requests[sent++ % requests.length] as Buffer); };
    const reopen = () => {
      buffer = Buffer.alloc(0);
      expected = undefined;
      if (performance.now() >= deadline) return done();
      socket = connect(Number(url.port), url.hostname);
      tally.connects += 1;
      socket.setNoDelay(true);
      socket.on('data', onData);
      socket.on('error', () => { tally.errors += 1; drop(); reopen(); });
      socket.on('end', () => { if (buffer.length > 0 || expected) tally.errors += 1; drop(); reopen(); });
      send();
    };
    function onData(chunk: Buffer) {
      buffer = buffer.length > 0 ? Buffer.concat([buffer, chunk]) : chunk;
      if (!expected) {
        const at = buffer.indexOf(HEADER_END);
        if (at < 0) return;
        const head = parseHead(buffer.toString('latin1', 0, at));
        expected = { end: at + 4 + head.length, status: head.status, close: head.close || !options.keepAlive };
      }
      if (buffer.length < expected.end) return;
      tally.latencies.push(performance.now() - started);
      if (expected.status < 200 || expected.status > 299) tally.non2xx += 1;
      const close = expected.close;
      buffer = buffer.subarray(expected.end);
      expected = undefined;
      if (close || performance.now() >= deadline) { drop(); reopen(); } else send();
    }
    reopen();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;

/** Runs the load in this process. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const variants = (options.perConnection ?? [{ headers: options.headers, body: options.body }]).map((v) => requestBytes({ ...options, ...v }));
  const tally: Tally = { latencies: [], non2xx: 0, errors: 0, connects: 0 };
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  // Fewer requests than connections: connection i sends request i % length; more: every connections-th in turn.
  const turns = (i: number) => (variants.length <= options.connections ? [variants[i % variants.length] as Buffer] : variants.filter((_, v) => v % options.connections === i));
  await Promise.all(Array.from({ length: options.connections }, (_, i) => connectionLoop(options, turns(i), deadline, tally)));
  const elapsed = (performance.now() - start) / 1000;
  const sorted = tally.latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { rps: sorted.length / elapsed, p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)), requests: sorted.length, non2xx: tally.non2xx, errors: tally.errors, connects: tally.connects };
}

/**
 * Runs the load in a child process (`node --import tsx` on this file), so it has its own event loop; this
 * process stays free to serve, when the server under test runs in it.
 */
export async function loadInChild(root: string, options: LoadOptions): Promise<LoadResult> {
  const args = ['--conditions=@cognito-identity-openapi/source', '--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(options)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as LoadResult;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = JSON.parse(process.argv[2] ?? '') as LoadOptions;
  process.stdout.write(`${JSON.stringify(await runLoad(options))}\n`);
}

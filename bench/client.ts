/**
 * The client against the official AWS SDK v3 on Node, side by side in one run:
 * 1. CPU per call in memory (no sockets): GetId (goal <= 1/5 of the SDK's) and DescribeIdentityPool, signed,
 *    with the Node entry (goal <= 1/2);
 * 2. calls per second over loopback keep-alive to a server in another process, Node entry, 1 and 16 callers
 *    (goal >= 1.5x the SDK);
 * 3. cold start in a fresh process: import, create, first call (goal <= 1/3 of the SDK's).
 * Sizes are in client-size.ts. The machine is shared: figures are noisy, ratios come from one run.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import * as sdk from '@aws-sdk/client-cognito-identity';
import { createCognitoIdentityClient as createBrowserSafeClient } from '../packages/client/src/index.ts';
import { createCognitoIdentityClient } from '../packages/client/src/node/index.ts';
import type { WireFetch } from '../packages/client/src/client/config.ts';
import { verdict as goalVerdict, type Figure } from './figures.ts';
import { median, printTable } from './measure.ts';

const POOL = { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' };
const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const GET_ID = '{"IdentityId":"us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1"}';
const DESCRIBE = '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10","IdentityPoolName":"PhotoShare production","AllowUnauthenticatedIdentities":true}';
const HEADERS = { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'bench' };
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

const bodyFor = (target: string) => (target.endsWith('.GetId') ? GET_ID : DESCRIBE);

/** An in-memory transport for our client: the answer a socket would give, with no socket. */
const memoryWire = (asResponse: boolean): WireFetch => async (_url, init) => {
  const body = bodyFor(init.headers['x-amz-target'] ?? '');
  if (asResponse) return new Response(body, { status: 200, headers: HEADERS });
  return { status: 200, headers: { get: (n: string) => (HEADERS as Record<string, string>)[n.toLowerCase()] ?? null }, text: async () => body };
};

/** The same for the SDK: a request handler that answers at once. */
const memoryHandler = {
  handle: async (request: { headers: Record<string, string> }) => ({
    response: { statusCode: 200, reason: 'OK', headers: { ...HEADERS }, body: new TextEncoder().encode(bodyFor(request.headers['x-amz-target'] ?? '')) },
  }),
  updateHttpClientConfig() {}, httpHandlerConfigs: () => ({}), destroy() {},
};

/** Microseconds of CPU (user + system) per call, over `n` sequential calls after a warm-up. */
async function cpuPerCall(call: () => Promise<unknown>, n = 4000): Promise<number> {
  for (let i = 0; i < 500; i += 1) await call();
  const samples: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const before = process.cpuUsage();
    for (let i = 0; i < n; i += 1) await call();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / n);
  }
  return median(samples);
}

/** Prints CPU per call in memory; returns it as one figure. */
export async function benchCpu(): Promise<Figure> {
  const ours = createCognitoIdentityClient({ region: 'us-east-1', endpoint: 'http://memory', credentials, fetch: memoryWire(false), retry: { maxAttempts: 1 } });
  const oursWeb = createBrowserSafeClient({ region: 'us-east-1', endpoint: 'http://memory', credentials, fetch: memoryWire(true), retry: { maxAttempts: 1 } });
  const theirs = new sdk.CognitoIdentityClient({ region: 'us-east-1', endpoint: 'http://memory', credentials, maxAttempts: 1, requestHandler: memoryHandler as never });
  const rows = [['operation', 'Node entry', 'browser-safe entry (Response, Web Crypto)', 'AWS SDK v3', 'ratio (Node entry)', 'goal']];
  const verdicts: string[] = [];
  const cells: string[] = [];
  const met: boolean[] = [];
  for (const [name, op, command, goal] of [
    ['GetId (unsigned)', 'getId', sdk.GetIdCommand, 1 / 5],
    ['DescribeIdentityPool (signed)', 'describeIdentityPool', sdk.DescribeIdentityPoolCommand, 1 / 2],
  ] as const) {
    const a = await cpuPerCall(() => ours[op](POOL));
    const w = await cpuPerCall(() => oursWeb[op](POOL));
    const b = await cpuPerCall(() => theirs.send(new command(POOL) as never));
    rows.push([name, `${a.toFixed(1)} µs`, `${w.toFixed(1)} µs`, `${b.toFixed(1)} µs`, `1/${(b / a).toFixed(1)}`, `<= 1/${1 / goal}: ${verdict(a <= b * goal)}`]);
    verdicts.push(verdict(a <= b * goal));
    cells.push(`${name.split(' ')[0]} ${a.toFixed(1)} vs ${b.toFixed(1)} µs (1/${(b / a).toFixed(1)})`);
    met.push(a <= b * goal);
  }
  theirs.destroy();
  printTable('CPU per call in memory (no sockets), median of 3 x 4000 sequential calls', rows);
  return { key: 'cpu', what: 'CPU per call in memory, Node entry vs SDK', figure: cells.join('; '), goal: `GetId <= 1/5: ${goalVerdict(met[0] === true)}; DescribeIdentityPool <= 1/2: ${goalVerdict(met[1] === true)}` };
}

const SERVER = `
const http = require('node:http');
const GET_ID = ${JSON.stringify(GET_ID)}, DESCRIBE = ${JSON.stringify(DESCRIBE)};
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = String(req.headers['x-amz-target']).endsWith('.GetId') ? GET_ID : DESCRIBE;
    res.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': 'bench', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;

/** A loopback keep-alive server in its own process, so it does not share this process's CPU. */
async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout?.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Calls per second of `call`, `concurrency` at a time, for `ms` milliseconds after a warm-up. */
async function rate(call: () => Promise<unknown>, ms: number, concurrency: number): Promise<number> {
  for (let i = 0; i < 300; i += 1) await call();
  let count = 0;
  const start = performance.now();
  const end = start + ms;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < end) {
      await call();
      count += 1;
    }
  }));
  return count / ((performance.now() - start) / 1000);
}

/** Prints calls per second over loopback keep-alive at 1 and 16 concurrent callers; returns them as one figure. */
export async function benchThroughput(ms = 2500): Promise<Figure> {
  const { url, child } = await startServer();
  const ours = createCognitoIdentityClient({ region: 'us-east-1', endpoint: url, credentials, retry: { maxAttempts: 1 } });
  const theirs = new sdk.CognitoIdentityClient({ region: 'us-east-1', endpoint: url, credentials, maxAttempts: 1 });
  const rows = [['operation', 'callers', 'Node entry', 'AWS SDK v3', 'ratio', 'goal >= 1.5x']];
  const cells: string[] = [];
  let allMet = true;
  for (const [name, op, command] of [['GetId', 'getId', sdk.GetIdCommand], ['DescribeIdentityPool', 'describeIdentityPool', sdk.DescribeIdentityPoolCommand]] as const) {
    for (const concurrency of [1, 16]) {
      const a = await rate(() => ours[op](POOL), ms, concurrency);
      const b = await rate(() => theirs.send(new command(POOL) as never), ms, concurrency);
      rows.push([name, String(concurrency), `${a.toFixed(0)}/s`, `${b.toFixed(0)}/s`, `${(a / b).toFixed(2)}x`, verdict(a >= 1.5 * b)]);
      cells.push(`${name} x${concurrency} ${a.toFixed(0)} vs ${b.toFixed(0)} (${(a / b).toFixed(1)}x)`);
      allMet &&= a >= 1.5 * b;
    }
  }
  theirs.destroy();
  child.kill();
  printTable(`Calls per second, loopback keep-alive, server in another process, ${ms / 1000} s each`, rows);
  return { key: 'calls', what: 'calls/s over loopback keep-alive, Node entry vs SDK, 1 and 16 callers', figure: cells.join('; '), goal: `>= 1.5x SDK: ${goalVerdict(allMet)}` };
}

const COLD = (which: 'ours' | 'sdk', url: string, op: 'GetId' | 'DescribeIdentityPool') => `
const t0 = performance.now();
${which === 'ours'
    ? `const { createCognitoIdentityClient } = await import('cognito-identity-openapi/node');
const client = createCognitoIdentityClient({ region: 'us-east-1', endpoint: '${url}', credentials: ${JSON.stringify(credentials)} });
await client.${op === 'GetId' ? 'getId' : 'describeIdentityPool'}(${JSON.stringify(POOL)});`
    : `const { CognitoIdentityClient, ${op}Command } = await import('@aws-sdk/client-cognito-identity');
const client = new CognitoIdentityClient({ region: 'us-east-1', endpoint: '${url}', credentials: ${JSON.stringify(credentials)} });
await client.send(new ${op}Command(${JSON.stringify(POOL)}));`}
console.log(JSON.stringify({ script: performance.now() - t0, process: performance.now() }));
process.exit(0);`;

/** Prints cold start (import, create, first call) in fresh processes, median of `runs`; ours from dist/ as installed. */
export async function benchColdStart(root: string, runs = 7): Promise<Figure> {
  await promisify(execFile)('npm', ['run', '--silent', 'compile', '-w', 'packages/client'], { cwd: root });
  const { url, child } = await startServer();
  const rows = [['first call', 'cognito-identity-openapi/node', 'AWS SDK v3', 'ratio', 'goal <= 1/3']];
  const cells: string[] = [];
  let allMet = true;
  for (const op of ['GetId', 'DescribeIdentityPool'] as const) {
    const times = { ours: [] as number[], sdk: [] as number[], oursProcess: [] as number[], sdkProcess: [] as number[] };
    for (let i = 0; i < runs; i += 1) {
      for (const which of ['ours', 'sdk'] as const) {
        const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', COLD(which, url, op)], { cwd: root });
        const { script, process: whole } = JSON.parse(stdout) as { script: number; process: number };
        times[which].push(script);
        times[which === 'ours' ? 'oursProcess' : 'sdkProcess'].push(whole);
      }
    }
    const [a, b] = [median(times.ours), median(times.sdk)];
    rows.push([`${op}: import + create + call`, `${a.toFixed(1)} ms`, `${b.toFixed(1)} ms`, `1/${(b / a).toFixed(1)}`, verdict(a * 3 <= b)]);
    cells.push(`${op} ${a.toFixed(0)} vs ${b.toFixed(0)} ms (1/${(b / a).toFixed(1)})`);
    allMet &&= a * 3 <= b;
    rows.push([`${op}: whole process to that point`, `${median(times.oursProcess).toFixed(1)} ms`, `${median(times.sdkProcess).toFixed(1)} ms`, `1/${(median(times.sdkProcess) / median(times.oursProcess)).toFixed(1)}`, '(includes Node start)']);
  }
  child.kill();
  printTable(`Cold start in a fresh Node process, median of ${runs}`, rows);
  return { key: 'cold-start', what: 'cold start in Node: import, create, first call', figure: cells.join('; '), goal: `<= 1/3 of the SDK: ${goalVerdict(allMet)}` };
}

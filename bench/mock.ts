/**
 * The mock against the Prism CLI serving the same operations from a JSON-media copy of the document (what a
 * user would otherwise reach for): GetId and DescribeIdentityPool, 10 and 100 connections, 10 s each, load
 * from a separate autocannon process. Goals: at least 1.5x the Prism CLI's requests per second; p99 under
 * 10 ms at 10 connections.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEDIA_TYPE, targetOf } from '../packages/client/src/protocol.ts';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

const THROUGHPUT_GOAL = 1.5;
const P99_GOAL_MS = 10;
const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

interface Result { rps: number; p50: number; p99: number; errors: number; non2xx: number }

function startServer(command: string, args: string[], ready: RegExp, cwd: string): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (ready.test(text)) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.resume();
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}: ${text.slice(-500)}`)));
  });
}

function autocannon(root: string, url: string, headers: Record<string, string>, body: string, connections: number, seconds: number): Result {
  const args = ['-c', String(connections), '-d', String(seconds), '-m', 'POST', '-b', body, '-j'];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  const run = spawnSync(join(root, 'node_modules/.bin/autocannon'), [...args, url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const json = JSON.parse(run.stdout);
  return { rps: json.requests.average, p50: json.latency.p50, p99: json.latency.p99, errors: json.errors, non2xx: json.non2xx };
}

/** Prints the comparison table; returns one figure per connection count. */
export async function benchMock(root: string, seconds = 10): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-mock-bench-'));
  const copy = join(dir, 'openapi-json-media.json');
  writeFileSync(copy, readFileSync(join(root, 'packages/document/openapi.json'), 'utf8').split(MEDIA_TYPE).join('application/json'));
  const ours = await startServer(process.execPath, [join(root, 'packages/server/dist/src/cli.js'), 'mock', '--port', '4610'], /listening on/, root);
  const prism = await startServer(join(root, 'node_modules/.bin/prism'), ['mock', '-p', '4611', copy], /Prism is listening/, root);
  const rows: string[][] = [['operation', 'conns', 'this mock req/s', 'p50/p99 ms', 'Prism CLI req/s', 'p50/p99 ms', 'ratio']];
  let throughputMet = true;
  let p99Met = true;
  const byConnections = new Map<number, string[]>();
  const metByConnections = new Map<number, boolean>();
  try {
    for (const op of ['GetId', 'DescribeIdentityPool']) {
      const headers = { 'X-Amz-Target': targetOf(op), Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261122/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0' };
      const body = JSON.stringify({ IdentityPoolId: POOL });
      for (const connections of [10, 100]) {
        const a = autocannon(root, 'http://127.0.0.1:4610/', { ...headers, 'Content-Type': MEDIA_TYPE }, body, connections, seconds);
        const b = autocannon(root, `http://127.0.0.1:4611/%23X-Amz-Target=${targetOf(op)}`, { ...headers, 'Content-Type': 'application/json' }, body, connections, seconds);
        const ratio = a.rps / b.rps;
        throughputMet &&= ratio >= THROUGHPUT_GOAL;
        if (connections === 10) p99Met &&= a.p99 < P99_GOAL_MS;
        if (a.non2xx + a.errors + b.non2xx + b.errors > 0) console.log(`  note: ${op} c=${connections}: non-2xx/errors ours ${a.non2xx}/${a.errors}, Prism ${b.non2xx}/${b.errors}`);
        rows.push([op, String(connections), a.rps.toFixed(0), `${a.p50}/${a.p99}`, b.rps.toFixed(0), `${b.p50}/${b.p99}`, `${ratio.toFixed(2)}x`]);
        byConnections.set(connections, [...(byConnections.get(connections) ?? []), `${op} ${a.rps.toFixed(0)} vs ${b.rps.toFixed(0)} req/s (${ratio.toFixed(1)}x), p99 ${a.p99} ms`]);
        metByConnections.set(connections, (metByConnections.get(connections) ?? true) && ratio >= THROUGHPUT_GOAL && (connections !== 10 || a.p99 < P99_GOAL_MS));
      }
    }
  } finally {
    ours.kill('SIGTERM');
    prism.kill('SIGTERM');
  }
  printTable(`Mock throughput, autocannon in its own process, ${seconds} s per row`, rows);
  console.log(`  goals: >= ${THROUGHPUT_GOAL}x Prism CLI -> ${throughputMet ? 'met' : 'MISSED'}; p99 < ${P99_GOAL_MS} ms at 10 connections -> ${p99Met ? 'met' : 'MISSED'}`);
  return [...byConnections].map(([connections, parts]) => ({
    key: `mock-${connections}`,
    what: `mock vs Prism CLI, ${connections} connections, ${seconds} s`,
    figure: parts.join('; '),
    goal: `>= ${THROUGHPUT_GOAL}x${connections === 10 ? `, p99 < ${P99_GOAL_MS} ms` : ''}: ${verdict(metByConnections.get(connections) === true)}`,
  }));
}

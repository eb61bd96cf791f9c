/**
 * Deleting a big pool while others call: the emulator (its command line, `--state`, in a process of its own)
 * holds a pool of 100,000 identities with a login each and a small pool; one caller describes the small pool
 * in a loop over keep-alive while another deletes the big one. Figures: the longest and the 99th-percentile
 * wait of the describing caller while the delete runs, and how long the delete took to be answered. Then the
 * emulator is killed with SIGKILL and restarted: the big pool and its identities must be gone (the answer
 * came only once the delete was durable). Goal: no other caller waits more than 50 ms. The same caller's waits
 * with no delete running are printed beside: on a shared machine they say how much of a wait is not the delete's.
 *
 * `npm run bench -- emulator-delete --baseline=CLI` measures another build's command line (a checkout of an
 * earlier commit, `packages/server/dist/src/cli.js`) first, on a copy of the same state, and prints both rows.
 * `node --import tsx bench/emulator-delete.ts [--count=N] [CLI...]` measures each command line given, in turn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPersistence } from '../packages/server/src/emulator/persistence.ts';
import { keys, type IdentityRecord, type PoolRecord } from '../packages/server/src/emulator/store.ts';
import { listeningUrl } from '../test/support/listening.ts';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

const WAIT_GOAL_MS = 50;
const ACCOUNT = '123456789012';
const BIG = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const SMALL = 'us-east-1:1a2b3c4d-0000-4000-8000-000000000001';
const AUTH = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261203/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0`;

/** A state directory with the big pool (`count` identities, a login each) and the small one. */
async function fillState(dir: string, count: number): Promise<void> {
  const store = await openPersistence(dir);
  const pool = (id: string, n: number): PoolRecord => ({ a: ACCOUNT, n, config: { IdentityPoolId: id, IdentityPoolName: `p${n}`, AllowUnauthenticatedIdentities: true, SupportedLoginProviders: { 'graph.facebook.com': '1' } } });
  await store.commit([[keys.pool(ACCOUNT, BIG), pool(BIG, 1)], [keys.pool(ACCOUNT, SMALL), pool(SMALL, 2)]]);
  for (let start = 0; start < count; start += 10_000) {
    const changes: Array<[string, unknown]> = [];
    for (let i = start; i < Math.min(count, start + 10_000); i += 1) {
      const id = `us-east-1:${crypto.randomUUID()}`;
      changes.push([keys.identity(id), { a: ACCOUNT, p: BIG, n: i + 3, c: 1_795_000_000, m: 1_795_000_000, l: [['graph.facebook.com', `u${i}`]] } satisfies IdentityRecord]);
      changes.push([keys.login(BIG, 'graph.facebook.com', `u${i}`), id]);
    }
    await store.commit(changes);
  }
  await store.close();
}

async function startCli(cli: string, dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'emulator', '--port', '0', '--state', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return { child, url: await listeningUrl(child).url };
}

function call(url: string, agent: Agent, operation: string, input: object): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/`, { method: 'POST', agent, headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityService.${operation}`, Authorization: AUTH } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

/** The figures of one delete, and the load average when it began. */
export interface DeleteFigures {
  maxWaitMs: number;
  p99WaitMs: number;
  probes: number;
  deleteMs: number;
  gone: boolean;
  quietMaxMs: number;
  quietP99Ms: number;
  load: number;
}

/** The delete's figures against one command line, on a copy of the state in `filled`. */
export async function measureDelete(cli: string, filled: string): Promise<DeleteFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-delete-'));
  try {
    cpSync(filled, join(dir, 'state'), { recursive: true });
    const load = loadavg()[0] ?? 0;
    let { child, url } = await startCli(cli, join(dir, 'state'));
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    for (let i = 0; i < 200; i += 1) await call(url, agent, 'DescribeIdentityPool', { IdentityPoolId: SMALL });
    // The same caller for 2 s with no delete: on a shared machine, the waits that are not the delete's.
    const quiet: number[] = [];
    for (const until = performance.now() + 2000; performance.now() < until;) {
      const started = performance.now();
      await call(url, agent, 'DescribeIdentityPool', { IdentityPoolId: SMALL });
      quiet.push(performance.now() - started);
    }
    let deleting = true;
    const waits: number[] = [];
    const probe = (async () => {
      while (deleting) {
        const started = performance.now();
        const answer = await call(url, agent, 'DescribeIdentityPool', { IdentityPoolId: SMALL });
        if (answer.status !== 200) throw new Error(`DescribeIdentityPool answered ${answer.status}: ${answer.body}`);
        waits.push(performance.now() - started);
      }
    })();
    const started = performance.now();
    const deleted = await call(url, agent, 'DeleteIdentityPool', { IdentityPoolId: BIG });
    const deleteMs = performance.now() - started;
    deleting = false;
    await probe;
    if (deleted.status !== 200) throw new Error(`DeleteIdentityPool answered ${deleted.status}: ${deleted.body}`);
    // Durable once answered: kill -9 at once, restart, and nothing of the big pool is left.
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    agent.destroy();
    ({ child, url } = await startCli(cli, join(dir, 'state')));
    const state = await (await fetch(`${url}/_emulator/state`)).json() as { records: Array<[string, { p?: string }]> };
    const gone = !state.records.some(([key, value]) => key === keys.pool(ACCOUNT, BIG) || value?.p === BIG || key.startsWith(`login/${BIG}/`));
    child.kill('SIGKILL');
    const sorted = [...waits].sort((a, b) => a - b);
    const quietSorted = quiet.sort((a, b) => a - b);
    return {
      maxWaitMs: sorted.at(-1) ?? 0, p99WaitMs: sorted[Math.floor(sorted.length * 0.99)] ?? 0, probes: waits.length, deleteMs, gone,
      quietMaxMs: quietSorted.at(-1) ?? 0, quietP99Ms: quietSorted[Math.floor(quietSorted.length * 0.99)] ?? 0, load,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Fills the state in a process of its own: 100,000 records built here would leave this process, the other
 * caller's, a heap whose collections hold it up for tens of milliseconds, and count as the emulator's waits.
 */
async function fillStateApart(dir: string, count: number): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--fill', dir, String(count)], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`filling the state in ${dir} failed (exit ${code})`);
}

/** Measures each command line in turn on copies of one filled state; `count` identities in the big pool. */
export async function measureDeletes(clis: readonly string[], count: number): Promise<DeleteFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-delete-state-'));
  try {
    await fillStateApart(join(dir, 'state'), count);
    const figures: DeleteFigures[] = [];
    for (const cli of clis) figures.push(await measureDelete(cli, join(dir, 'state')));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints one row per build measured. */
function printDeletes(count: number, rows: ReadonlyArray<[string, DeleteFigures]>): void {
  printTable(`Emulator with --state: DeleteIdentityPool of ${count.toLocaleString('en')} identities while another caller describes a pool`, [
    ['build', 'load at start', 'longest wait of the other caller', 'p99 wait', 'its calls meanwhile', 'the same caller, no delete: longest / p99', 'delete answered after', 'gone after kill -9', 'goal'],
    ...rows.map(([build, r]) => [build, r.load.toFixed(1), `${r.maxWaitMs.toFixed(1)} ms`, `${r.p99WaitMs.toFixed(1)} ms`, String(r.probes), `${r.quietMaxMs.toFixed(1)} / ${r.quietP99Ms.toFixed(1)} ms`, `${r.deleteMs.toFixed(0)} ms`, r.gone ? 'yes' : 'NO', `<= ${WAIT_GOAL_MS} ms`]),
  ]);
}

/** Prints the big delete's figures against its goal, beside those of the `baseline` build's command line if given. */
export async function benchBigDelete(root: string, baseline?: string, count = 100_000): Promise<Figure> {
  const clis = [...(baseline ? [baseline] : []), join(root, 'packages/server/dist/src/cli.js')];
  const figures = await measureDeletes(clis, count);
  const r = figures.at(-1) as DeleteFigures;
  const before = baseline ? (figures[0] as DeleteFigures) : undefined;
  printDeletes(count, [...(before ? [['baseline', before] as [string, DeleteFigures]] : []), ['this build', r]]);
  const beside = before ? `; the baseline build beside it, same run: ${before.maxWaitMs.toFixed(1)} ms (p99 ${before.p99WaitMs.toFixed(1)} ms), answered after ${before.deleteMs.toFixed(0)} ms` : '';
  return {
    key: 'emulator-delete',
    what: `emulator with --state, DeleteIdentityPool of ${count.toLocaleString('en')} identities beside a caller in a loop`,
    figure: `other caller waits at most ${r.maxWaitMs.toFixed(1)} ms (p99 ${r.p99WaitMs.toFixed(1)} ms, ${r.probes} calls; with no delete ${r.quietMaxMs.toFixed(1)} / ${r.quietP99Ms.toFixed(1)} ms); delete answered, durable, after ${r.deleteMs.toFixed(0)} ms${r.gone ? '' : '; NOT gone after kill -9'}${beside}`,
    goal: `<= ${WAIT_GOAL_MS} ms: ${verdict(r.maxWaitMs <= WAIT_GOAL_MS && r.gone)}`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--fill') {
  await fillState(process.argv[3] as string, Number(process.argv[4]));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const count = Number(args.find((arg) => arg.startsWith('--count='))?.slice('--count='.length) ?? 100_000);
  const given = args.filter((arg) => !arg.startsWith('--'));
  const clis = given.length > 0 ? given : [join(root, 'packages/server/dist/src/cli.js')];
  const figures = await measureDeletes(clis, count);
  printDeletes(count, clis.map((cli, i) => [cli, figures[i] as DeleteFigures]));
}

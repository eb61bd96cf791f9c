/**
 * Baselines for the stateful emulator (issues 11 and 19), side by side in one run, on one machine, with one
 * load generator (bench/load-generator.ts, in its own process):
 * 1. the server under test against the floor (bench/floor-server.ts: bare `node:http` that parses the JSON
 *    body and answers a small JSON object, the least such a server can do; the servers alternate in short runs
 *    and each cell is the median run, see measureAlternating), the floor keeping identities (the same server,
 *    which also keeps a new identity per request, the least GetId must do, set beside GetId) and moto's server
 *    (`python3 -m moto.server`): GetId and DescribeIdentityPool on a pool created through
 *    CreateIdentityPool, the same bytes to each, 10 connections, each with keep-alive and with
 *    `Connection: close`; each server is credited with its better mode. Goals: at least 0.8 of the floor
 *    and 15x moto's requests per second, p99 under 5 ms. autocannon is run too, as a cross-check, and shows
 *    why it cannot be used on moto (moto closes every connection).
 * 2. the persistence alone (`--state`): durable CreateIdentityPool-sized commits per second from 1, 10 and
 *    100 concurrent callers (goal: at least 1,000 per second), and the time to open and load the records of
 *    100,000 identities (the emulator's whole start-up budget with that state is 2 s).
 * The server under test is whatever `startServerUnderTest` starts: see THE EMULATOR SLOT below.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { AwsV4Signer } from 'aws4fetch';
import { openPersistence, type Change } from '../packages/server/src/emulator/persistence.ts';
import { createCognitoIdentityClient } from '../packages/client/src/index.ts';
import { MEDIA_TYPE, SIGNING_NAME, TARGET_HEADER, targetOf } from '../packages/client/src/protocol.ts';
import { loadInChild, type LoadResult } from './load-generator.ts';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

const SPEED_GOAL = 15;
const P99_GOAL_MS = 5;
const FLOOR_GOAL = 0.8;
const COMMIT_GOAL = 1000;
const CONNECTIONS = 10;
const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

/** A server to measure, and how to stop it. */
export interface RunningServer {
  name: string;
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the server whose figures are set against moto's: the emulator, in memory, in a process of its own
 * (as a user runs it: `cognito-identity-openapi-server emulator`), so that it does not share an event loop with
 * this script.
 */
export async function startServerUnderTest(root: string, extraArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/src/cli.js'), 'emulator', '--port', String(port), ...extraArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  await untilListening(child, 'the emulator');
  return {
    name: 'emulator (in memory)',
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }),
  };
}

/**
 * Resolves once the child prints `listening on`; then its output (the request log) is drained unread. Reading
 * it on (appending every line and searching the whole text again) cost the bench process CPU that the server
 * under test and the load generator share on two cores.
 */
function untilListening(child: ChildProcess, name: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const url = text.match(/listening on (http:\/\/\S+)/)?.[1];
      if (!url) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(url);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${text.slice(-300)}`)));
  });
}

/** The floor (bench/floor-server.ts) in a process of its own; with `keepIdentities`, the floor that keeps what GetId must. */
async function startFloor(root: string, keepIdentities = false): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/floor-server.ts'), ...(keepIdentities ? ['--keep-identities'] : [])], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await untilListening(child, 'the floor server');
  const name = keepIdentities ? 'floor keeping identities' : 'floor (bare node:http)';
  return { name, url, close: () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }) };
}

/** One operation's figures on one server, with keep-alive and with `Connection: close`. */
export interface OperationFigures {
  operation: string;
  keepAlive: LoadResult;
  close: LoadResult;
}

/** A request with its headers; signed (SigV4, dummy credentials) unless the operation is unsigned. */
async function requestOf(url: string, operation: string, input: object, signed: boolean, accessKeyId = CREDENTIALS.accessKeyId): Promise<{ headers: Record<string, string>; body: string }> {
  const body = JSON.stringify(input);
  const headers: Record<string, string> = { 'Content-Type': MEDIA_TYPE, [TARGET_HEADER]: targetOf(operation) };
  if (!signed) return { headers, body };
  const signer = new AwsV4Signer({ method: 'POST', url, headers, body, service: SIGNING_NAME, region: REGION, ...CREDENTIALS, accessKeyId });
  const signedRequest = await signer.sign();
  // A SigV4 signature is good for minutes: replaying it is what every request of the run does.
  return { headers: Object.fromEntries([...signedRequest.headers].filter(([name]) => name !== 'host')), body };
}

/** The GetId and DescribeIdentityPool requests of the run, on a pool made by CreateIdentityPool at `url`. */
export async function requestsFor(url: string): Promise<Array<[string, { headers: Record<string, string>; body: string }]>> {
  const client = createCognitoIdentityClient({ region: REGION, endpoint: url, credentials: CREDENTIALS, retry: { maxAttempts: 1 } });
  const { IdentityPoolId } = await client.createIdentityPool({ IdentityPoolName: 'bench', AllowUnauthenticatedIdentities: true });
  return Promise.all((([['GetId', false], ['DescribeIdentityPool', true]]) as const).map(async ([operation, signed]) => [operation, await requestOf(`${url}/`, operation, { IdentityPoolId }, signed)] as [string, { headers: Record<string, string>; body: string }]));
}

/** Seconds of load, uncounted, before each server's first measured cell: every server starts its run warm. */
const WARM_UP_SECONDS = 1;

/**
 * Sends each request to `url` under the run's load, with keep-alive and with `Connection: close`, after an
 * uncounted warm-up (the same for every server: the JIT and the first compilations happen outside the figures).
 */
export async function measureRequests(root: string, url: string, requests: Array<[string, { headers: Record<string, string>; body: string }]>, seconds: number): Promise<OperationFigures[]> {
  const figures: OperationFigures[] = [];
  for (const [, request] of requests) await loadInChild(root, { url: `${url}/`, ...request, connections: CONNECTIONS, seconds: WARM_UP_SECONDS, keepAlive: true });
  for (const [operation, request] of requests) {
    const run = (keepAlive: boolean) => loadInChild(root, { url: `${url}/`, ...request, connections: CONNECTIONS, seconds, keepAlive });
    figures.push({ operation, keepAlive: await run(true), close: await run(false) });
  }
  return figures;
}

/** Rounds of the floor-against-emulator comparison: each cell is the median of this many alternating runs. */
const ROUNDS = 5;

/** The run with the median requests per second. */
function medianRun(runs: LoadResult[]): LoadResult {
  return [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)] as LoadResult;
}

/**
 * Servers side by side (the floors and the emulator): each cell is split into ROUNDS short runs that alternate
 * between the servers, and the median run is kept. On a shared virtual machine the throughput of the same server
 * drifts by a third from one minute to the next (the floor measured 20,960 and 31,062 req/s twenty minutes apart,
 * both at load average 1 to 2); alternating puts every server under the same drift, so the ratio is the figure
 * that holds. Figures come back in the order of `urls`.
 */
export async function measureAlternating(root: string, urls: readonly string[], requests: Array<[string, { headers: Record<string, string>; body: string }]>, seconds: number): Promise<OperationFigures[][]> {
  for (const url of urls) for (const [, request] of requests) await loadInChild(root, { url: `${url}/`, ...request, connections: CONNECTIONS, seconds: WARM_UP_SECONDS, keepAlive: true });
  const figures: OperationFigures[][] = urls.map(() => []);
  for (const [operation, request] of requests) {
    const cells = urls.map(() => ({ keepAlive: [] as LoadResult[], close: [] as LoadResult[] }));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const keepAlive of [true, false]) {
        for (const [i, url] of urls.entries()) {
          const result = await loadInChild(root, { url: `${url}/`, ...request, connections: CONNECTIONS, seconds: seconds / ROUNDS, keepAlive });
          cells[i]?.[keepAlive ? 'keepAlive' : 'close'].push(result);
        }
      }
    }
    for (const [i, cell] of cells.entries()) figures[i]?.push({ operation, keepAlive: medianRun(cell.keepAlive), close: medianRun(cell.close) });
  }
  return figures;
}

/** Measures any server at `url`: a pool made by CreateIdentityPool, then GetId and DescribeIdentityPool on it. */
export async function measureServer(root: string, url: string, seconds: number): Promise<OperationFigures[]> {
  return measureRequests(root, url, await requestsFor(url), seconds);
}

const best = (figures: OperationFigures): [string, LoadResult] => (figures.keepAlive.rps >= figures.close.rps ? ['keep-alive', figures.keepAlive] : ['close', figures.close]);
const cell = (r: LoadResult) => `${r.rps.toFixed(0)} (${r.p50}/${r.p99})${r.non2xx + r.errors > 0 ? ` [${r.non2xx} non-2xx, ${r.errors} errors]` : ''}`;

function hasMoto(): boolean {
  try {
    execFileSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const accepts = (port: number) => new Promise<boolean>((resolve) => {
  const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
  socket.on('error', () => resolve(false));
});

/** moto's server on a free loopback port; its per-request log goes nowhere, which is its fastest. */
async function startMoto(): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const deadline = performance.now() + 30_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || performance.now() > deadline) throw new Error(`moto's server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const close = () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
  return { name: 'moto server', url: `http://127.0.0.1:${port}`, close };
}

/** autocannon's keep-alive figure for DescribeIdentityPool: requests counted, per second. */
async function autocannonCheck(root: string, url: string, seconds: number): Promise<{ rps: number; total: number }> {
  const client = createCognitoIdentityClient({ region: REGION, endpoint: url, credentials: CREDENTIALS, retry: { maxAttempts: 1 } });
  const { IdentityPoolId } = await client.createIdentityPool({ IdentityPoolName: 'bench_autocannon', AllowUnauthenticatedIdentities: true });
  const { headers, body } = await requestOf(`${url}/`, 'DescribeIdentityPool', { IdentityPoolId }, true);
  const args = ['-c', String(CONNECTIONS), '-d', String(seconds), '-m', 'POST', '-b', body, '-j'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  const { stdout } = await promisify(execFile)(join(root, 'node_modules/.bin/autocannon'), [...args, `${url}/`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const json = JSON.parse(stdout) as { requests: { average: number; total: number } };
  return { rps: json.requests.average, total: json.requests.total };
}

function printComparison(contender: RunningServer, ours: OperationFigures[], floor: OperationFigures[], keeping: OperationFigures[], moto: OperationFigures[] | undefined, seconds: number): Figure[] {
  const rows: string[][] = [['operation', 'server', 'keep-alive req/s (p50/p99 ms)', 'Connection: close req/s (p50/p99 ms)', 'credited']];
  for (const [name, figures] of [['floor (bare node:http)', floor], ['floor keeping identities', keeping.filter((f) => f.operation === 'GetId')], [contender.name, ours], ['moto server', moto ?? []]] as const) {
    for (const f of figures) rows.push([f.operation, name, cell(f.keepAlive), cell(f.close), best(f)[0]]);
  }
  printTable(`Emulator baseline: ${CONNECTIONS} connections, ${seconds} s per cell (floors and emulator: the median of ${ROUNDS} alternating runs of ${seconds / ROUNDS} s), bench/load-generator.ts in its own process`, rows);
  if (moto) {
    const asked = moto.map((f) => f.keepAlive).reduce((sum, r) => ({ requests: sum.requests + r.requests, connects: sum.connects + r.connects }), { requests: 0, connects: 0 });
    console.log(`  moto, keep-alive asked: ${asked.connects} connections for ${asked.requests} requests (Werkzeug closes every connection)`);
  }
  let met = true;
  const parts: string[] = [];
  for (const [i, f] of ours.entries()) {
    const [mode, mine] = best(f);
    const [, bare] = best(floor[i] as OperationFigures);
    const ofFloor = mine.rps / bare.rps;
    const theirs = moto ? best(moto[i] as OperationFigures)[1] : undefined;
    const ofMoto = theirs ? mine.rps / theirs.rps : Number.NaN;
    met &&= ofFloor >= FLOOR_GOAL && mine.p99 < P99_GOAL_MS && (!theirs || ofMoto >= SPEED_GOAL);
    // GetId keeps a new identity on every call: set beside the floor that does only that as well.
    const kept = f.operation === 'GetId' ? best(keeping[i] as OperationFigures)[1] : undefined;
    const ofKept = kept ? `, ${(mine.rps / kept.rps).toFixed(2)} of the floor keeping identities (${kept.rps.toFixed(0)} req/s; it is ${(kept.rps / bare.rps).toFixed(2)} of the floor)` : '';
    console.log(`  ${f.operation}: ${ofFloor.toFixed(2)} of the floor (${mode} ${mine.rps.toFixed(0)} vs ${bare.rps.toFixed(0)} req/s)${ofKept}${theirs ? `, ${ofMoto.toFixed(1)}x moto (${theirs.rps.toFixed(0)} req/s)` : ''}; p99 ${mine.p99} ms (floor ${bare.p99} ms)`);
    parts.push(`${f.operation} ${mine.rps.toFixed(0)} req/s = ${ofFloor.toFixed(2)} of the floor's ${bare.rps.toFixed(0)}${ofKept}${theirs ? `, ${ofMoto.toFixed(1)}x moto's ${theirs.rps.toFixed(0)}` : ''}, p99 ${mine.p99} ms`);
  }
  console.log(`  goals: >= ${FLOOR_GOAL} of the floor, >= ${SPEED_GOAL}x moto, p99 < ${P99_GOAL_MS} ms -> ${met ? 'met' : 'MISSED'}`);
  return [{ key: 'emulator-moto', what: `emulator vs bare node:http floor (medians of ${ROUNDS} alternating runs) and moto server, ${CONNECTIONS} connections, ${seconds} s`, figure: parts.join('; '), goal: `>= ${FLOOR_GOAL} of floor, >= ${SPEED_GOAL}x moto, p99 < ${P99_GOAL_MS} ms: ${verdict(met)}` }];
}

/**
 * CreateIdentityPool answered durably: the emulator with `--state` (every answer waits for its synced write),
 * 10 connections of bench/load-generator.ts in its own process, each connection taking its turn through ten
 * accounts of its own (an access key id of 12 digits), so that no account reaches the 1,000-pool quota in the
 * run (at 5,000 pools a second, ten accounts reached it). Goal: >= 1,000/s.
 */
export async function benchDurableCreates(root: string, seconds = 2): Promise<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-durable-'));
  const server = await startServerUnderTest(root, ['--state', join(dir, 'state')]);
  try {
    const perConnection = await Promise.all(Array.from({ length: CONNECTIONS * 10 }, (_, i) =>
      requestOf(`${server.url}/`, 'CreateIdentityPool', { IdentityPoolName: 'durable', AllowUnauthenticatedIdentities: false }, true, `${100000000000 + i}`)));
    const result = await loadInChild(root, { url: `${server.url}/`, headers: {}, body: '', connections: CONNECTIONS, seconds, keepAlive: true, perConnection });
    if (result.non2xx + result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors in the durable CreateIdentityPool run`);
    printTable(`Emulator with --state: CreateIdentityPool answered durably, ${CONNECTIONS} connections, ${seconds} s`, [
      ['pools created', 'per second', 'p50/p99 ms', 'goal'],
      [String(result.requests), result.rps.toFixed(0), `${result.p50}/${result.p99}`, `>= ${COMMIT_GOAL}`],
    ]);
    return { key: 'emulator-durable', what: `emulator with --state, CreateIdentityPool answered durably, ${CONNECTIONS} connections`, figure: `${result.rps.toFixed(0)}/s (${result.requests} pools in ${seconds} s), p99 ${result.p99} ms`, goal: `>= ${COMMIT_GOAL}/s: ${verdict(result.rps >= COMMIT_GOAL)}` };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the server comparison (the server under test against moto, when moto is installed). */
export async function benchEmulatorServer(root: string, seconds = 10): Promise<Figure[]> {
  const contender = await startServerUnderTest(root);
  const floorServer = await startFloor(root);
  const keepingFloor = await startFloor(root, true);
  const moto = hasMoto() ? await startMoto() : undefined;
  try {
    // The same bytes to the floors as to the emulator; the floors answer any of them.
    const requests = await requestsFor(contender.url);
    const [floor = [], keeping = [], ours = []] = await measureAlternating(root, [floorServer.url, keepingFloor.url, contender.url], requests, seconds);
    const theirs = moto ? await measureServer(root, moto.url, seconds) : undefined;
    const figures = printComparison(contender, ours, floor, keeping, theirs, seconds);
    if (!moto) console.log("  moto: skipped: python3 cannot import moto.server (pip install 'moto[server]')");
    const check = await autocannonCheck(root, contender.url, 3);
    console.log(`  cross-check, autocannon keep-alive, DescribeIdentityPool, 3 s: ${contender.name} ${check.rps.toFixed(0)} req/s`);
    if (moto) {
      const motoCheck = await autocannonCheck(root, moto.url, 3);
      console.log(`  cross-check, autocannon on moto: ${motoCheck.total} responses counted in 3 s: moto closes every connection and autocannon does not count across reconnects, hence its own load generator`);
    }
    return figures;
  } finally {
    await contender.close();
    await floorServer.close();
    await keepingFloor.close();
    await moto?.close();
  }
}

/** A CreateIdentityPool-sized record (about 450 bytes of JSON). */
function poolRecord(i: number): Change {
  const id = `${REGION}:${crypto.randomUUID()}`;
  return [`pool/123456789012/${REGION}/${id}`, {
    IdentityPoolId: id, IdentityPoolName: `bench_pool_${i}`, AllowUnauthenticatedIdentities: true, AllowClassicFlow: false,
    SupportedLoginProviders: { 'graph.facebook.com': '7346241598935552', 'accounts.google.com': '123456789012-abc.apps.googleusercontent.com' },
    DeveloperProviderName: 'login.photoshare.app', OpenIdConnectProviderARNs: [], SamlProviderARNs: [],
    CognitoIdentityProviders: [{ ProviderName: `cognito-idp.${REGION}.amazonaws.com/${REGION}_AbCdEfGhI`, ClientId: '6lhlkkfbfb4q5kpp90urffae', ServerSideTokenCheck: false }],
    IdentityPoolTags: { team: 'mobile' }, CreationDate: 1763812345,
  }];
}

/** 100,000 identities with one login each, as 200,000 records written in batches of 1,000. */
async function fillIdentities(commit: (changes: Change[]) => Promise<void>, identities: number): Promise<void> {
  const pool = `${REGION}:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10`;
  for (let start = 0; start < identities; start += 500) {
    const changes: Change[] = [];
    for (let i = start; i < Math.min(identities, start + 500); i += 1) {
      const id = `${REGION}:${crypto.randomUUID()}`;
      changes.push([`identity/${id}`, { IdentityId: id, IdentityPoolId: pool, Logins: ['graph.facebook.com'], CreationDate: 1763812345, LastModifiedDate: 1763812345 }]);
      changes.push([`login/${pool}/graph.facebook.com/${1000000000 + i}`, { IdentityId: id }]);
    }
    await commit(changes);
  }
}

/** Prints the persistence's durable commit rate and its load time with 100,000 identities. */
export async function benchPersistence(identities = 100_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-persistence-bench-'));
  try {
    const store = await openPersistence(dir);
    const rows: string[][] = [['concurrent callers', 'commits', 'durable commits/s', 'commits per synced write']];
    let atTen = 0;
    for (const callers of [1, 10, 100]) {
      const total = callers === 1 ? 1000 : 10_000;
      const [writesBefore, start] = [store.writes, performance.now()];
      let next = 0;
      await Promise.all(Array.from({ length: callers }, async () => {
        while (next < total) await store.commit([poolRecord(next++)]);
      }));
      const rate = total / ((performance.now() - start) / 1000);
      if (callers === 10) atTen = rate;
      rows.push([String(callers), String(total), rate.toFixed(0), (total / (store.writes - writesBefore)).toFixed(1)]);
    }
    await fillIdentities((changes) => store.commit(changes), identities);
    await store.close();
    const start = performance.now();
    const reopened = await openPersistence(dir);
    const records = (await reopened.load()).length;
    const loadMs = performance.now() - start;
    await reopened.close();
    printTable('Persistence (--state, LevelDB via classic-level, every commit synced), CreateIdentityPool-sized records', rows);
    console.log(`  goal: >= ${COMMIT_GOAL} durable CreateIdentityPool/s at 10 callers -> ${atTen >= COMMIT_GOAL ? 'met' : 'MISSED'} (${atTen.toFixed(0)}/s)`);
    console.log(`  open + load of ${records} records (${identities} identities, their logins, the pools above): ${loadMs.toFixed(0)} ms (the emulator's whole start-up budget: 2 s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One size of the emulator's scale benchmark, run in its own process (`node --expose-gc --import tsx
 * bench/emulator-scale.ts N`) so the heap holds only what it measures: a pool with N identities, each with a
 * login. Prints JSON: heap bytes per identity (records and indexes) for a loaded state and for identities
 * made by GetId, start-up time of `startEmulator` over that state (in memory, and from a `--state` directory), and the cost of one ListIdentities page of
 * 60 from the middle of the pool, in the index and over HTTP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULTS, type Context } from '../packages/server/src/emulator/context.ts';
import { getId } from '../packages/server/src/emulator/identities.ts';
import { encodePageToken } from '../packages/server/src/emulator/pagination.ts';
import { openPersistence, type Persistence } from '../packages/server/src/emulator/persistence.ts';
import { startEmulator } from '../packages/server/src/emulator/server.ts';
import { keys, type IdentityRecord, type PoolRecord } from '../packages/server/src/emulator/store.ts';
import type { TokenIssuer } from '../packages/server/src/emulator/tokens.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => { throw new Error('run with --expose-gc'); });
const count = Number(process.argv[2] ?? 1000);
const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const poolRecord: PoolRecord = { a: DEFAULTS.account, n: 1, config: { IdentityPoolId: POOL, IdentityPoolName: 'Scale', AllowUnauthenticatedIdentities: true, SupportedLoginProviders: { 'graph.facebook.com': '1' } } };

/** The records of the pool, as a persistence hands them over: parsed from JSON. */
function records(n: number): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [[keys.pool(DEFAULTS.account, POOL), poolRecord]];
  for (let i = 0; i < n; i += 1) {
    const id = `us-east-1:${crypto.randomUUID()}`;
    const user = `fb-user-${i}`;
    out.push([keys.identity(id), { a: DEFAULTS.account, p: POOL, n: i + 2, c: 1_795_000_000 + i, m: 1_795_000_000 + i, l: [['graph.facebook.com', user]] } satisfies IdentityRecord]);
    out.push([keys.login(POOL, 'graph.facebook.com', user), id]);
  }
  return JSON.parse(JSON.stringify(out));
}

function persistenceOf(held: { records?: Array<[string, unknown]> }): Persistence {
  return { load: async () => { const r = held.records ?? []; delete held.records; return r; }, commit: async () => {}, close: async () => {} };
}

/** Heap growth per identity while `fill` runs, against an emulator holding only the pool. */
async function bytesPerIdentity(fill: (emulator: Awaited<ReturnType<typeof startEmulator>>) => Promise<void>): Promise<number> {
  const emulator = await startEmulator({ port: 0, persistence: persistenceOf({ records: records(0) }) });
  gc();
  const before = process.memoryUsage().heapUsed;
  await fill(emulator);
  gc();
  const bytes = (process.memoryUsage().heapUsed - before) / count;
  await emulator.close();
  return bytes;
}

const loadedBytes = await bytesPerIdentity(async (emulator) => { emulator.store.apply(records(count).slice(1)); });
const createdBytes = await bytesPerIdentity(async (emulator) => {
  for (let i = 0; i < count; i += 1) {
    await emulator.store.run((tx) => {
      const ctx: Context = { tx, account: DEFAULTS.account, region: undefined, now: Date.now() / 1000, tokens: {} as TokenIssuer, verified: new Map(), tokenChecks: new Map() };
      return getId(ctx, JSON.parse(`{"IdentityPoolId":"${POOL}","Logins":{"graph.facebook.com":"fb-user-${i}"}}`));
    });
  }
});

const state = records(count);
const t = performance.now();
const emulator = await startEmulator({ port: 0, persistence: persistenceOf({ records: state }) });
const startMs = performance.now() - t;

const body = JSON.stringify({ IdentityPoolId: POOL, MaxResults: 60, NextToken: encodePageToken(`identities/${POOL}`, Math.floor(count / 2)) });
const headers = { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.ListIdentities', Authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20261123/us-east-1/cognito-identity/aws4_request, SignedHeaders=host, Signature=0' };
const call = async () => {
  const page = await (await fetch(`${emulator.url}/`, { method: 'POST', headers, body })).json() as { Identities: unknown[] };
  if (page.Identities.length !== 60) throw new Error(`page of ${page.Identities.length}`);
};
for (let i = 0; i < 200; i += 1) await call();
const t0 = performance.now();
for (let i = 0; i < 1000; i += 1) await call();
const httpPageMs = (performance.now() - t0) / 1000;

const list = () => emulator.store.identities(POOL).page(Math.floor(count / 2), 60);
for (let i = 0; i < 1000; i += 1) list();
const t1 = performance.now();
for (let i = 0; i < 20_000; i += 1) list();
const indexPageUs = ((performance.now() - t1) / 20_000) * 1000;
await emulator.close();

// Start-up from a --state directory holding that state: LevelDB read, records and indexes, the server.
const dir = mkdtempSync(join(tmpdir(), 'emulator-scale-'));
const durable = await openPersistence(join(dir, 'state'));
const all = records(count);
for (let i = 0; i < all.length; i += 10_000) await durable.commit(all.slice(i, i + 10_000));
await durable.close();
const t2 = performance.now();
const fromDisk = await startEmulator({ port: 0, stateDir: join(dir, 'state') });
const stateStartMs = performance.now() - t2;
if (fromDisk.store.identities(POOL).size !== count) throw new Error('state not loaded');
await fromDisk.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ count, loadedBytes, createdBytes, startMs, stateStartMs, httpPageMs, indexPageUs }));

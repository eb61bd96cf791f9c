/** The emulator's persistence: durable, atomic, ordered batches in LevelDB; clear errors; survives SIGKILL. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FORMAT, memoryPersistence, openPersistence, type Persistence } from '../../src/emulator/persistence.ts';
import { ROOT, repoPath } from '../../../../test/support/paths.ts';

const dirs: string[] = [];
const opened: Persistence[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cognito-persistence-'));
  dirs.push(dir);
  return dir;
}

async function open(dir: string) {
  const store = await openPersistence(dir);
  opened.push(store);
  return store;
}

async function reopen(store: Persistence, dir: string) {
  await store.close();
  return open(dir);
}

/** Starts the crash child; resolves once it has opened the store. `lines` collects what it printed. */
function startChild(dir: string, run: string, mode?: 'hold'): { child: ChildProcess; ready: Promise<void>; lines: () => string[] } {
  const args = ['--conditions=@cognito-identity-openapi/source', '--import', 'tsx', repoPath('test/support/persistence-crash-child.ts'), dir, run, ...(mode ? [mode] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.startsWith('ready\n')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => { err += chunk.toString('utf8'); });
    child.once('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before it was ready:\n${err}`)));
  });
  // Only whole lines count: a number cut short by the kill was not printed.
  const lines = () => out.split('\n').slice(1, -1);
  return { child, ready, lines };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('memoryPersistence', () => {
  it('keeps nothing between runs', async () => {
    const store = memoryPersistence();
    await store.commit([['pool/123456789012/us-east-1/us-east-1:a', { name: 'a' }]]);
    expect(await store.load()).toEqual([]);
    await store.close();
  });
});

describe('openPersistence', () => {
  it('round-trips records in ascending key order, across a reopen', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const pool = { IdentityPoolName: 'Photo Share', AllowUnauthenticatedIdentities: true, SupportedLoginProviders: { 'graph.facebook.com': '123' }, CreationDate: 1763812345 };
    await store.commit([['pool/123456789012/us-east-1/us-east-1:b', pool]]);
    await store.commit([['identity/us-east-1:z', { Logins: ['graph.facebook.com'], émoji: '🔑' }], ['login/us-east-1:b/graph.facebook.com/u1', 'us-east-1:z']]);
    const again = await reopen(store, dir);
    expect(await again.load()).toEqual([
      ['identity/us-east-1:z', { Logins: ['graph.facebook.com'], émoji: '🔑' }],
      ['login/us-east-1:b/graph.facebook.com/u1', 'us-east-1:z'],
      ['pool/123456789012/us-east-1/us-east-1:b', pool],
    ]);
  });

  it('deletes a key whose value is undefined, and ignores deleting a missing key', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.commit([['identity/1', { n: 1 }], ['identity/2', { n: 2 }]]);
    await store.commit([['identity/1', undefined], ['identity/never', undefined]]);
    expect(await (await reopen(store, dir)).load()).toEqual([['identity/2', { n: 2 }]]);
  });

  it('applies the changes of a batch in order, and the later of concurrent commits wins', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.commit([['k', { v: 1 }], ['k', { v: 2 }], ['gone', { v: 0 }], ['gone', undefined]]);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.commit([['race', { v: i }]])));
    expect(await (await reopen(store, dir)).load()).toEqual([['k', { v: 2 }], ['race', { v: 49 }]]);
  });

  it('carries concurrent commits in fewer synced writes, every commit present', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.commit([[`identity/${String(i).padStart(3, '0')}`, { i }]])));
    expect(store.writes).toBeLessThan(200);
    const all = await (await reopen(store, dir)).load();
    expect(all.map(([key]) => key)).toEqual(Array.from({ length: 200 }, (_, i) => `identity/${String(i).padStart(3, '0')}`));
  });

  it('stores the value as it was when commit was called', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const record = { name: 'before' };
    const done = store.commit([['pool/x', record]]);
    record.name = 'after';
    await done;
    expect(await (await reopen(store, dir)).load()).toEqual([['pool/x', { name: 'before' }]]);
  });

  it('refuses a batch with a value that is not JSON or an empty key, and stores none of it', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await expect(store.commit([['ok', 1], ['fn', () => 1]])).rejects.toThrow('The value of record fn is not JSON-serialisable (function).');
    await expect(store.commit([['ok', 1], ['big', 10n]])).rejects.toThrow(/BigInt/);
    await expect(store.commit([['ok', 1], ['', 2]])).rejects.toThrow('A record key must be a non-empty string; got "".');
    expect(await store.load()).toEqual([]);
  });

  it('close waits for commits in flight; later commits are refused', async () => {
    const dir = tempDir();
    const store = await openPersistence(dir);
    const pending = Array.from({ length: 20 }, (_, i) => store.commit([[`k${i}`, i]]));
    await store.close();
    await Promise.all(pending);
    await expect(store.commit([['late', 1]])).rejects.toThrow(`The store in ${dir} is closed.`);
    await store.close();
    expect(await (await open(dir)).load()).toHaveLength(20);
  });
});

describe('openPersistence: unusable directories', () => {
  it('creates a missing directory, parents included', async () => {
    const dir = join(tempDir(), 'a', 'b', 'state');
    const store = await open(dir);
    await store.commit([['k', 1]]);
    expect(await (await reopen(store, dir)).load()).toEqual([['k', 1]]);
  });

  it('refuses a path that is a file, or lies under a file', async () => {
    const file = join(tempDir(), 'state.json');
    writeFileSync(file, '{}');
    await expect(openPersistence(file)).rejects.toThrow(`The state path ${file} is a file, not a directory`);
    await expect(openPersistence(join(file, 'sub'))).rejects.toThrow(`Cannot use the state directory ${join(file, 'sub')}: ENOTDIR`);
  });

  it('refuses a directory that holds other files, and leaves it alone', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await expect(openPersistence(dir)).rejects.toThrow(`The state directory ${dir} holds files that are not an emulator store (notes.txt)`);
  });

  it('refuses a store of another format version', async () => {
    const dir = tempDir();
    await (await openPersistence(dir)).close();
    const db = new ClassicLevel<string, string>(dir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    await db.sublevel<string, string>(STORE_FORMAT.metaSublevel, { valueEncoding: 'utf8' }).put(STORE_FORMAT.formatKey, JSON.stringify({ name: STORE_FORMAT.name, version: 2 }));
    await db.close();
    await expect(openPersistence(dir)).rejects.toThrow(`has format ${STORE_FORMAT.name} version 2; this emulator reads ${STORE_FORMAT.name} version 1`);
  });

  it('refuses a LevelDB store that this emulator did not write', async () => {
    const dir = tempDir();
    const db = new ClassicLevel<string, string>(dir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    await db.sublevel<string, string>(STORE_FORMAT.recordsSublevel, { valueEncoding: 'utf8' }).put('k', '1');
    await db.close();
    await expect(openPersistence(dir)).rejects.toThrow(`The store in ${dir} has records but no format record`);
  });

  it('refuses a store open in this process', async () => {
    const dir = tempDir();
    await open(dir);
    await expect(openPersistence(dir)).rejects.toThrow(`The state directory ${dir} is in use by another process`);
  });

  it('refuses a store held by another live process, and opens it at once after that process is killed', async () => {
    const dir = tempDir();
    const holder = startChild(dir, 'hold', 'hold');
    await holder.ready;
    await expect(openPersistence(dir)).rejects.toThrow(`The state directory ${dir} is in use by another process (it holds ${dir}/LOCK)`);
    await kill(holder.child);
    const store = await open(dir);
    expect(await store.load()).toEqual([]);
  });
});

describe('openPersistence: crash safety', () => {
  it('keeps every answered commit and never a half batch, across SIGKILLs at random points', async () => {
    const dir = tempDir();
    const answered = new Map<string, number[]>();
    for (let round = 0; round < 5; round += 1) {
      const run = `r${round}`;
      const { child, ready, lines } = startChild(dir, run);
      await ready; // it opened cleanly after the previous kill
      await sleep(150 + Math.random() * 400);
      await kill(child);
      answered.set(run, lines().map(Number));
      expect(answered.get(run)?.length, `round ${round} answered no commit before the kill`).toBeGreaterThan(0);
    }
    const records = new Map(await (await open(dir)).load());
    for (const [run, numbers] of answered) {
      for (const n of numbers) {
        expect(records.get(`a/${run}/${n}`), `a/${run}/${n}`).toMatchObject({ run, n, filler: expect.stringMatching(/^x{100,}$/) });
        expect(records.get(`b/${run}/${n}`), `b/${run}/${n}`).toEqual({ n });
      }
      // The delete in commit n+1000 is as durable as its puts.
      const answeredHere = new Set(numbers);
      for (const n of numbers) if (answeredHere.has(n + 1000)) expect(records.has(`c/${run}/${n}`), `c/${run}/${n}`).toBe(false);
    }
    // Whole batches only, answered or not: every a/ has its b/ and c/ siblings (unless c/ was deleted since).
    for (const key of records.keys()) {
      const [kind, run, n] = key.split('/');
      if (kind === 'a') expect(records.has(`b/${run}/${n}`), `b/ sibling of ${key}`).toBe(true);
      if (kind === 'b') expect(records.has(`a/${run}/${n}`), `a/ sibling of ${key}`).toBe(true);
    }
  }, 30_000);
});

/**
 * A commit that fails on disk: the caller is told InternalErrorException, and memory, disk and every later
 * read agree with that answer, before and after a restart. The fault is injected in the write under the
 * group commit (the real LevelDB store is behind it), so failures spread to the commits queued behind one
 * as they do in use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/emulator/group-commit.ts';
import { openPersistence, type Change, type Persistence } from '../../src/emulator/persistence.ts';
import { startEmulator, type Emulator } from '../../src/emulator/server.ts';
import { clientFor, errorOf } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cognito-store-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Fault switches: while `failing`, a write waits for `held` (so later calls queue behind it), then fails. */
interface Faults {
  failing: boolean;
  held: Promise<void>;
  writing?: () => void;
}

/** The LevelDB store in `dir` behind a group commit whose writes fail while `faults.failing` is set. */
async function faultyPersistence(faults: Faults): Promise<Persistence> {
  const real = await openPersistence(join(dir, 'state'));
  const group = createGroupCommit<Change>(async (changes) => {
    if (faults.failing) {
      faults.writing?.();
      await faults.held;
      throw new Error('EIO: i/o error, injected');
    }
    await real.commit(changes);
  });
  return { load: () => real.load(), commit: (changes) => group.submit(changes), close: async () => { await group.drain(); await real.close(); } };
}

/** Counts the calls the emulator's store has run from now on; `reach(n)` resolves once n have. */
function countHandledCalls(emulator: Emulator): { reach(n: number): Promise<void> } {
  const store = emulator.store;
  const run = store.run.bind(store);
  let count = 0;
  const waiting: Array<[number, () => void]> = [];
  store.run = ((...args: Parameters<typeof run>) => {
    count += 1;
    for (const [n, resolve] of waiting) if (count >= n) resolve();
    return run(...args);
  }) as typeof store.run;
  return { reach: (n) => new Promise<void>((resolve) => { if (count >= n) resolve(); else waiting.push([n, resolve]); }) };
}

/** What a caller can read: every pool with its configuration and identities, and a state export. */
async function reads(emulator: Emulator) {
  const client = clientFor(emulator.url);
  const { IdentityPools } = await client.listIdentityPools({ MaxResults: 60 });
  const pools = await Promise.all((IdentityPools ?? []).map(async ({ IdentityPoolId = '' }) => ({
    ...(await client.describeIdentityPool({ IdentityPoolId })),
    identities: ((await client.listIdentities({ IdentityPoolId, MaxResults: 60 })).Identities ?? []).map((i) => i.IdentityId).sort(),
  })));
  const state = await (await fetch(`${emulator.url}/_emulator/state`)).json() as { records: unknown[] };
  return { pools, records: state.records };
}

describe('a commit that fails on disk', () => {
  it('is answered InternalErrorException, undone in memory with everything built on it, and absent after a restart', async () => {
    const faults: Faults = { failing: false, held: Promise.resolve() };
    let emulator = await startEmulator({ port: 0, persistence: await faultyPersistence(faults) });
    const client = clientFor(emulator.url);
    const pool = await client.createIdentityPool({ IdentityPoolName: 'kept', AllowUnauthenticatedIdentities: true, IdentityPoolTags: { team: 'a' } });
    const { IdentityId: kept } = await client.getId({ IdentityPoolId: pool.IdentityPoolId });
    const before = await reads(emulator);

    // A burst while the disk fails: writes, writes that build on them, a refusal, and a read sent once the
    // first failing write is under way (so it sees the changes still in memory).
    faults.failing = true;
    let release = () => {};
    faults.held = new Promise((resolve) => { release = resolve; });
    const writing = new Promise<void>((resolve) => { faults.writing = resolve; });
    const handled = countHandledCalls(emulator);
    const writes = [
      errorOf(client.createIdentityPool({ IdentityPoolName: 'lost', AllowUnauthenticatedIdentities: true })),
      errorOf(client.tagResource({ ResourceArn: `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${pool.IdentityPoolId}`, Tags: { lost: 'yes' } })),
      errorOf(client.getId({ IdentityPoolId: pool.IdentityPoolId })),
      errorOf(client.deleteIdentities({ IdentityIdsToDelete: [kept as string] })),
      errorOf(client.updateIdentityPool({ ...pool, IdentityPoolName: 'renamed', IdentityPoolId: pool.IdentityPoolId as string })),
    ];
    await writing;
    const read = errorOf(client.listIdentityPools({ MaxResults: 60 }));
    // Every call of the burst has run against memory (and queued behind the held write) before the disk fails.
    await handled.reach(writes.length + 1);
    release();
    const burst = await Promise.all([...writes, read]);
    for (const answer of burst) expect(answer).toMatchObject({ type: 'InternalErrorException', message: expect.stringContaining('EIO: i/o error, injected') });
    // Every later read agrees with those answers: nothing of the burst is there.
    expect(await reads(emulator)).toEqual(before);

    // The disk mends: later writes are kept, next to what was kept before.
    faults.failing = false;
    const second = await client.createIdentityPool({ IdentityPoolName: 'after', AllowUnauthenticatedIdentities: false });
    await client.tagResource({ ResourceArn: `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${pool.IdentityPoolId}`, Tags: { mended: 'yes' } });
    const after = await reads(emulator);
    expect(after.pools.map((p) => [p.IdentityPoolName, p.IdentityPoolTags, p.identities])).toEqual([
      ['kept', { team: 'a', mended: 'yes' }, [kept]],
      ['after', {}, []],
    ]);
    expect(after.pools[1]?.IdentityPoolId).toBe(second.IdentityPoolId);

    // After a restart on the same directory, the disk says the same.
    await emulator.close();
    emulator = await startEmulator({ port: 0, stateDir: join(dir, 'state') });
    try {
      expect(await reads(emulator)).toEqual(after);
    } finally {
      await emulator.close();
    }
  });
});

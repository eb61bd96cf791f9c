/**
 * Deleting a pool of many identities in slices: its identities are gone for callers at once, other callers
 * are served between the slices without waiting for their commits, the answer comes once nothing of the
 * pool is left, a stop halfway is finished at the next start, and a slice's size follows the time it took.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/emulator/context.ts';
import { DELETE_SLICE, nextSliceSize } from '../../src/emulator/pool-deletion.ts';
import type { Persistence } from '../../src/emulator/persistence.ts';
import { startEmulator } from '../../src/emulator/server.ts';
import { keys, type IdentityRecord, type PoolRecord } from '../../src/emulator/store.ts';
import { clientFor, errorOf } from './helpers.ts';

const BIG = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const SMALL = 'us-east-1:1a2b3c4d-0000-4000-8000-000000000001';
const COUNT = DELETE_SLICE.max * 2 + 7;

/** The records of the big pool (COUNT identities, a login each) and the small one. */
function records(withBigPool = true): Array<[string, unknown]> {
  const pool = (id: string, n: number): PoolRecord => ({ a: DEFAULTS.account, n, config: { IdentityPoolId: id, IdentityPoolName: `p${n}`, AllowUnauthenticatedIdentities: true, SupportedLoginProviders: { 'graph.facebook.com': '1' } } });
  const out: Array<[string, unknown]> = [[keys.pool(DEFAULTS.account, SMALL), pool(SMALL, 1)]];
  if (withBigPool) out.push([keys.pool(DEFAULTS.account, BIG), pool(BIG, 2)]);
  for (let i = 0; i < COUNT; i += 1) {
    const id = `us-east-1:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    out.push([keys.identity(id), { a: DEFAULTS.account, p: BIG, n: i + 3, c: 1, m: 1, l: [['graph.facebook.com', `u${i}`]] } satisfies IdentityRecord]);
    out.push([keys.login(BIG, 'graph.facebook.com', `u${i}`), id]);
  }
  return out;
}

/** A persistence that hands over `held` at start, records the keys of every commit, and holds those `hold` picks until `release`. */
function persistenceOf(held: Array<[string, unknown]>, commits: string[][], hold?: { pick: (keys: string[]) => boolean; release: Promise<void> }): Persistence {
  return {
    load: async () => held,
    commit: async (changes) => {
      const keys = changes.map(([key]) => key);
      commits.push(keys);
      if (hold?.pick(keys)) await hold.release;
    },
    close: async () => {},
  };
}

const leftOf = (entries: Array<[string, unknown]>) => entries.filter(([key, value]) => key.includes(BIG) || (value as { p?: string })?.p === BIG);

describe('DeleteIdentityPool of a big pool', () => {
  it('hides the identities at once, serves others while a slice is being written, and answers once nothing is left', async () => {
    const commits: string[][] = [];
    let release = () => {};
    // The first slice's commit is held until the other callers are answered: they must not wait for it.
    const hold = { pick: (keys: string[]) => keys.some((key) => key.startsWith('identity/')), release: new Promise<void>((resolve) => { release = resolve; }) };
    const emulator = await startEmulator({ port: 0, persistence: persistenceOf(records(), commits, hold) });
    try {
      const client = clientFor(emulator.url);
      const before = commits.length;
      const deleting = client.deleteIdentityPool({ IdentityPoolId: BIG });
      while (!commits.slice(before).some(hold.pick)) await new Promise((resolve) => setImmediate(resolve));
      hold.pick = () => false;
      const [described, ...created] = await Promise.all([
        errorOf(client.describeIdentity({ IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000005' })),
        ...Array.from({ length: 5 }, (_, i) => client.createIdentityPool({ IdentityPoolName: `meanwhile${i}`, AllowUnauthenticatedIdentities: false })),
      ]);
      expect(described).toMatchObject({ type: 'ResourceNotFoundException' });
      expect(created.map((pool) => pool.IdentityPoolName)).toEqual(['meanwhile0', 'meanwhile1', 'meanwhile2', 'meanwhile3', 'meanwhile4']);
      release();
      await deleting;
      const mine = commits.slice(before);
      const slices = mine.filter((keys) => keys.some((key) => key.startsWith('identity/')));
      // Every identity and login of the pool is deleted in exactly one slice, and no slice is over the bound.
      const deleted = slices.flat();
      expect(deleted).toHaveLength(COUNT * 2);
      expect(new Set(deleted).size).toBe(COUNT * 2);
      expect(slices.length).toBeGreaterThanOrEqual(Math.ceil(COUNT / DELETE_SLICE.max));
      expect(Math.max(...slices.map((keys) => keys.length))).toBeLessThanOrEqual(DELETE_SLICE.max * 2);
      // The pool and its marker first, the marker's removal last.
      expect(mine[0]).toEqual(expect.arrayContaining([keys.pool(DEFAULTS.account, BIG), `meta/deleting/${BIG}`]));
      expect(mine.at(-1)).toEqual([`meta/deleting/${BIG}`]);
      expect(leftOf(emulator.store.entries())).toEqual([]);
      expect(emulator.store.keysStartingWith('meta/deleting/')).toEqual([]);
    } finally {
      release();
      await emulator.close();
    }
  });

  it('undoes a slice whose commit fails, keeps the marker, and answers InternalErrorException', async () => {
    const held = records();
    const failing: Persistence = {
      load: async () => held,
      commit: async (changes) => { if (changes.some(([key]) => key.startsWith('identity/'))) throw new Error('EIO: i/o error, injected'); },
      close: async () => {},
    };
    const emulator = await startEmulator({ port: 0, persistence: failing });
    try {
      expect(await errorOf(clientFor(emulator.url).deleteIdentityPool({ IdentityPoolId: BIG }))).toMatchObject({ type: 'InternalErrorException' });
      // Memory holds what the disk holds: the pool gone with its marker, every identity and login still there.
      const identitiesAndLogins = (entries: Array<[string, unknown]>) => leftOf(entries).map(([key]) => key).filter((key) => !key.startsWith('pool/') && !key.startsWith('meta/')).sort();
      expect(identitiesAndLogins(emulator.store.entries())).toEqual(identitiesAndLogins(held));
      expect(identitiesAndLogins(held)).toHaveLength(COUNT * 2);
      expect(emulator.store.keysStartingWith('meta/deleting/')).toEqual([`meta/deleting/${BIG}`]);
      expect(emulator.store.identities(BIG).size).toBe(COUNT);
    } finally {
      await emulator.close();
    }
  });

  it('is finished at the next start when a stop cut it short', async () => {
    // What a stop after the pool's own commit leaves: no pool, its marker, its identities and logins.
    const held: Array<[string, unknown]> = [...records(false), [keys.meta(`deleting/${BIG}`), { p: BIG }]];
    const emulator = await startEmulator({ port: 0, persistence: persistenceOf(held, []) });
    expect(await errorOf(clientFor(emulator.url).describeIdentity({ IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000005' }))).toMatchObject({ type: 'ResourceNotFoundException' });
    await emulator.close();
    expect(leftOf(emulator.store.entries())).toEqual([]);
    expect(emulator.store.entries().map(([key]) => key)).toEqual([keys.meta('signing-key'), keys.meta('test-provider-key'), keys.pool(DEFAULTS.account, SMALL)]);
  });

  it.each([
    { what: 'a quick slice doubles, no more', size: 200, took: 0.1, want: 400 },
    { what: 'a slice on target keeps its size', size: 400, took: DELETE_SLICE.targetMs, want: 400 },
    { what: 'a slow slice shrinks in proportion', size: 400, took: DELETE_SLICE.targetMs * 4, want: 100 },
    { what: 'never below the least size', size: 100, took: 1000, want: DELETE_SLICE.min },
    { what: 'never above the most', size: DELETE_SLICE.max, took: 0, want: DELETE_SLICE.max },
  ])('sizes the next slice by the time the last took: $what', ({ size, took, want }) => {
    expect(nextSliceSize(size, took)).toBe(want);
  });
});

/**
 * Deleting a pool of many identities in slices: its identities are gone for callers at once, other callers
 * are served between the slices, the answer comes once nothing of the pool is left, and a stop halfway is
 * finished at the next start.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/emulator/context.ts';
import { DELETE_SLICE } from '../../src/emulator/pool-deletion.ts';
import type { Persistence } from '../../src/emulator/persistence.ts';
import { startEmulator } from '../../src/emulator/server.ts';
import { keys, type IdentityRecord, type PoolRecord } from '../../src/emulator/store.ts';
import { clientFor, errorOf } from './helpers.ts';

const BIG = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const SMALL = 'us-east-1:1a2b3c4d-0000-4000-8000-000000000001';
const COUNT = DELETE_SLICE * 20 + 7;

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

/** A persistence that hands over `held` at start and records the keys of every commit. */
function persistenceOf(held: Array<[string, unknown]>, commits: string[][]): Persistence {
  return { load: async () => held, commit: async (changes) => { commits.push(changes.map(([key]) => key)); }, close: async () => {} };
}

const leftOf = (entries: Array<[string, unknown]>) => entries.filter(([key, value]) => key.includes(BIG) || (value as { p?: string })?.p === BIG);

describe('DeleteIdentityPool of a big pool', () => {
  it('hides the identities at once, serves others between slices, and answers once nothing is left', async () => {
    const commits: string[][] = [];
    const emulator = await startEmulator({ port: 0, persistence: persistenceOf(records(), commits) });
    try {
      const client = clientFor(emulator.url);
      const before = commits.length;
      const deleting = client.deleteIdentityPool({ IdentityPoolId: BIG });
      while (commits.length === before) await new Promise((resolve) => setImmediate(resolve));
      // Other callers, meanwhile: their pools are created between the slices; the big pool's identities are not found.
      const [described, ...created] = await Promise.all([
        errorOf(client.describeIdentity({ IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000005' })),
        ...Array.from({ length: 5 }, (_, i) => client.createIdentityPool({ IdentityPoolName: `meanwhile${i}`, AllowUnauthenticatedIdentities: false })),
      ]);
      await deleting;
      expect(described).toMatchObject({ type: 'ResourceNotFoundException' });
      const mine = commits.slice(before);
      const markerGone = mine.findIndex((keys) => keys.includes(`meta/deleting/${BIG}`) && keys.length === 1);
      const others = mine.map((keys, at) => (keys.some((key) => key.startsWith('pool/') && !key.endsWith(BIG)) ? at : -1)).filter((at) => at >= 0);
      // One commit for the pool, one per slice, one for the marker, and the others' commits among them.
      expect(mine).toHaveLength(1 + Math.ceil(COUNT / DELETE_SLICE) + 1 + created.length);
      expect(others.some((at) => at < markerGone)).toBe(true);
      expect(leftOf(emulator.store.entries())).toEqual([]);
      expect(emulator.store.keysStartingWith('meta/deleting/')).toEqual([]);
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
});

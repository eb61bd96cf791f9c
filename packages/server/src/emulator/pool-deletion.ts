/**
 * DeleteIdentityPool: the pool goes with its identities, logins, roles, tags and principal-tag maps. A pool
 * of many identities is removed in slices: the first transaction deletes the pool (from then on none of its
 * identities can be found) and leaves a marker, `meta/deleting/<poolId>`; each slice after it removes the
 * oldest identities left in a commit of its own, sized to hold the main thread a few milliseconds, so other
 * callers are served in between and do not wait for those commits; the last removes the marker. The caller
 * is answered once every slice is durable. A restart finds the marker and finishes.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { deleteIdentityRecords } from './identities.ts';
import type { OrderedIds } from './ordered-ids.ts';
import { findPool } from './pool-records.ts';
import { keys, type Store } from './store.ts';

/**
 * Slices of a big pool's deletion: the first's size (a pool no bigger goes in one transaction), the bounds of
 * any slice's, and the main-thread time a slice aims at (ms), the longest another caller should wait for it.
 * Each slice's size follows from how long the last one held the main thread, whatever the machine's speed
 * or load (bench/emulator-delete.ts measures the other caller's waits).
 */
export const DELETE_SLICE = { first: 200, min: 20, max: 2000, targetMs: 5 } as const;

const MARKER_PREFIX = keys.meta('deleting/');

/** DeleteIdentityPool. */
export function deleteIdentityPool(ctx: Context, input: Input<'DeleteIdentityPool'>): Output<'DeleteIdentityPool'> | Promise<Output<'DeleteIdentityPool'>> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const poolId = pool.config.IdentityPoolId;
  ctx.tx.delete(keys.pool(pool.a, poolId));
  const identities = ctx.tx.store.identities(poolId);
  if (identities.size <= DELETE_SLICE.first) {
    for (const identityId of identities.all()) deleteIdentityRecords(ctx.tx, identityId);
    return {};
  }
  ctx.tx.set(`${MARKER_PREFIX}${poolId}`, { p: poolId });
  const removed = removeIdentities(ctx.tx.store, poolId).then(() => ({}));
  // If this transaction's own commit fails, its caller is answered that error and this promise is dropped:
  // the slices queued behind that commit fail with it, and are undone with it in memory.
  removed.catch(() => {});
  return removed;
}

/** The size of the next slice: the last one's, scaled to the target time, at most doubled, within the bounds. */
export function nextSliceSize(size: number, tookMs: number): number {
  const scaled = Math.floor((size * DELETE_SLICE.targetMs) / Math.max(tookMs, 0.01));
  return Math.max(DELETE_SLICE.min, Math.min(scaled, size * 2, DELETE_SLICE.max));
}

/**
 * The keys of the records of up to `count` of the oldest identities of `list` created after position
 * `after` (each identity's and its logins'), the position of the last of them, and whether any remain after it.
 */
export function sliceKeys(store: Pick<Store, 'get'>, list: OrderedIds, after: number, count: number): { doomed: string[]; last: number; more: boolean } {
  const { items, more } = list.page(after, count);
  const doomed: string[] = [];
  // The records an identity's deletion would remove, read from the store as they are.
  const collect = { get: <T>(key: string) => store.get(key) as T | undefined, delete: (key: string) => { doomed.push(key); } };
  for (const [, identityId] of items) deleteIdentityRecords(collect, identityId);
  return { doomed, last: items.at(-1)?.[0] ?? after, more };
}

/** Removes the identities of a deleted pool, a slice per commit, then its marker. */
async function removeIdentities(store: Store, poolId: string): Promise<void> {
  // Called from inside the pool's own transaction: the slices start once it is in memory and queued.
  await Promise.resolve();
  let after = 0;
  let size: number = DELETE_SLICE.first;
  for (let more = true; more;) {
    const started = performance.now();
    const slice = sliceKeys(store, store.identities(poolId), after, size);
    // No caller can reach these records any more: nobody waits for this commit but the deletion's answer.
    const committed = slice.doomed.length > 0 ? store.removeUnseen(slice.doomed) : undefined;
    // What the slice held the main thread for: reading its records, removing them and encoding the commit.
    size = nextSliceSize(size, performance.now() - started);
    await committed;
    ({ last: after, more } = slice);
    // A commit in memory resolves without I/O: yield, so requests that arrived meanwhile are served.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await store.run((tx) => tx.delete(`${MARKER_PREFIX}${poolId}`));
}

/** Finishes the deletions a stopped emulator left under way (resolves once they are durable). */
export async function resumePoolDeletions(store: Store): Promise<void> {
  for (const key of store.keysStartingWith(MARKER_PREFIX)) await removeIdentities(store, key.slice(MARKER_PREFIX.length));
}

/**
 * DeleteIdentityPool: the pool goes with its identities, logins, roles, tags and principal-tag maps. A pool
 * of many identities is removed in slices: the first transaction deletes the pool (from then on none of its
 * identities can be found) and leaves a marker, `meta/deleting/<poolId>`; each slice after it removes a few
 * hundred identities in a commit of its own, so other callers are served in between and do not wait for
 * those commits; the last removes the marker. The caller is answered once every slice is durable. A
 * restart finds the marker and finishes.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { deleteIdentityRecords } from './identities.ts';
import { findPool } from './pool-records.ts';
import { keys, type Store } from './store.ts';

/** Identities removed per transaction: about 1 ms of work each on a quiet machine (bench/emulator-delete.ts measures the waits). */
export const DELETE_SLICE = 200;

const MARKER_PREFIX = keys.meta('deleting/');

/** DeleteIdentityPool. */
export function deleteIdentityPool(ctx: Context, input: Input<'DeleteIdentityPool'>): Output<'DeleteIdentityPool'> | Promise<Output<'DeleteIdentityPool'>> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const poolId = pool.config.IdentityPoolId;
  ctx.tx.delete(keys.pool(pool.a, poolId));
  const identities = ctx.tx.store.identities(poolId).all();
  if (identities.length <= DELETE_SLICE) {
    for (const identityId of identities) deleteIdentityRecords(ctx.tx, identityId);
    return {};
  }
  ctx.tx.set(`${MARKER_PREFIX}${poolId}`, { p: poolId });
  return removeIdentities(ctx.tx.store, poolId, [...identities]).then(() => ({}));
}

/** Removes the identities of a deleted pool, a slice per commit, then its marker. */
async function removeIdentities(store: Store, poolId: string, identities: readonly string[]): Promise<void> {
  // Called from inside the pool's own transaction: the slices start once it is in memory and queued.
  await Promise.resolve();
  for (let at = 0; at < identities.length; at += DELETE_SLICE) {
    const slice = identities.slice(at, at + DELETE_SLICE);
    // No caller can reach these records any more: nobody waits for this commit but the deletion's answer.
    await store.run((tx) => { for (const identityId of slice) deleteIdentityRecords(tx, identityId); }, { unseen: true });
    // A commit in memory resolves without I/O: yield, so requests that arrived meanwhile are served.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await store.run((tx) => tx.delete(`${MARKER_PREFIX}${poolId}`));
}

/** Finishes the deletions a stopped emulator left under way (resolves once they are durable). */
export async function resumePoolDeletions(store: Store): Promise<void> {
  for (const key of store.keysStartingWith(MARKER_PREFIX)) {
    const poolId = key.slice(MARKER_PREFIX.length);
    await removeIdentities(store, poolId, [...store.identities(poolId).all()]);
  }
}

/**
 * Finding and saving a pool's record: the one place every concept module (identities, roles, tags, ...) reads
 * a pool from, so none of them imports `pools.ts`, the operations on pools.
 */
import type { Context } from './context.ts';
import { poolNotFound } from './errors.ts';
import { keys, type PoolRecord } from './store.ts';

/** A pool the caller may see: signed calls by their account and region, public calls by the id alone. */
export function findPool(ctx: Context, poolId: string): PoolRecord {
  const region = poolId.slice(0, poolId.indexOf(':'));
  const account = ctx.region === undefined ? ctx.tx.store.accountOfPool(poolId) : ctx.account;
  if (account === undefined || (ctx.region !== undefined && region !== ctx.region)) return poolNotFound(poolId);
  return ctx.tx.get<PoolRecord>(keys.pool(account, poolId)) ?? poolNotFound(poolId);
}

/** Writes a pool record back. */
export function savePool(ctx: Context, pool: PoolRecord): void {
  ctx.tx.set(keys.pool(pool.a, pool.config.IdentityPoolId), pool);
}

/**
 * Identity pools: create, describe, update, delete, list. The configuration is stored whole, tags included
 * (one tag store for the tag operations and `IdentityPoolTags`). Finding a pool, and the providers it accepts,
 * are in pool-records.ts, which every other module uses without reaching this one.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { fail, invalidParameter } from './errors.ts';
import { decodePageToken, encodePageToken } from './pagination.ts';
import { findPool, savePool } from './pool-records.ts';
import { providersOf } from './providers.ts';
import { checkTags } from './tags.ts';
import { keys, newId, type PoolConfig, type PoolRecord } from './store.ts';

/** Pools per account and region (AWS's default quota is 1,000 per account; choice: counted per region). */
export const MAX_POOLS = 1000;

/**
 * The pool as Describe answers it: every member stored, absent ones left out (AllowClassicFlow too, when it
 * was never set: the AWS CLI's create-identity-pool example answers without it), tags always.
 */
export function describe(config: PoolConfig): Output<'DescribeIdentityPool'> {
  let answer = described.get(config);
  if (answer === undefined) {
    answer = Object.freeze({ ...config, IdentityPoolTags: config.IdentityPoolTags ?? {} });
    described.set(config, answer);
  }
  return answer;
}

/**
 * Each stored configuration's answer, made once and frozen: records are never changed in place (a change
 * stores a new one), so the answer holds as long as its record, and the front serialises a frozen answer once.
 */
const described = new WeakMap<PoolConfig, Output<'DescribeIdentityPool'>>();

function checkConfig(config: PoolConfig): void {
  if (config.IdentityPoolTags) checkTags(config.IdentityPoolTags);
  const userPools = (config.CognitoIdentityProviders ?? []).map((p) => `${p.ProviderName ?? ''}:${p.ClientId ?? ''}`);
  if (new Set(userPools).size !== userPools.length) invalidParameter('CognitoIdentityProviders lists one provider and client twice.');
  const developer = config.DeveloperProviderName;
  if (developer !== undefined && providersOf(config).includes(developer)) {
    invalidParameter(`DeveloperProviderName '${developer}' is also a login provider of the pool.`);
  }
}

/** CreateIdentityPool: stores every member given; AllowClassicFlow stays unset when not given (see credentials.ts). */
export function createIdentityPool(ctx: Context, input: Input<'CreateIdentityPool'>): Output<'CreateIdentityPool'> {
  const region = ctx.region as string;
  if (ctx.tx.store.pools(ctx.account, region).size >= MAX_POOLS) fail('LimitExceededException', `An account may have at most ${MAX_POOLS} identity pools in a region.`);
  const config: PoolConfig = { ...input, IdentityPoolId: newId(region), IdentityPoolTags: input.IdentityPoolTags ?? {} };
  checkConfig(config);
  savePool(ctx, { a: ctx.account, n: ctx.tx.store.nextSeq(), config });
  return describe(config);
}

/** DescribeIdentityPool. */
export function describeIdentityPool(ctx: Context, input: Input<'DescribeIdentityPool'>): Output<'DescribeIdentityPool'> {
  return describe(findPool(ctx, input.IdentityPoolId).config);
}

/**
 * UpdateIdentityPool replaces the whole configuration: omitted members return to their defaults, except the
 * developer provider name, which once set stays and cannot change. Omitted IdentityPoolTags keep the pool's
 * tags (choice: tags are managed by the tag operations too, and an update that clears them would surprise).
 */
export function updateIdentityPool(ctx: Context, input: Input<'UpdateIdentityPool'>): Output<'UpdateIdentityPool'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const kept = pool.config.DeveloperProviderName;
  if (kept !== undefined && input.DeveloperProviderName !== undefined && input.DeveloperProviderName !== kept) {
    invalidParameter(`The developer provider name of a pool cannot be changed once set (it is '${kept}').`);
  }
  const config: PoolConfig = {
    ...input,
    IdentityPoolTags: input.IdentityPoolTags ?? pool.config.IdentityPoolTags ?? {},
    ...(kept !== undefined ? { DeveloperProviderName: kept } : {}),
  };
  checkConfig(config);
  savePool(ctx, { ...pool, config });
  return describe(config);
}

/** ListIdentityPools: the caller's pools in its region, oldest first (choice: AWS documents no order), id and name only. */
export function listIdentityPools(ctx: Context, input: Input<'ListIdentityPools'>): Output<'ListIdentityPools'> {
  const scope = `pools/${ctx.account}/${ctx.region}`;
  const after = input.NextToken === undefined ? 0 : decodePageToken(input.NextToken, scope);
  const { items, more } = ctx.tx.store.pools(ctx.account, ctx.region as string).page(after, input.MaxResults);
  const IdentityPools = items.map(([, poolId]) => {
    const { config } = ctx.tx.get<PoolRecord>(keys.pool(ctx.account, poolId)) as PoolRecord;
    return { IdentityPoolId: config.IdentityPoolId, IdentityPoolName: config.IdentityPoolName };
  });
  const last = items.at(-1);
  return { IdentityPools, ...(more && last ? { NextToken: encodePageToken(scope, last[0]) } : {}) };
}

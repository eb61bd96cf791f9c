/**
 * Tags: TagResource, UntagResource, ListTagsForResource on a pool's ARN
 * (`arn:aws:cognito-identity:<region>:<account>:identitypool/<pool id>`). They share one store with the pool's
 * `IdentityPoolTags`.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { invalidParameter, poolNotFound } from './errors.ts';
import { findPool, savePool } from './pool-records.ts';
import type { PoolRecord } from './store.ts';

/** Tags per pool. */
export const MAX_TAGS = 50;

/** The ARN of a pool. */
export function poolArn(region: string, account: string, poolId: string): string {
  return `arn:aws:cognito-identity:${region}:${account}:identitypool/${poolId}`;
}

/** Refuses tag sets AWS refuses: over 50 tags, or keys in the reserved `aws:` space (choice: InvalidParameterException). */
export function checkTags(tags: Record<string, string>): void {
  if (Object.keys(tags).length > MAX_TAGS) invalidParameter(`A pool may have at most ${MAX_TAGS} tags.`);
  const reserved = Object.keys(tags).find((key) => key.toLowerCase().startsWith('aws:'));
  if (reserved !== undefined) invalidParameter(`Tag keys may not start with 'aws:'; got '${reserved}'.`);
}

/** The pool an ARN names, if the caller may see it; other ARNs are InvalidParameterException (choice). */
function poolOfArn(ctx: Context, arn: string): PoolRecord {
  const match = /^arn:aws[\w-]*:cognito-identity:([\w-]+):(\d+):identitypool\/([\w-]+:[0-9a-f-]+)$/.exec(arn);
  if (!match) return invalidParameter(`'${arn}' is not the ARN of an identity pool.`);
  const [, region, account, poolId] = match as unknown as [string, string, string, string];
  // Another account's or region's ARN is answered as if the pool did not exist: accounts never see each other.
  if (region !== ctx.region || account !== ctx.account || !poolId.startsWith(`${region}:`)) return poolNotFound(poolId);
  return findPool(ctx, poolId);
}

/** TagResource: adds tags; an existing key takes the new value. */
export function tagResource(ctx: Context, input: Input<'TagResource'>): Output<'TagResource'> {
  const pool = poolOfArn(ctx, input.ResourceArn);
  const tags = { ...pool.config.IdentityPoolTags, ...input.Tags };
  checkTags(tags);
  savePool(ctx, { ...pool, config: { ...pool.config, IdentityPoolTags: tags } });
  return {};
}

/** UntagResource: removes the keys given (absent keys are ignored). */
export function untagResource(ctx: Context, input: Input<'UntagResource'>): Output<'UntagResource'> {
  const pool = poolOfArn(ctx, input.ResourceArn);
  const tags = Object.fromEntries(Object.entries(pool.config.IdentityPoolTags ?? {}).filter(([key]) => !input.TagKeys.includes(key)));
  savePool(ctx, { ...pool, config: { ...pool.config, IdentityPoolTags: tags } });
  return {};
}

/** ListTagsForResource. */
export function listTagsForResource(ctx: Context, input: Input<'ListTagsForResource'>): Output<'ListTagsForResource'> {
  return { Tags: { ...poolOfArn(ctx, input.ResourceArn).config.IdentityPoolTags } };
}

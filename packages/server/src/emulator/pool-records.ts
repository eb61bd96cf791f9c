/**
 * Pool records: finding the pool a caller may see, writing it back, and the provider names it accepts. A leaf
 * of the emulator's modules (the store and errors only), so identities, logins, tags and roles use pools
 * without importing the pool operations, which in turn use them.
 */
import type { Context } from './context.ts';
import { poolNotFound } from './errors.ts';
import { keys, type PoolConfig, type PoolRecord } from './store.ts';

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

/** The provider names a pool accepts as Logins keys: public providers, user pools, OIDC issuers, SAML ARNs. */
export function providersOf(config: PoolConfig): string[] {
  return [
    ...Object.keys(config.SupportedLoginProviders ?? {}),
    ...(config.CognitoIdentityProviders ?? []).flatMap((p) => (p.ProviderName ? [p.ProviderName] : [])),
    ...(config.OpenIdConnectProviderARNs ?? []).map(oidcIssuerOf),
    ...(config.SamlProviderARNs ?? []),
  ];
}

/** The issuer (Logins key) of an IAM OIDC provider ARN: `arn:aws:iam::1:oidc-provider/example.com/x` -> `example.com/x`. */
export function oidcIssuerOf(arn: string): string {
  const at = arn.indexOf('oidc-provider/');
  return at === -1 ? arn : arn.slice(at + 'oidc-provider/'.length);
}

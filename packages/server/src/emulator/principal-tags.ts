/**
 * Principal-tag maps: which token claims become session tags on a provider's credentials
 * (SetPrincipalTagAttributeMap, GetPrincipalTagAttributeMap). Stored in the pool record, so they go with it.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { invalidParameter } from './errors.ts';
import type { Login } from './logins.ts';
import { findPool, savePool } from './pool-records.ts';
import { oidcIssuerOf, providersOf } from './providers.ts';
import type { PoolRecord } from './store.ts';

/** The default map, tag key to claim (choice: AWS documents `username` from `sub` and `client` from `aud`). */
export const DEFAULT_PRINCIPAL_TAGS: Readonly<Record<string, string>> = { client: 'aud', username: 'sub' };

/**
 * The Logins key a provider name stands for, refusing names the pool does not list. An OIDC provider may be
 * named by its issuer or by the IAM ARN the pool lists (terraform-provider-aws's acceptance test
 * `TestAccCognitoIdentityPoolProviderPrincipalTags_oidc` names it by the ARN); both reach one map.
 */
function providerKey(pool: PoolRecord, provider: string): string {
  const key = (pool.config.OpenIdConnectProviderARNs ?? []).includes(provider) ? oidcIssuerOf(provider) : provider;
  if (!providersOf(pool.config).includes(key)) invalidParameter(`${provider} is not a configured provider of the identity pool.`);
  return key;
}

/** SetPrincipalTagAttributeMap: UseDefaults (default false, choice) or the given map. */
export function setPrincipalTagAttributeMap(ctx: Context, input: Input<'SetPrincipalTagAttributeMap'>): Output<'SetPrincipalTagAttributeMap'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const key = providerKey(pool, input.IdentityProviderName);
  const UseDefaults = input.UseDefaults ?? false;
  const PrincipalTags = UseDefaults ? { ...DEFAULT_PRINCIPAL_TAGS } : input.PrincipalTags ?? {};
  savePool(ctx, { ...pool, ptags: { ...pool.ptags, [key]: { UseDefaults, PrincipalTags } } });
  return { IdentityPoolId: pool.config.IdentityPoolId, IdentityProviderName: input.IdentityProviderName, UseDefaults, PrincipalTags };
}

/** GetPrincipalTagAttributeMap: a provider never set answers the defaults (choice). */
export function getPrincipalTagAttributeMap(ctx: Context, input: Input<'GetPrincipalTagAttributeMap'>): Output<'GetPrincipalTagAttributeMap'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const map = pool.ptags?.[providerKey(pool, input.IdentityProviderName)] ?? { UseDefaults: true, PrincipalTags: { ...DEFAULT_PRINCIPAL_TAGS } };
  return { IdentityPoolId: pool.config.IdentityPoolId, IdentityProviderName: input.IdentityProviderName, ...map };
}

/** The session tags of an authenticated caller: every mapped claim its tokens carry (maps set explicitly only: choice). */
export function principalTagsFor(pool: PoolRecord, logins: readonly Login[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const login of logins) {
    for (const [tag, claim] of Object.entries(pool.ptags?.[login.provider]?.PrincipalTags ?? {})) {
      const value = login.claims[claim];
      if (value !== undefined) tags[tag] = Array.isArray(value) ? value.join(',') : String(value);
    }
  }
  return tags;
}

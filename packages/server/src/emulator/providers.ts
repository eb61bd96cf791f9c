/**
 * A pool's login providers: which names it accepts as Logins keys, and what kind of token each takes.
 */
import type { PoolConfig } from './store.ts';

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

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

/** Public providers whose Logins value is an opaque access token: Facebook, Login with Amazon, Twitter (`token;secret`), Digits. */
export const OPAQUE_TOKEN_PROVIDERS: ReadonlySet<string> = new Set(['graph.facebook.com', 'www.amazon.com', 'api.twitter.com', 'www.digits.com']);

/** Public providers that issue OpenID Connect ID tokens. */
export const ID_TOKEN_PROVIDERS: ReadonlySet<string> = new Set(['accounts.google.com', 'appleid.apple.com']);

/**
 * Whether a provider's Logins value must be an OpenID Connect ID token (a JWT): user pools, Google, Apple and
 * the pool's OIDC issuers. The service refuses anything else there with "Not a valid OpenId Connect identity
 * token" (a Google access token: jaredhanson/passport-google-oauth2#20). SAML assertions and other keys are
 * opaque (choice for keys outside both lists).
 */
export function takesIdToken(config: PoolConfig, provider: string): boolean {
  return provider.startsWith('cognito-idp.') || ID_TOKEN_PROVIDERS.has(provider)
    || (config.OpenIdConnectProviderARNs ?? []).some((arn) => oidcIssuerOf(arn) === provider);
}

/** Whether a provider is an issuer whose tokens name it as `iss` (`https://<provider>`): user pools and OIDC issuers. */
export function issuerChecked(config: PoolConfig, provider: string): boolean {
  return provider.startsWith('cognito-idp.') || (config.OpenIdConnectProviderARNs ?? []).some((arn) => oidcIssuerOf(arn) === provider);
}

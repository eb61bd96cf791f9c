/**
 * Login tokens, read the way a local server can: a JWT is decoded and its `iss`, `aud` and `exp` checked the
 * way the service checks them, its `sub` naming the user; any other token string names the user itself (the
 * reference's convention; signatures of other issuers are not checked). The emulator's own OpenID tokens,
 * under `cognito-identity.amazonaws.com`, are verified with its key before the handler runs.
 */
import { decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { Context } from './context.ts';
import { MESSAGES, notAuthorized } from './errors.ts';
import { providersOf } from './providers.ts';
import type { PoolConfig } from './store.ts';

/** The Logins key of tokens the emulator issued itself (developer-authenticated and classic flows). */
export const OWN_PROVIDER = 'cognito-identity.amazonaws.com';

/** One login of a call: the provider, the user it names, and the token's claims (empty for opaque tokens). */
export interface Login {
  provider: string;
  user: string;
  claims: Record<string, unknown>;
}

/** The claims of a token if it is a JWT, undefined for any other string. */
export function jwtClaims(token: string): JWTPayload | undefined {
  if (token.split('.').length !== 3) return undefined;
  try {
    if (typeof decodeProtectedHeader(token).alg !== 'string') return undefined;
  } catch {
    return undefined;
  }
  try {
    return decodeJwt(token);
  } catch {
    return notAuthorized('Invalid login token. The token is not a valid JWT.');
  }
}

function audiences(claims: JWTPayload): string[] {
  return claims.aud === undefined ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}

/** The client ids or app ids the pool accepts as `aud` for a provider; undefined when it does not say. */
function acceptedAudiences(config: PoolConfig, provider: string): string[] | undefined {
  if (provider.startsWith('cognito-idp.')) {
    return (config.CognitoIdentityProviders ?? []).filter((p) => p.ProviderName === provider).flatMap((p) => (p.ClientId ? [p.ClientId] : []));
  }
  const appIds = config.SupportedLoginProviders?.[provider];
  return appIds === undefined ? undefined : appIds.split(';').map((id) => id.trim());
}

/**
 * Checks a JWT's claims for a provider: user pools and OIDC issuers must be the token's `iss` and it must
 * carry `aud`; `aud` must be one of the pool's client ids (user pools) or app ids (public providers; choice:
 * a `;`-separated value lists several, the one separator the member's pattern allows); `exp` must be in the future; `sub` names the user.
 */
function checkClaims(config: PoolConfig, provider: string, claims: JWTPayload, now: number): string {
  const issuerChecked = provider.startsWith('cognito-idp.') || (config.OpenIdConnectProviderARNs ?? []).some((arn) => arn.endsWith(`oidc-provider/${provider}`));
  if (issuerChecked && claims.iss !== `https://${provider}`) notAuthorized(MESSAGES.issuerMismatch);
  if (issuerChecked && claims.aud === undefined) notAuthorized(MESSAGES.missingAud);
  const accepted = acceptedAudiences(config, provider);
  if (accepted !== undefined && claims.aud !== undefined && !audiences(claims).some((aud) => accepted.includes(aud))) {
    notAuthorized('Invalid login token. Incorrect token audience.');
  }
  if (typeof claims.exp === 'number' && claims.exp <= now) notAuthorized(MESSAGES.expired(Math.floor(now), claims.exp));
  if (typeof claims.sub !== 'string' || claims.sub === '') notAuthorized('Invalid login token. Missing a required claim: sub');
  return claims.sub as string;
}

/** One login: the provider must be one the pool lists (or the emulator itself), the token must pass its checks. */
function readLogin(ctx: Context, config: PoolConfig, provider: string, token: string): Login {
  if (provider === OWN_PROVIDER) {
    const claims = ctx.verified.get(token);
    if (!claims) return notAuthorized('Invalid login token. The token was not issued by this identity pool service or has expired.');
    if (claims.aud !== config.IdentityPoolId) notAuthorized('Invalid login token. The token was issued for another identity pool.');
    return { provider, user: String(claims.sub), claims };
  }
  if (!providersOf(config).includes(provider)) notAuthorized(MESSAGES.unsupportedProvider);
  const claims = jwtClaims(token);
  if (!claims) return { provider, user: token, claims: {} };
  return { provider, user: checkClaims(config, provider, claims, ctx.now), claims };
}

/** The call's Logins, checked, in the order given. */
export function readLogins(ctx: Context, config: PoolConfig, logins: Record<string, string> | undefined): Login[] {
  return Object.entries(logins ?? {}).map(([provider, token]) => readLogin(ctx, config, provider, token));
}

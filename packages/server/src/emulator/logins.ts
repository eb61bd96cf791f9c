/**
 * Login tokens, checked the way the service checks them: providers that issue ID tokens (user pools, Google,
 * Apple, OIDC issuers) take only JWTs; a JWT's `iss`, signature, `aud` and `exp` are checked, its `sub`
 * naming the user; the opaque tokens of the other providers name the user themselves. Signatures are checked
 * before the handler runs (trusted-issuers.ts: where the issuer's keys are known); the emulator's own OpenID
 * tokens, under `cognito-identity.amazonaws.com`, are verified with its key.
 */
import { decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import type { Context } from './context.ts';
import { MESSAGES, notAuthorized } from './errors.ts';
import { issuerChecked, providersOf, takesIdToken } from './providers.ts';
import type { PoolConfig } from './store.ts';
import type { TokenCheck } from './trusted-issuers.ts';

/** The Logins key of tokens the emulator issued itself (developer-authenticated and classic flows). */
export const OWN_PROVIDER = 'cognito-identity.amazonaws.com';

/** One login of a call: the provider, the user it names, and the token's claims (empty for opaque tokens). */
export interface Login {
  provider: string;
  user: string;
  claims: Record<string, unknown>;
}

/** Whether a token is a JWT: three parts, the first a JOSE header naming an `alg`. */
export function isJwt(token: string): boolean {
  if (token.split('.').length !== 3) return false;
  try {
    return typeof decodeProtectedHeader(token).alg === 'string';
  } catch {
    return false;
  }
}

/** The claims of a token if it is a JWT, undefined for any other string (a JWT that does not decode is refused). */
export function jwtClaims(token: string): JWTPayload | undefined {
  if (!isJwt(token)) return undefined;
  try {
    return decodeJwt(token);
  } catch {
    return notAuthorized(MESSAGES.notOpenIdToken);
  }
}

function audiences(claims: JWTPayload): string[] {
  return claims.aud === undefined ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}

/**
 * The client ids or app ids the pool accepts as `aud` for a provider; undefined when it does not say: a user
 * pool listed without a ClientId (the member is optional) takes its tokens for any app client (choice).
 */
function acceptedAudiences(config: PoolConfig, provider: string): string[] | undefined {
  if (provider.startsWith('cognito-idp.')) {
    const entries = (config.CognitoIdentityProviders ?? []).filter((p) => p.ProviderName === provider);
    return entries.some((p) => !p.ClientId) ? undefined : entries.map((p) => p.ClientId as string);
  }
  const appIds = config.SupportedLoginProviders?.[provider];
  return appIds === undefined ? undefined : appIds.split(';').map((id) => id.trim());
}

/**
 * Checks a JWT for a provider, in this order: user pools and OIDC issuers must be the token's `iss`; the
 * signature must not have failed (`Couldn't verify signed token.`, amazon-cognito-identity-js#91); user pools
 * and OIDC tokens must carry `aud`, which must be one of the pool's client ids (user pools) or app ids (public
 * providers; choice: a `;`-separated value lists several, the one separator the member's pattern allows);
 * `exp` must be in the future; `sub` names the user.
 */
function checkToken(config: PoolConfig, provider: string, claims: JWTPayload, signature: TokenCheck | undefined, now: number): string {
  const checked = issuerChecked(config, provider);
  if (checked && claims.iss !== `https://${provider}`) notAuthorized(MESSAGES.issuerMismatch);
  // No check at all means the token never reached the verifier: refused rather than let through unverified.
  if (signature === undefined || signature.verdict === 'refused') notAuthorized(MESSAGES.unverifiedToken);
  if (checked && claims.aud === undefined) notAuthorized(MESSAGES.missingAud);
  const accepted = acceptedAudiences(config, provider);
  if (accepted !== undefined && claims.aud !== undefined && !audiences(claims).some((aud) => accepted.includes(aud))) {
    notAuthorized('Invalid login token. Incorrect token audience.');
  }
  if (typeof claims.exp === 'number' && claims.exp <= now) notAuthorized(MESSAGES.expired(Math.floor(now), claims.exp));
  if (typeof claims.sub !== 'string' || claims.sub === '') notAuthorized('Invalid login token. Missing a required claim: sub');
  return claims.sub as string;
}

/** The signature check the backend made of this token under this Logins key, if it made one. */
function signatureOf(ctx: Context, provider: string, token: string): TokenCheck | undefined {
  const found = ctx.tokenChecks.get(provider);
  return found?.token === token ? found.check : undefined;
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
  if (!claims) {
    // The service's answer to a Google access token (jaredhanson/passport-google-oauth2#20).
    if (takesIdToken(config, provider)) notAuthorized(MESSAGES.notOpenIdToken);
    return { provider, user: token, claims: {} };
  }
  return { provider, user: checkToken(config, provider, claims, signatureOf(ctx, provider, token), ctx.now), claims };
}

/** The call's Logins, checked, in the order given. */
export function readLogins(ctx: Context, config: PoolConfig, logins: Record<string, string> | undefined): Login[] {
  if (logins === undefined) return [];
  return Object.entries(logins).map(([provider, token]) => readLogin(ctx, config, provider, token));
}

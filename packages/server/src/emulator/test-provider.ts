/**
 * The built-in test identity provider: it mints ID tokens for any provider name, shaped as that provider's
 * (user pool, Google, Apple, any OIDC issuer), signed RS256 with a key the emulator keeps and publishes
 * (`GET /_emulator/idp/jwks.json`) and trusts for every issuer, so tests get tokens the emulator verifies
 * without forging any. The key is a record (kept by reset, carried by an export) so tokens outlive a restart.
 */
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { OWN_PROVIDER } from './logins.ts';
import { ID_TOKEN_PROVIDERS, OPAQUE_TOKEN_PROVIDERS } from './providers.ts';
import type { PoolConfig } from './store.ts';
import type { KeyGetter } from './trusted-issuers.ts';

/** The test provider's signing algorithm (what user pools, Google and Apple sign with). */
export const TEST_PROVIDER_ALGORITHM = 'RS256';
/** Minted tokens live an hour unless asked otherwise (a user pool's default ID token lifetime). */
export const DEFAULT_LIFETIME_SECONDS = 3600;
/** The `aud` of an OIDC-shaped token when the request names none (no pool setting says what it must be). */
export const DEFAULT_OIDC_AUDIENCE = 'cognito-identity-emulator';

/** What a test asks for: the provider (a Logins key), and optionally the user, audience, lifetime and claims. */
export interface IdTokenRequest {
  /** The Logins key the token is for: `cognito-idp.<region>.amazonaws.com/<pool>`, `accounts.google.com`, `appleid.apple.com`, an OIDC issuer. */
  provider: string;
  /** The user (`sub`); default: a new UUID. */
  sub?: string;
  /** The audience; default: the client or app id the emulator's pools list for the provider, when there is one. */
  aud?: string;
  /** Seconds until `exp` (default 3600); 0 or less mints a token that has already expired. */
  expiresIn?: number;
  /** More claims, or ones that replace the defaults (`cognito:groups`, `cognito:roles`, `cognito:preferred_role`, `amr`, `email`, even `iss`). */
  claims?: Record<string, unknown>;
}

/** A request the provider cannot serve; the message says why. */
export class IdTokenRequestError extends Error {}

/** The stored key: its id and the private JWK. */
export interface TestProviderKey {
  kid: string;
  jwk: JWK;
}

/** The provider over its key. */
export interface TestProvider {
  kid: string;
  /** Its public key as a key getter (for the token verifier). */
  keys: KeyGetter;
  /** Its public key as a JWKS document. */
  jwks(): { keys: JWK[] };
  /** Signs the claims `idTokenClaims` made. */
  sign(claims: Record<string, unknown>): Promise<string>;
}

/** A new RS256 key for the test provider. */
export async function newTestProviderKey(): Promise<TestProviderKey> {
  const { privateKey } = await generateKeyPair(TEST_PROVIDER_ALGORITHM, { extractable: true });
  return { kid: `emulator-idp-${crypto.randomUUID()}`, jwk: await exportJWK(privateKey) };
}

/** The provider over a stored key. */
export async function createTestProvider(key: TestProviderKey): Promise<TestProvider> {
  const privateKey = await importJWK(key.jwk, TEST_PROVIDER_ALGORITHM) as CryptoKey;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = key.jwk;
  const jwks = { keys: [{ ...publicJwk, kid: key.kid, alg: TEST_PROVIDER_ALGORITHM, use: 'sig' }] };
  return {
    kid: key.kid,
    keys: createLocalJWKSet(jwks),
    jwks: () => jwks,
    sign: (claims) => new SignJWT(claims as JWTPayload).setProtectedHeader({ alg: TEST_PROVIDER_ALGORITHM, kid: key.kid, typ: 'JWT' }).sign(privateKey),
  };
}

/** A request read from JSON, or IdTokenRequestError naming what is wrong. */
export function readIdTokenRequest(body: unknown): IdTokenRequest {
  const fail = (message: string): never => { throw new IdTokenRequestError(message); };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('The body must be a JSON object such as {"provider": "accounts.google.com", "sub": "alice"}.');
  const { provider, sub, aud, expiresIn, claims, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) fail(`Unknown member ${unknown[0]}: a request has provider, sub, aud, expiresIn and claims.`);
  if (typeof provider !== 'string' || provider === '') fail('provider is required: the Logins key the token is for.');
  for (const [name, value] of Object.entries({ sub, aud })) if (value !== undefined && (typeof value !== 'string' || value === '')) fail(`${name} must be a non-empty string.`);
  if (expiresIn !== undefined && (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn))) fail('expiresIn must be a number of seconds.');
  if (claims !== undefined && (typeof claims !== 'object' || claims === null || Array.isArray(claims))) fail('claims must be a JSON object.');
  return body as IdTokenRequest;
}

/** What the test provider reads of a pool: the providers it lists with their client or app ids. */
export type PoolProviders = Pick<PoolConfig, 'CognitoIdentityProviders' | 'SupportedLoginProviders'>;

/** The client or app ids the pools list for a provider (user pools: ClientId; Google, Apple: the app ids). */
function audiencesIn(configs: Iterable<PoolProviders>, provider: string): Set<string> {
  const found = new Set<string>();
  for (const config of configs) {
    for (const p of config.CognitoIdentityProviders ?? []) if (p.ProviderName === provider && p.ClientId) found.add(p.ClientId);
    const appIds = config.SupportedLoginProviders?.[provider];
    if (appIds !== undefined) for (const id of appIds.split(';')) if (id.trim() !== '') found.add(id.trim());
  }
  return found;
}

/** The `aud` of a token: the request's, else the one id the pools list for the provider (OIDC: a fixed default). */
export function audienceFor(request: IdTokenRequest, configs: Iterable<PoolProviders>): string {
  if (request.aud !== undefined) return request.aud;
  const found = audiencesIn(configs, request.provider);
  if (found.size === 1) return found.values().next().value as string;
  if (found.size > 1) throw new IdTokenRequestError(`aud is required: the emulator's pools list ${found.size} client or app ids for ${request.provider} (${[...found].sort().join(', ')}).`);
  if (request.provider.startsWith('cognito-idp.') || ID_TOKEN_PROVIDERS.has(request.provider)) {
    throw new IdTokenRequestError(`aud is required: no identity pool of the emulator lists a client or app id for ${request.provider} yet.`);
  }
  return DEFAULT_OIDC_AUDIENCE;
}

/**
 * The claims of an ID token as the provider would issue it: `iss` (`https://<provider>`; Google's and Apple's
 * own), `aud`, `sub`, `iat`, `exp`, and the provider's usual extras (a user pool's `token_use: id`,
 * `cognito:username` and `auth_time`; Google's `azp`); the request's claims go on top.
 */
export function idTokenClaims(request: IdTokenRequest, aud: string, now: number): Record<string, unknown> {
  if (OPAQUE_TOKEN_PROVIDERS.has(request.provider)) {
    throw new IdTokenRequestError(`${request.provider} signs users in with opaque access tokens, not ID tokens: any string names the user in Logins.`);
  }
  if (request.provider === OWN_PROVIDER) {
    throw new IdTokenRequestError(`Tokens under ${OWN_PROVIDER} are the emulator's own: get one from GetOpenIdTokenForDeveloperIdentity or GetOpenIdToken.`);
  }
  const iat = Math.floor(now);
  const sub = request.sub ?? crypto.randomUUID();
  const base = { iss: `https://${request.provider}`, aud, sub, iat, exp: iat + (request.expiresIn ?? DEFAULT_LIFETIME_SECONDS) };
  const shaped = request.provider.startsWith('cognito-idp.') ? { ...base, token_use: 'id', 'cognito:username': sub, auth_time: iat }
    : request.provider === 'accounts.google.com' ? { ...base, azp: aud }
    : request.provider === 'appleid.apple.com' ? { ...base, auth_time: iat }
    : base;
  return { ...shaped, ...request.claims };
}

/** A token of the test provider for a request (checked first: it may come from JSON), with its claims. */
export async function mintIdToken(provider: TestProvider, configs: Iterable<PoolProviders>, body: unknown, now: number): Promise<{ token: string; claims: Record<string, unknown> }> {
  const request = readIdTokenRequest(body);
  const claims = idTokenClaims(request, audienceFor(request, configs), now);
  return { token: await provider.sign(claims), claims };
}

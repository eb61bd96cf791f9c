/**
 * OpenID tokens: real JWTs signed RS512 with a key the emulator makes (jose), with the service's claims
 * (`iss` https://cognito-identity.amazonaws.com, `aud` the pool, `sub` the identity, `amr`, `iat`, `exp`).
 * The public key is served as a JWKS at `/.well-known/jwks_uri`, the path AWS uses; the private key is a
 * record, so tokens issued before a restart still verify.
 */
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK, type JWTPayload, type CryptoKey } from 'jose';

/** The `iss` of every token. */
export const ISSUER = 'https://cognito-identity.amazonaws.com';
/** The signing algorithm (AWS signs with RS512). */
export const ALGORITHM = 'RS512';
/** GetOpenIdToken tokens live 10 minutes. */
export const OPEN_ID_TOKEN_SECONDS = 600;
/** Developer tokens live TokenDuration seconds, 15 minutes by default. */
export const DEVELOPER_TOKEN_SECONDS = 900;

/** The stored key: its id and the private JWK. */
export interface KeyRecord {
  kid: string;
  jwk: JWK;
}

/** The claims a token is made of, beyond issuer and times. */
export interface TokenClaims {
  poolId: string;
  identityId: string;
  amr: string[];
  lifetimeSeconds: number;
  extra?: Record<string, unknown>;
}

/** Signs and verifies the emulator's tokens. */
export interface TokenIssuer {
  record: KeyRecord;
  sign(claims: TokenClaims, now: number): Promise<string>;
  /** The claims of one of the emulator's own valid tokens, or undefined. */
  verify(token: string): Promise<Record<string, unknown> | undefined>;
  /** The public keys as a JWKS document. */
  jwks(): { keys: JWK[] };
}

/** A new RS512 key record. */
export async function newKeyRecord(): Promise<KeyRecord> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { kid: crypto.randomUUID(), jwk: await exportJWK(privateKey) };
}

/** An issuer over a stored key. */
export async function createTokenIssuer(record: KeyRecord): Promise<TokenIssuer> {
  const privateKey = await importJWK(record.jwk, ALGORITHM) as CryptoKey;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = record.jwk;
  const publicKey = await importJWK(publicJwk, ALGORITHM) as CryptoKey;
  const published: JWK = { ...publicJwk, kid: record.kid, alg: ALGORITHM, use: 'sig' };
  return {
    record,
    sign: (claims, now) => new SignJWT({ amr: claims.amr, ...claims.extra } as JWTPayload)
      .setProtectedHeader({ alg: ALGORITHM, kid: record.kid, typ: 'JWS' })
      .setIssuer(ISSUER).setAudience(claims.poolId).setSubject(claims.identityId)
      .setIssuedAt(Math.floor(now)).setExpirationTime(Math.floor(now) + claims.lifetimeSeconds)
      .sign(privateKey),
    verify: async (token) => {
      try {
        return (await jwtVerify(token, publicKey, { issuer: ISSUER, algorithms: [ALGORITHM] })).payload as Record<string, unknown>;
      } catch {
        return undefined;
      }
    },
    jwks: () => ({ keys: [published] }),
  };
}

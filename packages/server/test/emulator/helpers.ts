/** Shared by the emulator's scenario tests: clients for an account and region, login JWTs, error capture. */
import { SignJWT } from 'jose';
import { createCognitoIdentityClient, type CognitoIdentityClient } from '../../../client/src/index.ts';

/** The project's client against a URL, signing as `accessKeyId` in `region`. */
export function clientFor(url: string, region = 'us-east-1', accessKeyId = 'AKIAIOSFODNN7EXAMPLE'): CognitoIdentityClient {
  return createCognitoIdentityClient({ region, endpoint: url, credentials: { accessKeyId, secretAccessKey: 'secret' }, retry: { maxAttempts: 1 } });
}

/** The `__type` and message of a failed call, or `ok` when it succeeded. */
export async function errorOf(call: Promise<unknown>): Promise<{ type: string; message: string; status?: number } | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    const e = error as { __type?: string; message: string; status?: number };
    return { type: e.__type ?? 'thrown', message: e.message, ...(e.status !== undefined ? { status: e.status } : {}) };
  }
}

/** A JWT as a sign-in service would issue it (HS256 with a throwaway key: the emulator reads, not verifies, other issuers' tokens). */
export function loginJwt(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode('a throwaway key of 32 bytes.....'));
}

/** A user-pool ID token for a pool provider and client. */
export function idToken(provider: string, clientId: string, sub: string, extra: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return loginJwt({ iss: `https://${provider}`, aud: clientId, sub, token_use: 'id', iat: now, exp: now + 3600, ...extra });
}

/** Role ARNs used by the tests. */
export const ROLES = {
  authenticated: 'arn:aws:iam::123456789012:role/Cognito_Auth',
  unauthenticated: 'arn:aws:iam::123456789012:role/Cognito_Unauth',
  admin: 'arn:aws:iam::123456789012:role/Admin',
  editor: 'arn:aws:iam::123456789012:role/Editor',
};

/** A user pool provider of us-east-1 and its app client. */
export const USER_POOL = { provider: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E', client: '6hb6k2m5c8vs4q1rj3t2o9l7pd' };

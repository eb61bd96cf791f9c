/**
 * Credentials: GetCredentialsForIdentity and GetOpenIdToken, and the registry of issued keys. Credentials look
 * like STS's (an `ASIA...` key id, a 40-character secret, a session token, an hour's lifetime) and each is
 * remembered, so `GET /_emulator/credentials/<AccessKeyId>` can tell another local service whose it is.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { MESSAGES, invalidParameter } from './errors.ts';
import { authorize, type Access } from './identities.ts';
import { principalTagsFor } from './principal-tags.ts';
import { resolveRole } from './roles.ts';
import { keys } from './store.ts';
import { OPEN_ID_TOKEN_SECONDS } from './tokens.ts';

/** Credential lifetime, seconds (STS's default for these sessions: one hour). */
export const CREDENTIAL_SECONDS = 3600;

/** What the registry keeps about an issued key: the credentials and whom they belong to. */
export interface CredentialRecord {
  AccessKeyId: string;
  SecretKey: string;
  SessionToken: string;
  Expiration: number;
  AccountId: string;
  IdentityPoolId: string;
  IdentityId: string;
  RoleArn: string;
  AuthenticationType: 'authenticated' | 'unauthenticated';
  PrincipalTags?: Record<string, string>;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomText(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * A fresh STS-style credential set for an authorised caller, registered under its key id. Registry entries go
 * once they expire, and outlive a deleted pool until then (choice: STS credentials stay valid that long).
 */
function issue(ctx: Context, access: Access, roleArn: string): CredentialRecord {
  const tags = access.authenticated ? principalTagsFor(access.pool, access.logins) : undefined;
  const record: CredentialRecord = {
    AccessKeyId: `ASIA${randomText(16, BASE32)}`,
    SecretKey: Buffer.from(crypto.getRandomValues(new Uint8Array(30))).toString('base64'),
    SessionToken: Buffer.from(crypto.getRandomValues(new Uint8Array(240))).toString('base64'),
    Expiration: Math.floor(ctx.now) + CREDENTIAL_SECONDS,
    AccountId: access.pool.a,
    IdentityPoolId: access.pool.config.IdentityPoolId,
    IdentityId: access.identityId,
    RoleArn: roleArn,
    AuthenticationType: access.authenticated ? 'authenticated' : 'unauthenticated',
    ...(tags && Object.keys(tags).length > 0 ? { PrincipalTags: tags } : {}),
  };
  ctx.tx.set(keys.credentials(record.AccessKeyId), record);
  ctx.tx.store.expireCredentials(ctx.now, (key) => ctx.tx.delete(key));
  return record;
}

/**
 * GetCredentialsForIdentity: the identity's role (see roles.ts) as temporary credentials. The answer's
 * IdentityId is the identity answered for, which differs from the one sent for a returning user who was a
 * guest first (see answeringIdentity in identities.ts).
 */
export function getCredentialsForIdentity(ctx: Context, input: Input<'GetCredentialsForIdentity'>): Output<'GetCredentialsForIdentity'> {
  const access = authorize(ctx, input.IdentityId, input.Logins, true);
  const role = resolveRole(access.pool, access.logins, access.authenticated, input.CustomRoleArn);
  const { AccessKeyId, SecretKey, SessionToken, Expiration } = issue(ctx, access, role);
  return { IdentityId: access.identityId, Credentials: { AccessKeyId, SecretKey, SessionToken, Expiration } };
}

/**
 * The `amr` of a token: `unauthenticated`, or `authenticated` and each provider with the user it names
 * (`<provider>:CognitoSignIn:<sub>` for user pools and `<provider>:<pool>:<user>` for the developer provider,
 * as AWS's published samples show; `<provider>:<user>` for the rest is a choice).
 */
export function amrOf(access: Pick<Access, 'authenticated' | 'logins'>, poolId: string, developer?: string): string[] {
  if (!access.authenticated) return ['unauthenticated'];
  const detail = (provider: string, user: string) =>
    provider === developer ? `${provider}:${poolId}:${user}` : provider.startsWith('cognito-idp.') ? `${provider}:CognitoSignIn:${user}` : `${provider}:${user}`;
  return ['authenticated', ...access.logins.flatMap((l) => [l.provider, detail(l.provider, l.user)])];
}

/**
 * GetOpenIdToken (the classic flow): refused only where the pool set AllowClassicFlow to false; a pool that
 * never set it hands out the token (aws/aws-cli#7652). The token lives 10 minutes.
 */
export function getOpenIdToken(ctx: Context, input: Input<'GetOpenIdToken'>): Promise<Output<'GetOpenIdToken'>> {
  const access = authorize(ctx, input.IdentityId, input.Logins, true);
  if (access.pool.config.AllowClassicFlow === false) invalidParameter(MESSAGES.classicFlow);
  const poolId = access.pool.config.IdentityPoolId;
  const claims = { poolId, identityId: access.identityId, amr: amrOf(access, poolId, access.pool.config.DeveloperProviderName), lifetimeSeconds: OPEN_ID_TOKEN_SECONDS };
  return ctx.tokens.sign(claims, ctx.now).then((Token) => ({ IdentityId: access.identityId, Token }));
}

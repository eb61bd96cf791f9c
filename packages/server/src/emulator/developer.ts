/**
 * Developer-authenticated identities: GetOpenIdTokenForDeveloperIdentity, LookupDeveloperIdentity,
 * MergeDeveloperIdentities, UnlinkDeveloperIdentity. The pool's developer provider names the app's own users
 * (`Logins: {<DeveloperProviderName>: <user id>}`); one (pool, provider, user) always maps to one identity.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import { amrOf } from './credentials.ts';
import type { Context } from './context.ts';
import { MESSAGES, conflict, fail, identityNotFound, invalidParameter, notAuthorized } from './errors.ts';
import { MAX_LINKED_LOGINS, createIdentity, getIdentity, identityOfLogins, linkLogins, unlinkLogins } from './identities.ts';
import { readLogins, type Login } from './logins.ts';
import { decodePageToken, encodePageToken } from './pagination.ts';
import { findPool } from './pool-records.ts';
import { keys, type IdentityRecord, type PoolRecord } from './store.ts';
import { DEVELOPER_TOKEN_SECONDS } from './tokens.ts';

/** The pool's developer provider, checked against the name a call gives (InvalidParameterException: choice). */
function developerOf(pool: PoolRecord, given?: string): string {
  const developer = pool.config.DeveloperProviderName;
  if (developer === undefined || (given !== undefined && given !== developer)) {
    return invalidParameter(`${given ?? 'The developer provider'} is not the developer provider of identity pool '${pool.config.IdentityPoolId}'.`);
  }
  return developer;
}

/** The call's logins: the developer user (not a token, so not checked as one) and any public provider logins. */
function developerLogins(ctx: Context, pool: PoolRecord, logins: Record<string, string>): Login[] {
  const developer = pool.config.DeveloperProviderName;
  // Choice: NotAuthorizedException, the type of the service's other unsupported-provider refusal.
  if (developer === undefined || !(developer in logins)) notAuthorized(MESSAGES.unsupportedDeveloperProvider);
  const { [developer]: user, ...others } = logins;
  return [{ provider: developer, user: user as string, claims: { sub: user } }, ...readLogins(ctx, pool.config, others)];
}

/** The identity holding a developer user, if any. */
function identityOfUser(ctx: Context, pool: PoolRecord, developer: string, user: string): string | undefined {
  return ctx.tx.get<string>(keys.login(pool.config.IdentityPoolId, developer, user));
}

/**
 * GetOpenIdTokenForDeveloperIdentity: finds or creates the developer user's identity (or links the user to
 * the IdentityId given) and returns a token for it, living TokenDuration seconds (900 by default).
 */
export function getOpenIdTokenForDeveloperIdentity(ctx: Context, input: Input<'GetOpenIdTokenForDeveloperIdentity'>): Promise<Output<'GetOpenIdTokenForDeveloperIdentity'>> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const logins = developerLogins(ctx, pool, input.Logins);
  const developer = pool.config.DeveloperProviderName as string;
  let identityId = input.IdentityId ?? identityOfLogins(ctx, pool.config.IdentityPoolId, logins);
  if (identityId === undefined) identityId = createIdentity(ctx, pool, logins, developer);
  else {
    const holder = identityOfUser(ctx, pool, developer, input.Logins[developer] as string);
    if (holder !== undefined && holder !== identityId) {
      fail('DeveloperUserAlreadyRegisteredException', `Developer user '${input.Logins[developer]}' is already registered with identity '${holder}'.`);
    }
    const identity = getIdentity(ctx, identityId);
    if (!identity || identity.p !== pool.config.IdentityPoolId) return identityNotFound(identityId);
    if (identity.d) notAuthorized(MESSAGES.forbidden(identityId));
    linkLogins(ctx, identityId, identity, logins, developer);
  }
  const tags = input.PrincipalTags ? { 'https://aws.amazon.com/tags': { principal_tags: Object.fromEntries(Object.entries(input.PrincipalTags).map(([k, v]) => [k, [v]])) } } : undefined;
  const claims = { poolId: pool.config.IdentityPoolId, identityId, amr: amrOf({ authenticated: true, logins }, pool.config.IdentityPoolId, developer), lifetimeSeconds: input.TokenDuration ?? DEVELOPER_TOKEN_SECONDS, ...(tags ? { extra: tags } : {}) };
  const id = identityId;
  return ctx.tokens.sign(claims, ctx.now).then((Token) => ({ IdentityId: id, Token }));
}

/** The developer users of an identity, in the order they were linked. */
function developerUsers(identity: IdentityRecord, developer: string): string[] {
  return (identity.l ?? []).filter(([provider]) => provider === developer).map(([, user]) => user);
}

/**
 * LookupDeveloperIdentity: an identity's developer users, by identity or by one of its users. Neither given:
 * InvalidParameterException (choice); both given but not belonging together: ResourceConflictException.
 */
export function lookupDeveloperIdentity(ctx: Context, input: Input<'LookupDeveloperIdentity'>): Output<'LookupDeveloperIdentity'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const developer = developerOf(pool);
  if (input.IdentityId === undefined && input.DeveloperUserIdentifier === undefined) invalidParameter('Give IdentityId or DeveloperUserIdentifier.');
  const byUser = input.DeveloperUserIdentifier === undefined ? undefined : identityOfUser(ctx, pool, developer, input.DeveloperUserIdentifier);
  if (input.DeveloperUserIdentifier !== undefined && byUser === undefined) fail('ResourceNotFoundException', `Developer user '${input.DeveloperUserIdentifier}' not found.`);
  if (input.IdentityId !== undefined && byUser !== undefined && byUser !== input.IdentityId) conflict('The developer user does not belong to the identity given.');
  const identityId = (byUser ?? input.IdentityId) as string;
  const identity = getIdentity(ctx, identityId);
  if (!identity || identity.p !== pool.config.IdentityPoolId) return identityNotFound(identityId);
  const users = developerUsers(identity, developer);
  const scope = `developer/${identityId}`;
  const start = input.NextToken === undefined ? 0 : decodePageToken(input.NextToken, scope);
  const end = start + (input.MaxResults ?? 60);
  return { IdentityId: identityId, DeveloperUserIdentifierList: users.slice(start, end), ...(end < users.length ? { NextToken: encodePageToken(scope, end) } : {}) };
}

/**
 * MergeDeveloperIdentities: the source user's identity gives all its logins to the destination user's
 * identity, and is left without logins (disabled, as after unlinking its last login: choice). Refused when
 * both hold different users of one public provider or the result would pass 20 logins (both
 * ResourceConflictException: MergeDeveloperIdentities declares no LimitExceededException).
 */
export function mergeDeveloperIdentities(ctx: Context, input: Input<'MergeDeveloperIdentities'>): Output<'MergeDeveloperIdentities'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const developer = developerOf(pool, input.DeveloperProviderName);
  const sourceId = identityOfUser(ctx, pool, developer, input.SourceUserIdentifier);
  const destinationId = identityOfUser(ctx, pool, developer, input.DestinationUserIdentifier);
  if (sourceId === undefined) return fail('ResourceNotFoundException', `Developer user '${input.SourceUserIdentifier}' not found.`);
  if (destinationId === undefined) return fail('ResourceNotFoundException', `Developer user '${input.DestinationUserIdentifier}' not found.`);
  if (sourceId === destinationId) return { IdentityId: destinationId };
  const source = getIdentity(ctx, sourceId) as IdentityRecord;
  const destination = getIdentity(ctx, destinationId) as IdentityRecord;
  const moving = source.l ?? [];
  if ((destination.l?.length ?? 0) + moving.length > MAX_LINKED_LOGINS) conflict(`The merged identity would have more than ${MAX_LINKED_LOGINS} logins.`);
  unlinkLogins(ctx, sourceId, source, () => true);
  const logins = moving.map(([provider, user]) => ({ provider, user, claims: {} }));
  linkLogins(ctx, destinationId, destination, logins, developer);
  return { IdentityId: destinationId };
}

/** UnlinkDeveloperIdentity: detaches a developer user from its identity (ResourceConflictException if it is not that identity's). */
export function unlinkDeveloperIdentity(ctx: Context, input: Input<'UnlinkDeveloperIdentity'>): Output<'UnlinkDeveloperIdentity'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  const developer = developerOf(pool, input.DeveloperProviderName);
  const identity = getIdentity(ctx, input.IdentityId);
  if (!identity || identity.p !== pool.config.IdentityPoolId) return identityNotFound(input.IdentityId);
  if (identityOfUser(ctx, pool, developer, input.DeveloperUserIdentifier) !== input.IdentityId) {
    conflict(`Developer user '${input.DeveloperUserIdentifier}' is not linked to identity '${input.IdentityId}'.`);
  }
  unlinkLogins(ctx, input.IdentityId, identity, (provider, user) => provider === developer && user === input.DeveloperUserIdentifier);
  return {};
}

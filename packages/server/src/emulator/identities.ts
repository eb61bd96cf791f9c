/**
 * Identities: GetId, DescribeIdentity, ListIdentities, DeleteIdentities, UnlinkIdentity, and the rules every
 * public operation shares (who may use an identity, and linking logins to it). An identity's region is its
 * pool's; one user of one provider in one pool always has the same identity.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { MESSAGES, conflict, identityNotFound, notAuthorized, poolNotFound } from './errors.ts';
import { OWN_PROVIDER, readLogins, type Login } from './logins.ts';
import { decodePageToken, encodePageToken } from './pagination.ts';
import { findPool } from './pool-records.ts';
import { identityRecord, keys, newIdentityKey, regionOfId, type IdentityRecord, type PoolRecord, type Transaction } from './store.ts';

/** Logins one identity may hold (the service's limit). */
export const MAX_LINKED_LOGINS = 20;

/** An identity of a call, with its pool and the caller's checked logins. */
export interface Access {
  identityId: string;
  identity: IdentityRecord;
  pool: PoolRecord;
  logins: Login[];
  authenticated: boolean;
}

/** The stored identity, or undefined (also while its pool's deletion is still removing it). */
export function getIdentity(ctx: Context, identityId: string): IdentityRecord | undefined {
  const identity = ctx.tx.get<IdentityRecord>(keys.identity(identityId));
  return identity && ctx.tx.get(keys.pool(identity.a, identity.p)) !== undefined ? identity : undefined;
}

/** The identity a login is linked to, if any. */
function linkedIdentity(ctx: Context, poolId: string, login: Login): string | undefined {
  if (login.provider === OWN_PROVIDER) return login.user;
  return ctx.tx.get<string>(keys.login(poolId, login.provider, login.user));
}

/** Links logins to an identity (ResourceConflictException when one is another identity's). */
export function linkLogins(ctx: Context, identityId: string, identity: IdentityRecord, logins: readonly Login[], developer?: string): IdentityRecord {
  const linked = identity.l ?? [];
  const added: Array<[string, string]> = [];
  const has = (provider: string, user?: string) => [...linked, ...added].some(([p, u]) => p === provider && (user === undefined || u === user));
  for (const login of logins) {
    if (login.provider === OWN_PROVIDER || has(login.provider, login.user)) continue;
    const owner = linkedIdentity(ctx, identity.p, login);
    if (owner !== undefined && owner !== identityId) conflict(`The login for ${login.provider} is already linked to another identity.`);
    if (login.provider !== developer && has(login.provider)) conflict(`Identity '${identityId}' is already linked to another user of ${login.provider}.`);
    // ResourceConflictException (choice): the one error every operation that links logins declares.
    if (linked.length + added.length >= MAX_LINKED_LOGINS) conflict(`An identity may have at most ${MAX_LINKED_LOGINS} linked logins.`);
    added.push([login.provider, login.user]);
    ctx.tx.set(keys.login(identity.p, login.provider, login.user), identityId);
  }
  if (added.length === 0) return identity;
  // concat allocates exactly what it holds: the record is kept for the identity's life.
  const updated = identityRecord({ ...identity, l: linked.concat(added), m: ctx.now });
  ctx.tx.set(keys.identity(identityId), updated);
  return updated;
}

/** Creates an identity in a pool, linked to the logins given (a guest when there are none). */
export function createIdentity(ctx: Context, pool: PoolRecord, logins: readonly Login[], developer?: string): string {
  const poolId = pool.config.IdentityPoolId;
  const { key, identityId } = newIdentityKey(regionOfId(poolId));
  // A guest's record in identityRecord's shape, made directly (GetId's hot path).
  const identity: IdentityRecord = { a: pool.a, p: poolId, n: ctx.tx.store.nextSeq(), c: ctx.now, m: ctx.now };
  ctx.tx.set(key, identity);
  if (logins.length > 0) linkLogins(ctx, identityId, identity, logins, developer);
  return identityId;
}

/** The one identity the logins name, if any (ResourceConflictException when they name several: choice). */
export function identityOfLogins(ctx: Context, poolId: string, logins: readonly Login[]): string | undefined {
  const found = new Set(logins.flatMap((login) => linkedIdentity(ctx, poolId, login) ?? []));
  if (found.size > 1) conflict('The logins belong to different identities; merge them first.');
  return found.values().next().value;
}

/** Removes an identity and its login links, whether or not its pool is still there (through a transaction, or a pool deletion's slice). */
export function deleteIdentityRecords(tx: Pick<Transaction, 'get' | 'delete'>, identityId: string): void {
  const identity = tx.get<IdentityRecord>(keys.identity(identityId));
  if (!identity) return;
  for (const [provider, user] of identity.l ?? []) tx.delete(keys.login(identity.p, provider, user));
  tx.delete(keys.identity(identityId));
}

/** Removes logins from an identity; one left without logins becomes unusable (disabled), as AWS documents. */
export function unlinkLogins(ctx: Context, identityId: string, identity: IdentityRecord, remove: (provider: string, user: string) => boolean): void {
  const kept = (identity.l ?? []).filter(([p, u]) => !remove(p, u));
  for (const [provider, user] of identity.l ?? []) if (remove(provider, user)) ctx.tx.delete(keys.login(identity.p, provider, user));
  const { l: _dropped, ...rest } = identity;
  ctx.tx.set(keys.identity(identityId), identityRecord({ ...rest, m: ctx.now, ...(kept.length > 0 ? { l: kept } : { d: 1 }) }));
}

/**
 * GetId: a new guest identity on every call without logins (choice: apps keep the id they got; nothing says
 * AWS hands an old one back), or the one identity of the caller's logins (created and linked as needed).
 */
export function getId(ctx: Context, input: Input<'GetId'>): Output<'GetId'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  // Choice: an AccountId other than the pool's owner is answered as if the pool did not exist.
  if (input.AccountId !== undefined && input.AccountId !== pool.a) poolNotFound(input.IdentityPoolId);
  const logins = readLogins(ctx, pool.config, input.Logins);
  if (logins.length === 0) {
    if (!pool.config.AllowUnauthenticatedIdentities) notAuthorized(MESSAGES.guestsNotAllowed);
    return { IdentityId: createIdentity(ctx, pool, []) };
  }
  const existing = identityOfLogins(ctx, pool.config.IdentityPoolId, logins);
  if (existing === undefined) return { IdentityId: createIdentity(ctx, pool, logins) };
  const identity = getIdentity(ctx, existing);
  if (!identity || identity.d) return notAuthorized(MESSAGES.forbidden(existing));
  linkLogins(ctx, existing, identity, logins);
  return { IdentityId: existing };
}

/**
 * The identity a public call is answered for: the one sent, or, when the one sent holds no login (a guest, kept
 * by the app while the user signed in) and the call's logins already belong to another identity of the pool,
 * that identity. The guest is then merged into it: it is disabled, as the source of a merge is (choice: the
 * Cognito guide on switching identities says the two are merged and the app told of the new id; amplify-js#6616
 * saw the old guest id refused as forbidden afterwards). Amplify v6 depends on the switch: it sends its stored
 * guest id with the user's ID token and keeps the answer's IdentityId (amplify-js#14207).
 */
function answeringIdentity(ctx: Context, identityId: string, identity: IdentityRecord, logins: readonly Login[]): [string, IdentityRecord] {
  if ((identity.l?.length ?? 0) > 0 || logins.length === 0) return [identityId, identity];
  const owner = identityOfLogins(ctx, identity.p, logins);
  if (owner === undefined || owner === identityId) return [identityId, identity];
  const target = getIdentity(ctx, owner);
  if (!target || target.d) return notAuthorized(MESSAGES.forbidden(owner));
  if (!identity.d) ctx.tx.set(keys.identity(identityId), identityRecord({ ...identity, d: 1, m: ctx.now }));
  return [owner, target];
}

/**
 * Who may use an identity in a public call: a guest identity without logins where the pool allows guests;
 * an identity with logins only with at least one of them. Logins new to the identity are linked to it (how
 * a guest becomes authenticated, keeping its id, and how a user adds a provider). With `follow`, a guest sent
 * with another identity's login is answered for that identity (answeringIdentity).
 */
export function authorize(ctx: Context, sentId: string, loginsInput: Record<string, string> | undefined, follow = false): Access {
  const sent = getIdentity(ctx, sentId) ?? identityNotFound(sentId);
  const pool = ctx.tx.get<PoolRecord>(keys.pool(sent.a, sent.p)) ?? identityNotFound(sentId);
  const logins = readLogins(ctx, pool.config, loginsInput);
  const [identityId, identity] = follow ? answeringIdentity(ctx, sentId, sent, logins) : [sentId, sent];
  if (identity.d) notAuthorized(MESSAGES.forbidden(identityId));
  const owned = logins.filter((login) => linkedIdentity(ctx, identity.p, login) === identityId);
  if ((identity.l?.length ?? 0) > 0 && owned.length === 0) notAuthorized(MESSAGES.loginsDontMatch);
  if (logins.some((login) => login.provider === OWN_PROVIDER && login.user !== identityId)) notAuthorized(MESSAGES.loginsDontMatch);
  if (logins.length === 0 && !pool.config.AllowUnauthenticatedIdentities) notAuthorized(MESSAGES.guestsNotAllowed);
  const updated = linkLogins(ctx, identityId, identity, logins);
  return { identityId, identity: updated, pool, logins, authenticated: logins.length > 0 };
}

/** A signed call's identity: only the caller's account, in the caller's region. */
function visibleIdentity(ctx: Context, identityId: string): IdentityRecord | undefined {
  const identity = getIdentity(ctx, identityId);
  return identity && identity.a === ctx.account && regionOfId(identityId) === ctx.region ? identity : undefined;
}

/** The identity as Describe and List answer it (Logins left out for a guest: choice). */
function describe(identityId: string, identity: IdentityRecord): Output<'DescribeIdentity'> {
  const providers = [...new Set((identity.l ?? []).map(([provider]) => provider))];
  return { IdentityId: identityId, ...(providers.length > 0 ? { Logins: providers } : {}), CreationDate: identity.c, LastModifiedDate: identity.m };
}

/** DescribeIdentity. */
export function describeIdentity(ctx: Context, input: Input<'DescribeIdentity'>): Output<'DescribeIdentity'> {
  const identity = visibleIdentity(ctx, input.IdentityId) ?? identityNotFound(input.IdentityId);
  return describe(input.IdentityId, identity);
}

/** ListIdentities: oldest first (choice: AWS documents no order); HideDisabled leaves out identities that lost their last login. */
export function listIdentities(ctx: Context, input: Input<'ListIdentities'>): Output<'ListIdentities'> {
  const poolId = findPool(ctx, input.IdentityPoolId).config.IdentityPoolId;
  const scope = `identities/${poolId}`;
  const after = input.NextToken === undefined ? 0 : decodePageToken(input.NextToken, scope);
  const keep = input.HideDisabled ? (id: string) => !getIdentity(ctx, id)?.d : undefined;
  const { items, more } = ctx.tx.store.identities(poolId).page(after, input.MaxResults, keep);
  const Identities = items.map(([, id]) => describe(id, getIdentity(ctx, id) as IdentityRecord));
  const last = items.at(-1);
  return { IdentityPoolId: poolId, Identities, ...(more && last ? { NextToken: encodePageToken(scope, last[0]) } : {}) };
}

/**
 * DeleteIdentities: ids the caller cannot see (unknown, or of another account or region) come back as
 * UnprocessedIdentityIds with ErrorCode AccessDenied (choice: AWS does not say how it answers those).
 */
export function deleteIdentities(ctx: Context, input: Input<'DeleteIdentities'>): Output<'DeleteIdentities'> {
  const unprocessed = input.IdentityIdsToDelete.filter((id) => {
    if (!visibleIdentity(ctx, id)) return true;
    deleteIdentityRecords(ctx.tx, id);
    return false;
  });
  return { UnprocessedIdentityIds: unprocessed.map((IdentityId) => ({ IdentityId, ErrorCode: 'AccessDenied' as const })) };
}

/** UnlinkIdentity: with proof of a current login, detaches the named providers' logins (unknown ones are ignored: choice). */
export function unlinkIdentity(ctx: Context, input: Input<'UnlinkIdentity'>): Output<'UnlinkIdentity'> {
  const access = authorize(ctx, input.IdentityId, input.Logins);
  if (!access.authenticated) notAuthorized(MESSAGES.loginsDontMatch);
  unlinkLogins(ctx, input.IdentityId, access.identity, (provider) => input.LoginsToRemove.includes(provider));
  return {};
}

/** Identities through the project's client: guests, stable federated identities, linking, unlinking, listing, deleting. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate } from '../../../client/src/index.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, USER_POOL, clientFor, errorOf, idToken } from './helpers.ts';

let emu: CheckedEmulator;
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

async function newPool(allowGuests: boolean, region = 'us-east-1'): Promise<string> {
  const cognito = clientFor(emu.url, region);
  const { IdentityPoolId } = await cognito.createIdentityPool({
    IdentityPoolName: 'Identities', AllowUnauthenticatedIdentities: allowGuests,
    SupportedLoginProviders: { 'graph.facebook.com': '7346241598935552', 'www.amazon.com': 'amzn1.application.0123456789abcdef' },
    CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }],
  }) as { IdentityPoolId: string };
  await cognito.setIdentityPoolRoles({ IdentityPoolId, Roles: ROLES.unauthenticated ? { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated } : {} });
  return IdentityPoolId;
}

describe('identities', () => {
  it('guest GetId works only where guests are allowed, and makes a new identity each time', async () => {
    const cognito = clientFor(emu.url);
    const open = await newPool(true);
    const a = await cognito.getId({ IdentityPoolId: open });
    const b = await cognito.getId({ IdentityPoolId: open });
    expect(a.IdentityId).not.toBe(b.IdentityId);
    const closed = await newPool(false);
    expect(await errorOf(cognito.getId({ IdentityPoolId: closed }))).toEqual({ type: 'NotAuthorizedException', message: 'Unauthenticated access is not supported for this identity pool.', status: 400 });
  });

  it('a guest identity gets no credentials once the pool stops allowing guests', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(true);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
    await cognito.updateIdentityPool({ IdentityPoolId: pool, IdentityPoolName: 'Identities', AllowUnauthenticatedIdentities: false, SupportedLoginProviders: { 'graph.facebook.com': '7346241598935552' } });
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string }))).toEqual({ type: 'NotAuthorizedException', message: 'Unauthenticated access is not supported for this identity pool.', status: 400 });
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins: { 'graph.facebook.com': 'fb-upgraded' } }))).toBe('ok');
  });

  it('the same federated user always gets the same IdentityId, in the pool\'s region', async () => {
    const cognito = clientFor(emu.url, 'eu-central-1');
    const pool = await newPool(false, 'eu-central-1');
    const token = await idToken(USER_POOL.provider, USER_POOL.client, 'user-sub-1');
    const first = await cognito.getId({ IdentityPoolId: pool, Logins: { [USER_POOL.provider]: token } });
    const again = await cognito.getId({ IdentityPoolId: pool, Logins: { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'user-sub-1', { email: 'x@example.com' }) } });
    expect(again.IdentityId).toBe(first.IdentityId);
    expect(first.IdentityId).toMatch(/^eu-central-1:/);
    const other = await cognito.getId({ IdentityPoolId: pool, Logins: { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'user-sub-2') } });
    expect(other.IdentityId).not.toBe(first.IdentityId);
  });

  it('several logins link to one identity, and each then finds it', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(false);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-42' } });
    await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins: { 'graph.facebook.com': 'fb-42', 'www.amazon.com': 'amzn-42' } });
    expect((await cognito.getId({ IdentityPoolId: pool, Logins: { 'www.amazon.com': 'amzn-42' } })).IdentityId).toBe(IdentityId);
    const described = await cognito.describeIdentity({ IdentityId: IdentityId as string });
    expect(described.Logins?.sort()).toEqual(['graph.facebook.com', 'www.amazon.com']);
    expect(described.LastModifiedDate).toBeGreaterThanOrEqual(described.CreationDate as number);
    const clash = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-43' } });
    expect(await errorOf(cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-43', 'www.amazon.com': 'amzn-42' } }))).toMatchObject({ type: 'ResourceConflictException' });
    expect(clash.IdentityId).not.toBe(IdentityId);
  });

  it('a guest identity becomes authenticated when it presents a login', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(true);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool });
    expect((await cognito.describeIdentity({ IdentityId: IdentityId as string })).Logins).toBeUndefined();
    const upgraded = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins: { 'graph.facebook.com': 'fb-guest' } });
    expect(upgraded.IdentityId).toBe(IdentityId);
    expect((await cognito.describeIdentity({ IdentityId: IdentityId as string })).Logins).toEqual(['graph.facebook.com']);
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string }))).toEqual({ type: 'NotAuthorizedException', message: "Logins don't match. Please include at least one valid login for this identity or identity pool.", status: 400 });
  });

  it('a returning user who was a guest first is answered for their own identity, and the guest is merged into it', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(true);
    const login = { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'returning-user') };
    const own = (await cognito.getId({ IdentityPoolId: pool, Logins: login })).IdentityId as string;
    const guest = (await cognito.getId({ IdentityPoolId: pool })).IdentityId as string;
    await cognito.getCredentialsForIdentity({ IdentityId: guest });
    const answer = await cognito.getCredentialsForIdentity({ IdentityId: guest, Logins: login });
    expect(answer.IdentityId).toBe(own);
    const issued = await (await fetch(`${emu.url}/_emulator/credentials/${answer.Credentials?.AccessKeyId}`)).json();
    expect(issued).toMatchObject({ IdentityId: own, RoleArn: ROLES.authenticated, AuthenticationType: 'authenticated' });
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: guest }))).toEqual({ type: 'NotAuthorizedException', message: `Access to Identity '${guest}' is forbidden.`, status: 400 });
    expect((await cognito.getCredentialsForIdentity({ IdentityId: guest, Logins: login })).IdentityId).toBe(own); // the merged guest again, with the login
    const visible = (await cognito.listIdentities({ IdentityPoolId: pool, MaxResults: 60, HideDisabled: true })).Identities?.map((i) => i.IdentityId);
    expect(visible).toEqual([own]);
    expect((await cognito.describeIdentity({ IdentityId: own })).Logins).toEqual([USER_POOL.provider]);
    // The same for GetOpenIdToken, whose token names the identity answered for.
    const second = (await cognito.getId({ IdentityPoolId: pool })).IdentityId as string;
    const token = await cognito.getOpenIdToken({ IdentityId: second, Logins: login });
    expect(token.IdentityId).toBe(own);
    expect(JSON.parse(Buffer.from((token.Token as string).split('.')[1] as string, 'base64url').toString()).sub).toBe(own);
    // An identity that has logins of its own is not switched: the call must carry one of them.
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: own, Logins: { 'graph.facebook.com': 'fb-stranger' } }))).toMatchObject({ type: 'NotAuthorizedException' });
  });

  it('UnlinkIdentity needs a current login; removing the last one disables the identity', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(false);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-u', 'www.amazon.com': 'amzn-u' } });
    const id = IdentityId as string;
    expect(await errorOf(cognito.unlinkIdentity({ IdentityId: id, Logins: { 'graph.facebook.com': 'fb-someone-else' }, LoginsToRemove: ['www.amazon.com'] }))).toMatchObject({ type: 'NotAuthorizedException', message: "Logins don't match. Please include at least one valid login for this identity or identity pool." });
    expect(await errorOf(cognito.unlinkIdentity({ IdentityId: id, Logins: {}, LoginsToRemove: ['www.amazon.com'] }))).toMatchObject({ type: 'NotAuthorizedException' });
    await cognito.unlinkIdentity({ IdentityId: id, Logins: { 'graph.facebook.com': 'fb-u' }, LoginsToRemove: ['www.amazon.com'] });
    expect((await cognito.describeIdentity({ IdentityId: id })).Logins).toEqual(['graph.facebook.com']);
    const fresh = await cognito.getId({ IdentityPoolId: pool, Logins: { 'www.amazon.com': 'amzn-u' } });
    expect(fresh.IdentityId).not.toBe(id);
    await cognito.unlinkIdentity({ IdentityId: id, Logins: { 'graph.facebook.com': 'fb-u' }, LoginsToRemove: ['graph.facebook.com'] });
    expect(await errorOf(cognito.getCredentialsForIdentity({ IdentityId: id, Logins: { 'graph.facebook.com': 'fb-u' } }))).toEqual({ type: 'NotAuthorizedException', message: `Access to Identity '${id}' is forbidden.`, status: 400 });
    const visible = await cognito.listIdentities({ IdentityPoolId: pool, MaxResults: 60, HideDisabled: true });
    expect(visible.Identities?.map((i) => i.IdentityId)).not.toContain(id);
    expect((await cognito.listIdentities({ IdentityPoolId: pool, MaxResults: 60 })).Identities?.map((i) => i.IdentityId)).toContain(id);
  });

  it('ListIdentities pages oldest first with a token that survives inserts and deletes', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(true);
    const ids: string[] = [];
    for (let i = 0; i < 9; i += 1) ids.push((await cognito.getId({ IdentityPoolId: pool })).IdentityId as string);
    const first = await cognito.listIdentities({ IdentityPoolId: pool, MaxResults: 4 });
    expect(first.Identities?.map((i) => i.IdentityId)).toEqual(ids.slice(0, 4));
    await cognito.deleteIdentities({ IdentityIdsToDelete: [ids[4] as string] });
    const added = (await cognito.getId({ IdentityPoolId: pool })).IdentityId as string;
    const next = await cognito.listIdentities({ IdentityPoolId: pool, MaxResults: 4, NextToken: first.NextToken as string });
    expect(next.Identities?.map((i) => i.IdentityId)).toEqual(ids.slice(5, 9));
    const listed: string[] = [];
    for await (const page of paginate(cognito, 'ListIdentities', { IdentityPoolId: pool, MaxResults: 3 })) listed.push(...(page.Identities ?? []).map((i) => i.IdentityId as string));
    expect(listed).toEqual([...ids.slice(0, 4), ...ids.slice(5), added]);
    const other = await newPool(true);
    expect(await errorOf(cognito.listIdentities({ IdentityPoolId: other, MaxResults: 4, NextToken: first.NextToken as string }))).toMatchObject({ type: 'InvalidParameterException' });
  });

  it('DeleteIdentities deletes what the caller can see and reports the rest as AccessDenied', async () => {
    const cognito = clientFor(emu.url);
    const pool = await newPool(true);
    const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-del' } });
    const stranger = clientFor(emu.url, 'us-east-1', '999988887777');
    const missing = 'us-east-1:00000000-0000-4000-8000-000000000000';
    const refused = await stranger.deleteIdentities({ IdentityIdsToDelete: [IdentityId as string] });
    expect(refused.UnprocessedIdentityIds).toEqual([{ IdentityId, ErrorCode: 'AccessDenied' }]);
    const done = await cognito.deleteIdentities({ IdentityIdsToDelete: [IdentityId as string, missing] });
    expect(done.UnprocessedIdentityIds).toEqual([{ IdentityId: missing, ErrorCode: 'AccessDenied' }]);
    expect(await errorOf(cognito.describeIdentity({ IdentityId: IdentityId as string }))).toMatchObject({ type: 'ResourceNotFoundException' });
    const again = await cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'fb-del' } });
    expect(again.IdentityId).not.toBe(IdentityId);
  });

  it('an identity is visible to signed calls only in its account and region', async () => {
    const pool = await newPool(true);
    const { IdentityId } = await clientFor(emu.url).getId({ IdentityPoolId: pool });
    expect(await errorOf(clientFor(emu.url, 'eu-west-1').describeIdentity({ IdentityId: IdentityId as string }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect(await errorOf(clientFor(emu.url, 'us-east-1', '210987654321').describeIdentity({ IdentityId: IdentityId as string }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect(await errorOf(clientFor(emu.url).getCredentialsForIdentity({ IdentityId: 'us-east-1:00000000-0000-4000-8000-000000000001' }))).toMatchObject({ type: 'ResourceNotFoundException' });
  });
});

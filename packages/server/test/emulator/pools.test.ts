/** Pools through the project's client: create stores every member, update replaces, delete takes everything, lists page stably. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate } from '../../../client/src/index.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, USER_POOL, clientFor, errorOf } from './helpers.ts';

let emu: CheckedEmulator;
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const full = {
  IdentityPoolName: 'PhotoShare', AllowUnauthenticatedIdentities: true, AllowClassicFlow: true,
  SupportedLoginProviders: { 'graph.facebook.com': '7346241598935552' }, DeveloperProviderName: 'login.photoshare',
  OpenIdConnectProviderARNs: ['arn:aws:iam::123456789012:oidc-provider/auth.example.com'],
  CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client, ServerSideTokenCheck: false }],
  SamlProviderARNs: ['arn:aws:iam::123456789012:saml-provider/corp'], IdentityPoolTags: { team: 'photos' },
};

describe('identity pools', () => {
  it('create stores every member, AllowClassicFlow included, and describe returns them', async () => {
    const cognito = clientFor(emu.url);
    const created = await cognito.createIdentityPool(full);
    expect(created.IdentityPoolId).toMatch(/^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created).toEqual({ ...full, IdentityPoolId: created.IdentityPoolId });
    expect(await cognito.describeIdentityPool({ IdentityPoolId: created.IdentityPoolId as string })).toEqual(created);
  });

  it('omitted members stay absent, AllowClassicFlow too; tags are always answered', async () => {
    const cognito = clientFor(emu.url);
    const created = await cognito.createIdentityPool({ IdentityPoolName: 'Bare', AllowUnauthenticatedIdentities: false });
    expect(created).toEqual({ IdentityPoolId: created.IdentityPoolId, IdentityPoolName: 'Bare', AllowUnauthenticatedIdentities: false, IdentityPoolTags: {} });
    expect(await cognito.describeIdentityPool({ IdentityPoolId: created.IdentityPoolId as string })).not.toHaveProperty('AllowClassicFlow');
  });

  it('update replaces the whole configuration, but the developer provider name stays and cannot change', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityPoolId } = await cognito.createIdentityPool(full) as { IdentityPoolId: string };
    const updated = await cognito.updateIdentityPool({ IdentityPoolId, IdentityPoolName: 'Renamed', AllowUnauthenticatedIdentities: false });
    expect(updated).toEqual({ IdentityPoolId, IdentityPoolName: 'Renamed', AllowUnauthenticatedIdentities: false, DeveloperProviderName: 'login.photoshare', IdentityPoolTags: { team: 'photos' } });
    expect(await cognito.describeIdentityPool({ IdentityPoolId })).toEqual(updated);
    const change = await errorOf(cognito.updateIdentityPool({ IdentityPoolId, IdentityPoolName: 'Renamed', AllowUnauthenticatedIdentities: false, DeveloperProviderName: 'login.other' }));
    expect(change).toMatchObject({ type: 'InvalidParameterException', status: 400 });
    expect((await cognito.describeIdentityPool({ IdentityPoolId })).DeveloperProviderName).toBe('login.photoshare');
  });

  it('delete takes identities, roles, tags and principal-tag maps with it', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityPoolId } = await cognito.createIdentityPool(full) as { IdentityPoolId: string };
    await cognito.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: ROLES.authenticated } });
    await cognito.setPrincipalTagAttributeMap({ IdentityPoolId, IdentityProviderName: USER_POOL.provider, PrincipalTags: { dept: 'custom:dept' } });
    const { IdentityId } = await cognito.getId({ IdentityPoolId, Logins: { 'graph.facebook.com': 'fb-user-1' } });
    await cognito.deleteIdentityPool({ IdentityPoolId });
    const notFound = { type: 'ResourceNotFoundException', message: `IdentityPool '${IdentityPoolId}' not found.`, status: 400 };
    expect(await errorOf(cognito.describeIdentityPool({ IdentityPoolId }))).toEqual(notFound);
    expect(await errorOf(cognito.getIdentityPoolRoles({ IdentityPoolId }))).toEqual(notFound);
    expect(await errorOf(cognito.getId({ IdentityPoolId }))).toEqual(notFound);
    expect(await errorOf(cognito.describeIdentity({ IdentityId: IdentityId as string }))).toMatchObject({ type: 'ResourceNotFoundException' });
    const keys = emu.emulator.store.entries().map(([key]) => key);
    expect(keys.filter((key) => key.includes(IdentityPoolId) || key.includes(IdentityId as string))).toEqual([]);
  });

  it('an unknown pool is ResourceNotFoundException with the quoted message', async () => {
    const id = 'us-east-1:00000000-0000-4000-8000-000000000000';
    expect(await errorOf(clientFor(emu.url).describeIdentityPool({ IdentityPoolId: id }))).toEqual({ type: 'ResourceNotFoundException', message: `IdentityPool '${id}' not found.`, status: 400 });
  });

  it('ListIdentityPools pages with opaque tokens, only while more remain, id and name only, stable across inserts and deletes', async () => {
    const cognito = clientFor(emu.url, 'eu-west-1');
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) made.push((await cognito.createIdentityPool({ IdentityPoolName: `pool ${i}`, AllowUnauthenticatedIdentities: true })).IdentityPoolId as string);
    const first = await cognito.listIdentityPools({ MaxResults: 3 });
    expect(first.IdentityPools).toEqual(made.slice(0, 3).map((id, i) => ({ IdentityPoolId: id, IdentityPoolName: `pool ${i}` })));
    await cognito.deleteIdentityPool({ IdentityPoolId: made[3] as string });
    await cognito.createIdentityPool({ IdentityPoolName: 'pool 7', AllowUnauthenticatedIdentities: true });
    const rest = await cognito.listIdentityPools({ MaxResults: 3, NextToken: first.NextToken as string });
    expect(rest.IdentityPools?.map((p) => p.IdentityPoolName)).toEqual(['pool 4', 'pool 5', 'pool 6']);
    const all = [];
    for await (const page of paginate(cognito, 'ListIdentityPools', { MaxResults: 2 })) all.push(...(page.IdentityPools ?? []));
    expect(all.map((p) => p.IdentityPoolName)).toEqual(['pool 0', 'pool 1', 'pool 2', 'pool 4', 'pool 5', 'pool 6', 'pool 7']);
    const last = await cognito.listIdentityPools({ MaxResults: 60 });
    expect(last.NextToken).toBeUndefined();
    expect(await errorOf(cognito.listIdentityPools({ MaxResults: 3, NextToken: 'forged' }))).toMatchObject({ type: 'InvalidParameterException' });
  });

  it('a pool is visible only in its own region and account', async () => {
    const home = clientFor(emu.url, 'us-west-2', '111122223333');
    const { IdentityPoolId } = await home.createIdentityPool({ IdentityPoolName: 'Mine', AllowUnauthenticatedIdentities: true }) as { IdentityPoolId: string };
    expect(IdentityPoolId.startsWith('us-west-2:')).toBe(true);
    expect(await errorOf(clientFor(emu.url, 'us-west-2', '444455556666').describeIdentityPool({ IdentityPoolId }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect(await errorOf(clientFor(emu.url, 'us-west-2').describeIdentityPool({ IdentityPoolId }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect(await errorOf(clientFor(emu.url, 'us-east-1', '111122223333').describeIdentityPool({ IdentityPoolId }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect((await clientFor(emu.url, 'us-west-2', '444455556666').listIdentityPools({ MaxResults: 60 })).IdentityPools).toEqual([]);
    expect((await home.listIdentityPools({ MaxResults: 60 })).IdentityPools).toEqual([{ IdentityPoolId, IdentityPoolName: 'Mine' }]);
  });

  it('a developer provider name that is also a login provider is refused, and nothing is stored', async () => {
    const cognito = clientFor(emu.url, 'ap-south-1');
    const refused = await errorOf(cognito.createIdentityPool({ IdentityPoolName: 'Clash', AllowUnauthenticatedIdentities: true, DeveloperProviderName: 'graph.facebook.com', SupportedLoginProviders: { 'graph.facebook.com': '1' } }));
    expect(refused).toMatchObject({ type: 'InvalidParameterException' });
    expect((await cognito.listIdentityPools({ MaxResults: 60 })).IdentityPools).toEqual([]);
  });
});

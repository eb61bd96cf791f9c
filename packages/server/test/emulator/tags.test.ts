/** Tags through the tag operations and IdentityPoolTags (one store), and principal-tag maps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, USER_POOL, clientFor, errorOf, idToken } from './helpers.ts';

let emu: CheckedEmulator;
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const arnOf = (poolId: string, account = '123456789012') => `arn:aws:cognito-identity:${poolId.split(':')[0]}:${account}:identitypool/${poolId}`;

describe('tags', () => {
  it('the tag operations and IdentityPoolTags share one store', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityPoolId } = await cognito.createIdentityPool({ IdentityPoolName: 'Tagged', AllowUnauthenticatedIdentities: true, IdentityPoolTags: { env: 'dev' } }) as { IdentityPoolId: string };
    const ResourceArn = arnOf(IdentityPoolId);
    expect(await cognito.listTagsForResource({ ResourceArn })).toEqual({ Tags: { env: 'dev' } });
    await cognito.tagResource({ ResourceArn, Tags: { team: 'photos', env: 'prod' } });
    expect((await cognito.describeIdentityPool({ IdentityPoolId })).IdentityPoolTags).toEqual({ env: 'prod', team: 'photos' });
    await cognito.untagResource({ ResourceArn, TagKeys: ['env', 'absent'] });
    expect(await cognito.listTagsForResource({ ResourceArn })).toEqual({ Tags: { team: 'photos' } });
    await cognito.updateIdentityPool({ IdentityPoolId, IdentityPoolName: 'Tagged', AllowUnauthenticatedIdentities: true, IdentityPoolTags: { only: 'this' } });
    expect(await cognito.listTagsForResource({ ResourceArn })).toEqual({ Tags: { only: 'this' } });
  });

  it('refuses more than 50 tags, reserved keys, other accounts\' ARNs and other services\' ARNs, changing nothing', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityPoolId } = await cognito.createIdentityPool({ IdentityPoolName: 'Limits', AllowUnauthenticatedIdentities: true }) as { IdentityPoolId: string };
    const ResourceArn = arnOf(IdentityPoolId);
    await cognito.tagResource({ ResourceArn, Tags: Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`k${i}`, 'v'])) });
    expect(await errorOf(cognito.tagResource({ ResourceArn, Tags: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`n${i}`, 'v'])) }))).toMatchObject({ type: 'InvalidParameterException' });
    expect(await errorOf(cognito.tagResource({ ResourceArn, Tags: { 'aws:owner': 'me' } }))).toMatchObject({ type: 'InvalidParameterException' });
    expect(Object.keys((await cognito.listTagsForResource({ ResourceArn })).Tags ?? {})).toHaveLength(45);
    expect(await errorOf(cognito.listTagsForResource({ ResourceArn: arnOf(IdentityPoolId, '999999999999') }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect(await errorOf(clientFor(emu.url, 'us-east-1', '999999999999').listTagsForResource({ ResourceArn: arnOf(IdentityPoolId, '999999999999') }))).toMatchObject({ type: 'ResourceNotFoundException' });
    expect(await errorOf(cognito.listTagsForResource({ ResourceArn: 'arn:aws:s3:us-east-1:123456789012:accesspoint/photos' }))).toMatchObject({ type: 'InvalidParameterException' });
  });
});

describe('principal-tag maps', () => {
  it('default to the documented map, can be set, and tag the credentials of that provider\'s users', async () => {
    const cognito = clientFor(emu.url);
    const { IdentityPoolId } = await cognito.createIdentityPool({ IdentityPoolName: 'PTags', AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }] }) as { IdentityPoolId: string };
    await cognito.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: ROLES.authenticated } });
    const ask = { IdentityPoolId, IdentityProviderName: USER_POOL.provider };
    expect(await cognito.getPrincipalTagAttributeMap(ask)).toEqual({ ...ask, UseDefaults: true, PrincipalTags: { client: 'aud', username: 'sub' } });
    expect(await cognito.setPrincipalTagAttributeMap({ ...ask, PrincipalTags: { dept: 'custom:dept' } })).toEqual({ ...ask, UseDefaults: false, PrincipalTags: { dept: 'custom:dept' } });
    expect(await cognito.getPrincipalTagAttributeMap(ask)).toEqual({ ...ask, UseDefaults: false, PrincipalTags: { dept: 'custom:dept' } });
    const Logins = { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, 'tagged', { 'custom:dept': 'sales' }) };
    const { IdentityId } = await cognito.getId({ IdentityPoolId, Logins });
    const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, Logins });
    const registry = await (await fetch(`${emu.url}/_emulator/credentials/${Credentials?.AccessKeyId}`)).json();
    expect(registry.PrincipalTags).toEqual({ dept: 'sales' });
    expect(await errorOf(cognito.getPrincipalTagAttributeMap({ IdentityPoolId, IdentityProviderName: 'accounts.google.com' }))).toMatchObject({ type: 'InvalidParameterException' });
  });
});

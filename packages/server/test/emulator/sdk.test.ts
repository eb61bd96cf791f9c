/** The official AWS SDK v3 drives all 23 operations against the emulator, in one story whose steps depend on each other. */
import * as sdk from '@aws-sdk/client-cognito-identity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, USER_POOL, idToken } from './helpers.ts';

let emu: CheckedEmulator;
let client: sdk.CognitoIdentityClient;
const used = new Set<string>();

beforeAll(async () => {
  emu = await startCheckedEmulator();
  client = new sdk.CognitoIdentityClient({ region: 'eu-west-2', endpoint: emu.url, maxAttempts: 1, credentials: { accessKeyId: '210987654321', secretAccessKey: 'secret' } });
  client.middlewareStack.add((next, context) => async (args) => {
    used.add(String(context.commandName).replace(/Command$/, ''));
    return next(args);
  }, { step: 'initialize' });
});
afterAll(async () => {
  client.destroy();
  expectNoViolations(emu);
  await emu.close();
});

const DEV = 'login.photoshare';
const provider = USER_POOL.provider.replace('us-east-1', 'eu-west-2').replace('us-east-1_', 'eu-west-2_');

describe('AWS SDK v3 against the emulator', () => {
  it('runs every operation with AWS\'s semantics', async () => {
    const created = await client.send(new sdk.CreateIdentityPoolCommand({
      IdentityPoolName: 'SDK story', AllowUnauthenticatedIdentities: true, AllowClassicFlow: true, DeveloperProviderName: DEV,
      CognitoIdentityProviders: [{ ProviderName: provider, ClientId: USER_POOL.client }], IdentityPoolTags: { stage: 'test' },
    }));
    const IdentityPoolId = created.IdentityPoolId as string;
    expect(IdentityPoolId).toMatch(/^eu-west-2:/);
    const arn = `arn:aws:cognito-identity:eu-west-2:210987654321:identitypool/${IdentityPoolId}`;
    expect((await client.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId }))).IdentityPoolTags).toEqual({ stage: 'test' });
    await client.send(new sdk.UpdateIdentityPoolCommand({ ...created, IdentityPoolName: 'SDK story v2' }));
    expect((await client.send(new sdk.ListIdentityPoolsCommand({ MaxResults: 5 }))).IdentityPools).toEqual([{ IdentityPoolId, IdentityPoolName: 'SDK story v2' }]);
    await client.send(new sdk.SetIdentityPoolRolesCommand({ IdentityPoolId, Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated } }));
    expect((await client.send(new sdk.GetIdentityPoolRolesCommand({ IdentityPoolId }))).Roles?.authenticated).toBe(ROLES.authenticated);
    await client.send(new sdk.TagResourceCommand({ ResourceArn: arn, Tags: { owner: 'qa' } }));
    await client.send(new sdk.UntagResourceCommand({ ResourceArn: arn, TagKeys: ['stage'] }));
    expect((await client.send(new sdk.ListTagsForResourceCommand({ ResourceArn: arn }))).Tags).toEqual({ owner: 'qa' });
    await client.send(new sdk.SetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName: provider, UseDefaults: true }));
    expect((await client.send(new sdk.GetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName: provider }))).UseDefaults).toBe(true);

    const guest = await client.send(new sdk.GetIdCommand({ IdentityPoolId }));
    const guestCredentials = await client.send(new sdk.GetCredentialsForIdentityCommand({ IdentityId: guest.IdentityId }));
    expect(guestCredentials.Credentials?.Expiration).toBeInstanceOf(Date);
    const openId = await client.send(new sdk.GetOpenIdTokenCommand({ IdentityId: guest.IdentityId }));
    expect(openId.Token?.split('.')).toHaveLength(3);

    const Logins = { [provider]: await idToken(provider, USER_POOL.client, 'sdk-user') };
    const user = await client.send(new sdk.GetIdCommand({ IdentityPoolId, Logins }));
    const dev = await client.send(new sdk.GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, IdentityId: user.IdentityId, Logins: { [DEV]: 'dev-1' } }));
    expect(dev.IdentityId).toBe(user.IdentityId);
    await client.send(new sdk.GetOpenIdTokenForDeveloperIdentityCommand({ IdentityPoolId, Logins: { [DEV]: 'dev-2' } }));
    expect((await client.send(new sdk.MergeDeveloperIdentitiesCommand({ IdentityPoolId, DeveloperProviderName: DEV, SourceUserIdentifier: 'dev-2', DestinationUserIdentifier: 'dev-1' }))).IdentityId).toBe(user.IdentityId);
    expect((await client.send(new sdk.LookupDeveloperIdentityCommand({ IdentityPoolId, IdentityId: user.IdentityId }))).DeveloperUserIdentifierList).toEqual(['dev-1', 'dev-2']);
    await client.send(new sdk.UnlinkDeveloperIdentityCommand({ IdentityPoolId, IdentityId: user.IdentityId, DeveloperProviderName: DEV, DeveloperUserIdentifier: 'dev-2' }));
    await client.send(new sdk.UnlinkIdentityCommand({ IdentityId: user.IdentityId, Logins, LoginsToRemove: [DEV] }));
    const described = await client.send(new sdk.DescribeIdentityCommand({ IdentityId: user.IdentityId }));
    expect(described.Logins).toEqual([provider]);
    expect(described.CreationDate).toBeInstanceOf(Date);
    const listed = await client.send(new sdk.ListIdentitiesCommand({ IdentityPoolId, MaxResults: 60 }));
    expect(listed.Identities?.map((i) => i.IdentityId)).toContain(user.IdentityId);
    const deleted = await client.send(new sdk.DeleteIdentitiesCommand({ IdentityIdsToDelete: [guest.IdentityId as string] }));
    expect(deleted.UnprocessedIdentityIds).toEqual([]);
    await client.send(new sdk.DeleteIdentityPoolCommand({ IdentityPoolId }));

    const missing = await client.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId })).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(sdk.ResourceNotFoundException);
    expect(missing).toMatchObject({ message: `IdentityPool '${IdentityPoolId}' not found.`, $metadata: { httpStatusCode: 400 } });
    expect([...used].sort()).toHaveLength(23);
  });

  it('raises the SDK\'s typed exceptions', async () => {
    const { IdentityPoolId } = await client.send(new sdk.CreateIdentityPoolCommand({ IdentityPoolName: 'Closed', AllowUnauthenticatedIdentities: false }));
    const guest = await client.send(new sdk.GetIdCommand({ IdentityPoolId })).catch((e: unknown) => e);
    expect(guest).toBeInstanceOf(sdk.NotAuthorizedException);
    expect((guest as Error).message).toBe('Unauthenticated access is not supported for this identity pool.');
  });
});

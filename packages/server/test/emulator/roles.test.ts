/** Role resolution in GetCredentialsForIdentity: Roles, Token and Rules mappings, ambiguity, CustomRoleArn, and the registry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, USER_POOL, clientFor, errorOf, idToken } from './helpers.ts';

let emu: CheckedEmulator;
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const MAPPING_KEY = `${USER_POOL.provider}:${USER_POOL.client}`;
type Mapping = Parameters<ReturnType<typeof clientFor>['setIdentityPoolRoles']>[0]['RoleMappings'];

async function poolWith(roles: Record<string, string>, mappings?: Mapping): Promise<string> {
  const cognito = clientFor(emu.url);
  const { IdentityPoolId } = await cognito.createIdentityPool({
    IdentityPoolName: 'Roles', AllowUnauthenticatedIdentities: true, SupportedLoginProviders: { 'graph.facebook.com': '1' },
    CognitoIdentityProviders: [{ ProviderName: USER_POOL.provider, ClientId: USER_POOL.client }],
  }) as { IdentityPoolId: string };
  await cognito.setIdentityPoolRoles({ IdentityPoolId, Roles: roles, ...(mappings ? { RoleMappings: mappings } : {}) });
  return IdentityPoolId;
}

/** The role of the credentials a user-pool user with these claims gets, read back from the registry. */
async function roleOf(pool: string, claims: Record<string, unknown> | undefined, customRoleArn?: string): Promise<string> {
  const cognito = clientFor(emu.url);
  const Logins = claims ? { [USER_POOL.provider]: await idToken(USER_POOL.provider, USER_POOL.client, `user-${Math.random()}`, claims) } : undefined;
  const { IdentityId } = await cognito.getId({ IdentityPoolId: pool, ...(Logins ? { Logins } : {}) });
  const { Credentials } = await cognito.getCredentialsForIdentity({ IdentityId: IdentityId as string, ...(Logins ? { Logins } : {}), ...(customRoleArn ? { CustomRoleArn: customRoleArn } : {}) });
  const registry = await (await fetch(`${emu.url}/_emulator/credentials/${Credentials?.AccessKeyId}`)).json() as { RoleArn: string; IdentityId: string; AuthenticationType: string };
  expect(registry.IdentityId).toBe(IdentityId);
  expect(registry.AuthenticationType).toBe(claims ? 'authenticated' : 'unauthenticated');
  return registry.RoleArn;
}

const both = { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated };

describe('role resolution', () => {
  it('guests get the unauthenticated role; users without a mapping the authenticated one', async () => {
    const pool = await poolWith(both);
    expect(await roleOf(pool, undefined)).toBe(ROLES.unauthenticated);
    expect(await roleOf(pool, {})).toBe(ROLES.authenticated);
  });

  it('no role for the caller\'s kind is InvalidIdentityPoolConfigurationException', async () => {
    const pool = await poolWith({ authenticated: ROLES.authenticated });
    const { IdentityId } = await clientFor(emu.url).getId({ IdentityPoolId: pool });
    expect(await errorOf(clientFor(emu.url).getCredentialsForIdentity({ IdentityId: IdentityId as string }))).toEqual({
      type: 'InvalidIdentityPoolConfigurationException', message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.', status: 400,
    });
  });

  it('Token: cognito:preferred_role, else a single cognito:roles; CustomRoleArn picks one of the token\'s roles', async () => {
    const pool = await poolWith(both, { [MAPPING_KEY]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } });
    expect(await roleOf(pool, { 'cognito:preferred_role': ROLES.admin, 'cognito:roles': [ROLES.admin, ROLES.editor] })).toBe(ROLES.admin);
    expect(await roleOf(pool, { 'cognito:roles': [ROLES.editor] })).toBe(ROLES.editor);
    expect(await roleOf(pool, { 'cognito:roles': [ROLES.admin, ROLES.editor] })).toBe(ROLES.authenticated);
    expect(await roleOf(pool, { 'cognito:roles': [ROLES.admin, ROLES.editor] }, ROLES.editor)).toBe(ROLES.editor);
  });

  it('Token with Deny refuses an ambiguous token', async () => {
    const pool = await poolWith(both, { [MAPPING_KEY]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' } });
    const answer = await errorOf(roleOf(pool, { 'cognito:roles': [ROLES.admin, ROLES.editor] }));
    expect(answer).toMatchObject({ type: 'NotAuthorizedException', message: 'Ambiguous role resolutions will lead to requester being denied' });
  });

  it('Rules: the first matching rule wins; Equals, Contains, StartsWith, NotEqual; no match falls back or is denied', async () => {
    const rules = [
      { Claim: 'cognito:groups', MatchType: 'Equals' as const, Value: 'admins', RoleARN: ROLES.admin },
      { Claim: 'email', MatchType: 'Contains' as const, Value: '@editors.', RoleARN: ROLES.editor },
      { Claim: 'custom:tier', MatchType: 'StartsWith' as const, Value: 'gold', RoleARN: ROLES.admin },
      { Claim: 'custom:region', MatchType: 'NotEqual' as const, Value: 'eu', RoleARN: ROLES.editor },
    ];
    const pool = await poolWith(both, { [MAPPING_KEY]: { Type: 'Rules', AmbiguousRoleResolution: 'AuthenticatedRole', RulesConfiguration: { Rules: rules } } });
    expect(await roleOf(pool, { 'cognito:groups': ['users', 'admins'], email: 'a@editors.example' })).toBe(ROLES.admin);
    expect(await roleOf(pool, { email: 'a@editors.example' })).toBe(ROLES.editor);
    expect(await roleOf(pool, { 'custom:tier': 'gold-plus' })).toBe(ROLES.admin);
    expect(await roleOf(pool, { 'custom:region': 'us' })).toBe(ROLES.editor);
    expect(await roleOf(pool, { 'custom:region': 'eu' })).toBe(ROLES.authenticated);
    const deny = await poolWith(both, { [MAPPING_KEY]: { Type: 'Rules', AmbiguousRoleResolution: 'Deny', RulesConfiguration: { Rules: rules } } });
    expect(await errorOf(roleOf(deny, { email: 'nobody@example.com' }))).toMatchObject({ type: 'NotAuthorizedException' });
  });

  it('SetIdentityPoolRoles refuses mapping keys that are not the pool\'s providers, and bad roles, changing nothing', async () => {
    const cognito = clientFor(emu.url);
    const pool = await poolWith(both);
    expect(await errorOf(cognito.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: both, RoleMappings: { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Nope:abc': { Type: 'Token', AmbiguousRoleResolution: 'Deny' } } }))).toEqual({
      type: 'InvalidParameterException', message: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Nope:abc is not a valid RoleMapping ProviderName or is not a configured provider.', status: 400,
    });
    expect(await errorOf(cognito.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: { admin: ROLES.admin } }))).toMatchObject({ type: 'ValidationException' });
    expect(await errorOf(cognito.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: both, RoleMappings: { [MAPPING_KEY]: { Type: 'Rules', AmbiguousRoleResolution: 'Deny' } } }))).toMatchObject({ type: 'InvalidParameterException' });
    expect(await cognito.getIdentityPoolRoles({ IdentityPoolId: pool })).toEqual({ IdentityPoolId: pool, Roles: both });
    await cognito.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: { unauthenticated: ROLES.unauthenticated }, RoleMappings: { [MAPPING_KEY]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' } } });
    expect(await cognito.getIdentityPoolRoles({ IdentityPoolId: pool })).toEqual({ IdentityPoolId: pool, Roles: { unauthenticated: ROLES.unauthenticated }, RoleMappings: { [MAPPING_KEY]: { Type: 'Token', AmbiguousRoleResolution: 'Deny' } } });
  });
});

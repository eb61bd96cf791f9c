/**
 * Terraform's provisioning, replayed: the calls terraform-provider-aws sends for `aws_cognito_identity_pool`,
 * `aws_cognito_identity_pool_roles_attachment` and `aws_cognito_identity_pool_provider_principal_tag` (create,
 * read, update, import, drift and destroy, in the provider's order and with its inputs), and what the
 * provider keeps from the answers. Read from github.com/hashicorp/terraform-provider-aws,
 * internal/service/cognitoidentity/: pool.go @6ba57676e5b874c863934fa890ae45ceea709ce4,
 * pool_roles_attachment.go @eeecacfa18e259c26acee2806655620336bfb519, pool_provider_principal_tag.go
 * @01c08000ddb14181b5bd19201d8fca311dc570e4 (and their SDK v2 form), flex.go, tags_gen.go; the configurations
 * are the acceptance tests' (pool_test.go @021e60b20cb737cff59c270d617f8fb237dec712,
 * pool_roles_attachment_test.go @01606926a0c0ab9174aec440f976a48b0baee722, pool_provider_principal_tag_test.go
 * @07e0d0b940f57c782f8fcc9ccfd8b19f59383b51). `terraform-resources.ts` has the details. No Terraform binary runs here.
 */
import * as sdk from '@aws-sdk/client-cognito-identity';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import {
  identityPool, principalTag, rolesAttachment, withDefaults,
  type PoolConfig, type PoolState, type PrincipalTagState, type ProviderMeta, type RolesConfig, type RolesState,
} from './terraform-resources.ts';

let emu: CheckedEmulator;
let meta: ProviderMeta;
/** Someone changing things outside Terraform (the console, a script). */
let outOfBand: sdk.CognitoIdentityClient;
let calls: string[] = [];

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const AUTH_ROLE = `arn:aws:iam::${ACCOUNT}:role/cognito_authenticated_tfreplay`;
const UNAUTH_ROLE = `arn:aws:iam::${ACCOUNT}:role/cognito_unauthenticated_tfreplay`;
const USER_POOL = `cognito-idp.${REGION}.amazonaws.com/${REGION}_Zr231apJu`;
const OIDC_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/accounts.example.com`;

const newClient = () => new sdk.CognitoIdentityClient({ region: REGION, endpoint: emu.url, maxAttempts: 1, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' } });

beforeAll(async () => {
  emu = await startCheckedEmulator();
  const client = newClient();
  client.middlewareStack.add((next, context) => async (args) => {
    calls.push(String(context.commandName).replace(/Command$/, ''));
    return next(args);
  }, { step: 'initialize' });
  meta = { client, partition: 'aws', region: REGION, account: ACCOUNT };
  outOfBand = newClient();
});
beforeEach(() => { calls = []; });
afterAll(async () => {
  meta.client.destroy();
  outOfBand.destroy();
  expectNoViolations(emu);
  await emu.close();
});

/** What `terraform plan` would show for the pool: the attributes whose state differs from the configuration. */
function poolDiff(state: PoolState, config: PoolConfig): string[] {
  const wanted: Record<string, unknown> = { ...withDefaults(config), tags: config.tags ?? {} };
  return Object.keys(wanted).filter((key) => JSON.stringify((state as unknown as Record<string, unknown>)[key]) !== JSON.stringify(wanted[key]));
}

describe('aws_cognito_identity_pool', () => {
  let config: PoolConfig = {
    identity_pool_name: 'identity pool tfreplay',
    allow_unauthenticated_identities: false,
    supported_login_providers: { 'graph.facebook.com': '7346241598935555' },
    cognito_identity_providers: [
      { client_id: '7lhlkkfbfb4q5kpp90urffao', provider_name: `cognito-idp.${REGION}.amazonaws.com/${REGION}_Ab129faBb`, server_side_token_check: false },
      { client_id: '7lhlkkfbfb4q5kpp90urffao', provider_name: USER_POOL, server_side_token_check: false },
    ],
    openid_connect_provider_arns: [`arn:aws:iam::${ACCOUNT}:oidc-provider/server.example.com`],
    saml_provider_arns: [`arn:aws:iam::${ACCOUNT}:saml-provider/myprovider-tfreplay`],
    tags: { key1: 'value1' },
  };
  let state: PoolState;

  it('aws_cognito_identity_pool: create', async () => {
    state = await identityPool.create(meta, config);
    expect(calls).toEqual(['CreateIdentityPool', 'DescribeIdentityPool']);
    expect(state.arn).toBe(`arn:aws:cognito-identity:${REGION}:${ACCOUNT}:identitypool/${state.id}`);
    expect(state.id).toMatch(/^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(poolDiff(state, config)).toEqual([]);
    // AllowClassicFlow is always sent (false by the schema's default) and read back.
    expect(state.allow_classic_flow).toBe(false);
    // The ARN the provider builds itself is the one the tag operations take.
    expect((await outOfBand.send(new sdk.ListTagsForResourceCommand({ ResourceArn: state.arn }))).Tags).toEqual({ key1: 'value1' });
  });

  it('aws_cognito_identity_pool: import', async () => {
    // `terraform import aws_cognito_identity_pool.test <id>`: the id alone, then a read; ImportStateVerify compares.
    expect(await identityPool.read(meta, state.id)).toEqual(state);
    expect(calls).toEqual(['DescribeIdentityPool']);
  });

  it('aws_cognito_identity_pool: update tags', async () => {
    const twoTags = { ...config, tags: { key1: 'value1updated', key2: 'value2' } };
    state = await identityPool.update(meta, state, twoTags);
    expect(calls).toEqual(['TagResource', 'DescribeIdentityPool']);
    expect(state.tags).toEqual({ key1: 'value1updated', key2: 'value2' });
    calls = [];
    const oneTag = { ...config, tags: { key2: 'value2' } };
    state = await identityPool.update(meta, state, oneTag);
    expect(calls).toEqual(['UntagResource', 'DescribeIdentityPool']);
    expect(poolDiff(state, oneTag)).toEqual([]);
    config = oneTag;
  });

  it('aws_cognito_identity_pool: update removes providers', async () => {
    const id = state.id;
    const fewer: PoolConfig = { ...config, cognito_identity_providers: [{ client_id: '6lhlkkfbfb4q5kpp90urffae', provider_name: USER_POOL, server_side_token_check: false }] };
    state = await identityPool.update(meta, state, fewer);
    expect(calls).toEqual(['UpdateIdentityPool', 'DescribeIdentityPool']);
    expect(poolDiff(state, fewer)).toEqual([]);
    // testAccPoolConfig_basic: every provider argument gone; the update sends them as empty collections.
    const basic: PoolConfig = { identity_pool_name: config.identity_pool_name, allow_unauthenticated_identities: false, tags: config.tags };
    state = await identityPool.update(meta, state, basic);
    expect(poolDiff(state, basic)).toEqual([]);
    expect([state.supported_login_providers, state.cognito_identity_providers, state.openid_connect_provider_arns, state.saml_provider_arns]).toEqual([{}, [], [], []]);
    expect(state.id).toBe(id);
    // UpdateIdentityPool does not carry tags: they stay.
    expect(state.tags).toEqual({ key2: 'value2' });
    config = basic;
  });

  it('aws_cognito_identity_pool: drift after an out-of-band change', async () => {
    await outOfBand.send(new sdk.UpdateIdentityPoolCommand({ IdentityPoolId: state.id, IdentityPoolName: config.identity_pool_name, AllowUnauthenticatedIdentities: true }));
    await outOfBand.send(new sdk.TagResourceCommand({ ResourceArn: state.arn, Tags: { owner: 'console' } }));
    const refreshed = await identityPool.read(meta, state.id) as PoolState;
    expect(refreshed.allow_unauthenticated_identities).toBe(true);
    expect(refreshed.tags).toEqual({ key2: 'value2', owner: 'console' });
    expect(poolDiff(refreshed, config)).toEqual(['allow_unauthenticated_identities', 'tags']);
    calls = [];
    state = await identityPool.update(meta, refreshed, config);
    expect(calls).toEqual(['UntagResource', 'UpdateIdentityPool', 'DescribeIdentityPool']);
    expect(poolDiff(state, config)).toEqual([]);
  });

  it('aws_cognito_identity_pool: destroy', async () => {
    await identityPool.delete(meta, state.id);
    expect(calls).toEqual(['DeleteIdentityPool']);
    // CheckDestroy: Describe answers ResourceNotFoundException; a refresh drops the resource from state.
    await expect(outOfBand.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId: state.id }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    expect(await identityPool.read(meta, state.id)).toBeUndefined();
    // A pool already gone: the provider's delete swallows ResourceNotFoundException.
    await expect(identityPool.delete(meta, state.id)).resolves.toBeUndefined();
  });

  it('aws_cognito_identity_pool: replace on developer_provider_name', async () => {
    // The attribute forces a new resource (the service cannot change it): destroy, then create.
    const first = await identityPool.create(meta, { identity_pool_name: 'identity pool dev', developer_provider_name: 'login.first' });
    await identityPool.delete(meta, first.id);
    const second = await identityPool.create(meta, { identity_pool_name: 'identity pool dev', developer_provider_name: 'login.second' });
    expect(second.id).not.toBe(first.id);
    expect(second.developer_provider_name).toBe('login.second');
    await identityPool.delete(meta, second.id);
  });
});

describe('aws_cognito_identity_pool_roles_attachment', () => {
  let pool: PoolState;
  let config: RolesConfig;
  let state: RolesState;
  const rule = (claim: string, value: string) => ({ claim, match_type: 'Equals' as const, role_arn: AUTH_ROLE, value });

  beforeAll(async () => {
    pool = await identityPool.create(meta, {
      identity_pool_name: 'identity pool roles',
      supported_login_providers: { 'graph.facebook.com': '7346241598935555' },
      cognito_identity_providers: [{ client_id: '7lhlkkfbfb4q5kpp90urffao', provider_name: USER_POOL }],
    });
    config = { identity_pool_id: pool.id, roles: { authenticated: AUTH_ROLE } };
  });
  afterAll(async () => { await identityPool.delete(meta, pool.id); });

  it('aws_cognito_identity_pool_roles_attachment: create', async () => {
    state = await rolesAttachment.create(meta, config);
    expect(calls).toEqual(['SetIdentityPoolRoles', 'GetIdentityPoolRoles']);
    expect(state).toEqual({ id: pool.id, identity_pool_id: pool.id, roles: { authenticated: AUTH_ROLE }, role_mapping: [] });
  });

  it('aws_cognito_identity_pool_roles_attachment: import', async () => {
    expect(await rolesAttachment.read(meta, pool.id)).toEqual(state);
  });

  it('aws_cognito_identity_pool_roles_attachment: update role_mapping', async () => {
    const facebook = { identity_provider: 'graph.facebook.com', ambiguous_role_resolution: 'AuthenticatedRole', type: 'Rules' } as const;
    // A user pool's mapping is keyed `<provider>:<app client id>`, as Terraform users write it from the user pool's endpoint and client id.
    const userPool = { identity_provider: `${USER_POOL}:7lhlkkfbfb4q5kpp90urffao`, ambiguous_role_resolution: 'Deny', type: 'Token' } as const;
    const withMapping: RolesConfig = { ...config, role_mapping: [{ ...facebook, mapping_rule: [rule('isAdmin', 'paid')] }, userPool] };
    state = await rolesAttachment.update(meta, state, withMapping);
    expect(calls).toEqual(['SetIdentityPoolRoles', 'GetIdentityPoolRoles']);
    expect(state.role_mapping).toEqual(withMapping.role_mapping);
    const twoRules: RolesConfig = { ...config, role_mapping: [{ ...facebook, mapping_rule: [rule('isPaid', 'unpaid'), rule('isFoo', 'bar')] }] };
    state = await rolesAttachment.update(meta, state, twoRules);
    expect(state.role_mapping).toEqual(twoRules.role_mapping);
    expect(await rolesAttachment.read(meta, pool.id)).toEqual(state);
    // Back to no mapping: RoleMappings goes as an empty map and the mapping is gone.
    state = await rolesAttachment.update(meta, state, config);
    expect(state.role_mapping).toEqual([]);
    expect(state.roles).toEqual(config.roles);
  });

  it('aws_cognito_identity_pool_roles_attachment: drift after an out-of-band change', async () => {
    await outOfBand.send(new sdk.SetIdentityPoolRolesCommand({ IdentityPoolId: pool.id, Roles: { authenticated: AUTH_ROLE, unauthenticated: UNAUTH_ROLE } }));
    const refreshed = await rolesAttachment.read(meta, pool.id) as RolesState;
    expect(refreshed.roles).toEqual({ authenticated: AUTH_ROLE, unauthenticated: UNAUTH_ROLE });
    // `roles` forces replacement: destroy, then create.
    calls = [];
    await rolesAttachment.delete(meta, pool.id);
    state = await rolesAttachment.create(meta, config);
    expect(calls).toEqual(['SetIdentityPoolRoles', 'SetIdentityPoolRoles', 'GetIdentityPoolRoles']);
    expect(state.roles).toEqual(config.roles);
  });

  it('aws_cognito_identity_pool_roles_attachment: destroy', async () => {
    await rolesAttachment.delete(meta, pool.id);
    expect(calls).toEqual(['SetIdentityPoolRoles']);
    const after = await outOfBand.send(new sdk.GetIdentityPoolRolesCommand({ IdentityPoolId: pool.id }));
    expect(after.Roles ?? {}).toEqual({});
    expect(after.RoleMappings ?? {}).toEqual({});
    expect(await rolesAttachment.read(meta, pool.id)).toEqual({ ...state, roles: {}, role_mapping: [] });
    // With no roles left, a signed-in user of the pool gets no credentials.
    const Logins = { 'graph.facebook.com': 'facebook-access-token-of-ana' };
    const { IdentityId } = await outOfBand.send(new sdk.GetIdCommand({ IdentityPoolId: pool.id, Logins }));
    await expect(outOfBand.send(new sdk.GetCredentialsForIdentityCommand({ IdentityId, Logins }))).rejects.toMatchObject({ name: 'InvalidIdentityPoolConfigurationException' });
  });
});

describe('aws_cognito_identity_pool_provider_principal_tag', () => {
  let pool: PoolState;
  let state: PrincipalTagState;
  const config = () => ({ identity_pool_id: pool.id, identity_provider_name: USER_POOL, use_defaults: false, principal_tags: { test: 'value' } });

  beforeAll(async () => {
    pool = await identityPool.create(meta, {
      identity_pool_name: 'identity pool ptags',
      cognito_identity_providers: [{ client_id: '7lhlkkfbfb4q5kpp90urffao', provider_name: USER_POOL, server_side_token_check: false }],
      supported_login_providers: { 'accounts.google.com': 'new-client-id-url.apps.googleusercontent.com' },
    });
  });
  afterAll(async () => { await identityPool.delete(meta, pool.id); });

  it('aws_cognito_identity_pool_provider_principal_tag: create', async () => {
    state = await principalTag.create(meta, config());
    expect(calls).toEqual(['SetPrincipalTagAttributeMap', 'GetPrincipalTagAttributeMap']);
    expect(state).toEqual({ id: `${pool.id}:${USER_POOL}`, ...config() });
  });

  it('aws_cognito_identity_pool_provider_principal_tag: import', async () => {
    expect(await principalTag.read(meta, `${pool.id}:${USER_POOL}`)).toEqual(state);
  });

  it('aws_cognito_identity_pool_provider_principal_tag: update', async () => {
    const updated = { ...config(), principal_tags: { test: 'value', new: 'map' } };
    state = await principalTag.update(meta, state, updated);
    expect(calls).toEqual(['SetPrincipalTagAttributeMap', 'GetPrincipalTagAttributeMap']);
    expect(state.principal_tags).toEqual({ test: 'value', new: 'map' });
    state = await principalTag.update(meta, state, config());
    expect(state.principal_tags).toEqual({ test: 'value' });
  });

  it('aws_cognito_identity_pool_provider_principal_tag: drift after an out-of-band change', async () => {
    await outOfBand.send(new sdk.SetPrincipalTagAttributeMapCommand({ IdentityPoolId: pool.id, IdentityProviderName: USER_POOL, UseDefaults: true }));
    const refreshed = await principalTag.read(meta, state.id) as PrincipalTagState;
    expect(refreshed.use_defaults).toBe(true);
    expect(refreshed.principal_tags).not.toEqual({ test: 'value' });
    state = await principalTag.update(meta, refreshed, config());
    expect(state).toEqual({ id: state.id, ...config() });
  });

  it('aws_cognito_identity_pool_provider_principal_tag: destroy', async () => {
    await principalTag.delete(meta, state.id);
    expect(calls).toEqual(['SetPrincipalTagAttributeMap']);
    const after = await outOfBand.send(new sdk.GetPrincipalTagAttributeMapCommand({ IdentityPoolId: pool.id, IdentityProviderName: USER_POOL }));
    expect(after.UseDefaults).toBe(true);
    expect(after.PrincipalTags).not.toHaveProperty('test');
  });

  it('aws_cognito_identity_pool_provider_principal_tag: OIDC provider named by its ARN', async () => {
    // The acceptance test's OIDC case names the provider by its IAM ARN, as the pool lists it.
    const oidcPool = await identityPool.create(meta, { identity_pool_name: 'identity pool oidc', allow_classic_flow: false, openid_connect_provider_arns: [OIDC_ARN] });
    const oidc = { identity_pool_id: oidcPool.id, identity_provider_name: OIDC_ARN, use_defaults: false, principal_tags: { test: 'value' } };
    const created = await principalTag.create(meta, oidc);
    expect(created).toEqual({ id: `${oidcPool.id}:${OIDC_ARN}`, ...oidc });
    expect(await principalTag.read(meta, created.id)).toEqual(created);
    // The same map as the issuer's, the Logins key its users sign in with.
    const byIssuer = await outOfBand.send(new sdk.GetPrincipalTagAttributeMapCommand({ IdentityPoolId: oidcPool.id, IdentityProviderName: 'accounts.example.com' }));
    expect([byIssuer.UseDefaults, byIssuer.PrincipalTags]).toEqual([false, { test: 'value' }]);
    await principalTag.delete(meta, created.id);
    await identityPool.delete(meta, oidcPool.id);
  });
});

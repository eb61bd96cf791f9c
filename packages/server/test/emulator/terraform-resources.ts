/**
 * The calls terraform-provider-aws makes for its three identity-pool resources, replayed with the AWS SDK v3
 * (the provider uses the Go SDK v2: the same JSON 1.1 requests). Each function does what the provider's
 * create, read, update or delete function does, in the same order and with the same members, and returns
 * what the provider would keep in its state (snake_case attributes), so a test can compare state the way
 * Terraform does. No Terraform code is copied; the calls were read from these files of
 * github.com/hashicorp/terraform-provider-aws (internal/service/cognitoidentity/):
 * - `pool.go` (6ba57676e5b874c863934fa890ae45ceea709ce4; and its SDK v2 form, which adds: update sends every
 *   provider member whenever anything but tags changed, and delete ignores ResourceNotFoundException),
 * - `pool_roles_attachment.go` (eeecacfa18e259c26acee2806655620336bfb519, and its SDK v2 form: same calls),
 * - `pool_provider_principal_tag.go` (01c08000ddb14181b5bd19201d8fca311dc570e4, and its SDK v2 form),
 * - `flex.go` (044fb3171c305dd92f19e116512acb37a28a9f85: empty maps, not nil, on delete),
 * - `tags_gen.go` (1092b7a39c60752db60e43a49be19a12a7713002: UntagResource then TagResource on the ARN),
 * - `internal/provider` tagsResourceInterceptor: tags are updated before the resource's own update runs;
 * and the acceptance tests' configurations: `pool_test.go` (021e60b20cb737cff59c270d617f8fb237dec712),
 * `pool_roles_attachment_test.go` (01606926a0c0ab9174aec440f976a48b0baee722),
 * `pool_provider_principal_tag_test.go` (07e0d0b940f57c782f8fcc9ccfd8b19f59383b51).
 * The SDK v2 forms were read from public code search, which names no commit for them.
 */
import * as sdk from '@aws-sdk/client-cognito-identity';

type Tags = Record<string, string>;

/** The provider's account, region and partition: the ARN it builds comes from these, not from the service. */
export interface ProviderMeta { client: sdk.CognitoIdentityClient; partition: string; region: string; account: string }

const isNotFound = (error: unknown): boolean => (error as { name?: string }).name === 'ResourceNotFoundException';
const nonEmpty = <T extends object>(value: T | undefined): value is T => value !== undefined && Object.keys(value).length > 0;
const changed = (a: unknown, b: unknown): boolean => JSON.stringify(a) !== JSON.stringify(b);

/** `aws_cognito_identity_pool` arguments (as in HCL; defaults applied). */
export interface PoolConfig {
  identity_pool_name: string;
  allow_unauthenticated_identities?: boolean;
  allow_classic_flow?: boolean;
  developer_provider_name?: string;
  supported_login_providers?: Tags;
  cognito_identity_providers?: { client_id: string; provider_name: string; server_side_token_check?: boolean }[];
  openid_connect_provider_arns?: string[];
  saml_provider_arns?: string[];
  tags?: Tags;
}

/** `aws_cognito_identity_pool` state after a read. */
export interface PoolState extends Required<PoolConfig> { id: string; arn: string }

const providersOf = (config: PoolConfig): sdk.CognitoIdentityProvider[] => (config.cognito_identity_providers ?? [])
  .map((p) => ({ ClientId: p.client_id, ProviderName: p.provider_name, ServerSideTokenCheck: p.server_side_token_check ?? false }));

/** The provider's `resourcePool*` functions. */
export const identityPool = {
  async create(meta: ProviderMeta, config: PoolConfig): Promise<PoolState> {
    const created = await meta.client.send(new sdk.CreateIdentityPoolCommand({
      IdentityPoolName: config.identity_pool_name,
      AllowUnauthenticatedIdentities: config.allow_unauthenticated_identities ?? false,
      AllowClassicFlow: config.allow_classic_flow ?? false,
      ...(nonEmpty(config.tags) ? { IdentityPoolTags: config.tags } : {}),
      ...(config.developer_provider_name ? { DeveloperProviderName: config.developer_provider_name } : {}),
      ...(nonEmpty(config.supported_login_providers) ? { SupportedLoginProviders: config.supported_login_providers } : {}),
      ...(nonEmpty(config.cognito_identity_providers) ? { CognitoIdentityProviders: providersOf(config) } : {}),
      ...(nonEmpty(config.saml_provider_arns) ? { SamlProviderARNs: config.saml_provider_arns } : {}),
      ...(nonEmpty(config.openid_connect_provider_arns) ? { OpenIdConnectProviderARNs: config.openid_connect_provider_arns } : {}),
    }));
    return await identityPool.read(meta, created.IdentityPoolId as string, true) as PoolState;
  },

  /** Refresh and import: undefined when the pool is gone (the provider then drops it from state). */
  async read(meta: ProviderMeta, id: string, isNew = false): Promise<PoolState | undefined> {
    let ip: sdk.DescribeIdentityPoolCommandOutput;
    try {
      ip = await meta.client.send(new sdk.DescribeIdentityPoolCommand({ IdentityPoolId: id }));
    } catch (error) {
      if (!isNew && isNotFound(error)) return undefined;
      throw error;
    }
    return {
      id,
      arn: `arn:${meta.partition}:cognito-identity:${meta.region}:${meta.account}:identitypool/${id}`,
      identity_pool_name: ip.IdentityPoolName as string,
      allow_unauthenticated_identities: ip.AllowUnauthenticatedIdentities ?? false,
      allow_classic_flow: ip.AllowClassicFlow ?? false,
      developer_provider_name: ip.DeveloperProviderName ?? '',
      tags: ip.IdentityPoolTags ?? {},
      cognito_identity_providers: (ip.CognitoIdentityProviders ?? [])
        .map((p) => ({ client_id: p.ClientId ?? '', provider_name: p.ProviderName ?? '', server_side_token_check: p.ServerSideTokenCheck ?? false })),
      openid_connect_provider_arns: ip.OpenIdConnectProviderARNs ?? [],
      saml_provider_arns: ip.SamlProviderARNs ?? [],
      supported_login_providers: ip.SupportedLoginProviders ?? {},
    };
  },

  /** Tags first (the interceptor), then UpdateIdentityPool with every member if anything but tags changed, then a read. */
  async update(meta: ProviderMeta, state: PoolState, config: PoolConfig): Promise<PoolState> {
    const [before, after] = [state.tags, config.tags ?? {}];
    const removed = Object.keys(before).filter((key) => !(key in after));
    const updated = Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key] !== value));
    if (removed.length > 0) await meta.client.send(new sdk.UntagResourceCommand({ ResourceArn: state.arn, TagKeys: removed }));
    if (nonEmpty(updated)) await meta.client.send(new sdk.TagResourceCommand({ ResourceArn: state.arn, Tags: updated }));
    const { tags: _t, id: _i, arn: _a, ...current } = state;
    const wanted = { ...current, ...withDefaults(config) };
    if (changed(current, wanted)) {
      await meta.client.send(new sdk.UpdateIdentityPoolCommand({
        IdentityPoolId: state.id,
        AllowUnauthenticatedIdentities: wanted.allow_unauthenticated_identities,
        AllowClassicFlow: wanted.allow_classic_flow,
        IdentityPoolName: wanted.identity_pool_name,
        CognitoIdentityProviders: providersOf(wanted),
        SupportedLoginProviders: wanted.supported_login_providers,
        OpenIdConnectProviderARNs: wanted.openid_connect_provider_arns,
        SamlProviderARNs: wanted.saml_provider_arns,
      }));
    }
    return await identityPool.read(meta, state.id) as PoolState;
  },

  async delete(meta: ProviderMeta, id: string): Promise<void> {
    try {
      await meta.client.send(new sdk.DeleteIdentityPoolCommand({ IdentityPoolId: id }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  },
};

/** A configuration with the schema's defaults filled in, as Terraform compares it with state (tags aside). */
export function withDefaults(config: PoolConfig): Omit<PoolState, 'id' | 'arn' | 'tags'> {
  return {
    identity_pool_name: config.identity_pool_name,
    allow_unauthenticated_identities: config.allow_unauthenticated_identities ?? false,
    allow_classic_flow: config.allow_classic_flow ?? false,
    developer_provider_name: config.developer_provider_name ?? '',
    supported_login_providers: config.supported_login_providers ?? {},
    cognito_identity_providers: (config.cognito_identity_providers ?? []).map((p) => ({ ...p, server_side_token_check: p.server_side_token_check ?? false })),
    openid_connect_provider_arns: config.openid_connect_provider_arns ?? [],
    saml_provider_arns: config.saml_provider_arns ?? [],
  };
}

/** `aws_cognito_identity_pool_roles_attachment` arguments and state (`roles` forces a new resource). */
export interface RoleMappingBlock {
  identity_provider: string;
  type: 'Token' | 'Rules';
  ambiguous_role_resolution?: 'AuthenticatedRole' | 'Deny';
  mapping_rule?: { claim: string; match_type: 'Equals' | 'Contains' | 'StartsWith' | 'NotEqual'; role_arn: string; value: string }[];
}
export interface RolesConfig { identity_pool_id: string; roles: Tags; role_mapping?: RoleMappingBlock[] }
export interface RolesState extends Required<RolesConfig> { id: string }

function expandMappings(blocks: RoleMappingBlock[]): Record<string, sdk.RoleMapping> {
  return Object.fromEntries(blocks.map((b) => [b.identity_provider, {
    Type: b.type,
    ...(b.ambiguous_role_resolution ? { AmbiguousRoleResolution: b.ambiguous_role_resolution } : {}),
    ...(nonEmpty(b.mapping_rule) ? { RulesConfiguration: { Rules: b.mapping_rule.map((r) => ({ Claim: r.claim, MatchType: r.match_type, RoleARN: r.role_arn, Value: r.value })) } } : {}),
  }]));
}

function flattenMappings(mappings: Record<string, sdk.RoleMapping> | undefined): RoleMappingBlock[] {
  return Object.entries(mappings ?? {}).map(([identity_provider, m]) => ({
    identity_provider,
    type: m.Type as RoleMappingBlock['type'],
    ...(m.AmbiguousRoleResolution ? { ambiguous_role_resolution: m.AmbiguousRoleResolution } : {}),
    ...(m.RulesConfiguration?.Rules ? { mapping_rule: m.RulesConfiguration.Rules.map((r) => ({ claim: r.Claim as string, match_type: r.MatchType as 'Equals', role_arn: r.RoleARN as string, value: r.Value as string })) } : {}),
  }));
}

/** The provider's `resourcePoolRolesAttachment*` functions. */
export const rolesAttachment = {
  async create(meta: ProviderMeta, config: RolesConfig): Promise<RolesState> {
    await meta.client.send(new sdk.SetIdentityPoolRolesCommand({
      IdentityPoolId: config.identity_pool_id,
      Roles: config.roles,
      ...(nonEmpty(config.role_mapping) ? { RoleMappings: expandMappings(config.role_mapping) } : {}),
    }));
    return await rolesAttachment.read(meta, config.identity_pool_id, true) as RolesState;
  },

  async read(meta: ProviderMeta, id: string, isNew = false): Promise<RolesState | undefined> {
    let ip: sdk.GetIdentityPoolRolesCommandOutput;
    try {
      ip = await meta.client.send(new sdk.GetIdentityPoolRolesCommand({ IdentityPoolId: id }));
    } catch (error) {
      if (!isNew && isNotFound(error)) return undefined;
      throw error;
    }
    return { id, identity_pool_id: ip.IdentityPoolId as string, roles: ip.Roles ?? {}, role_mapping: flattenMappings(ip.RoleMappings) };
  },

  /** Only `role_mapping` can change in place; RoleMappings goes as `{}` when every block was removed. */
  async update(meta: ProviderMeta, state: RolesState, config: RolesConfig): Promise<RolesState> {
    const blocks = config.role_mapping ?? [];
    await meta.client.send(new sdk.SetIdentityPoolRolesCommand({
      IdentityPoolId: config.identity_pool_id,
      Roles: config.roles,
      ...(changed(state.role_mapping, blocks) ? { RoleMappings: expandMappings(blocks) } : {}),
    }));
    return await rolesAttachment.read(meta, config.identity_pool_id) as RolesState;
  },

  /** Destroy: the same operation with an empty `Roles` map and an empty `RoleMappings` map. */
  async delete(meta: ProviderMeta, id: string): Promise<void> {
    await meta.client.send(new sdk.SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: {}, RoleMappings: {} }));
  },
};

/** `aws_cognito_identity_pool_provider_principal_tag` arguments (`use_defaults` defaults to true) and state. */
export interface PrincipalTagConfig { identity_pool_id: string; identity_provider_name: string; principal_tags?: Tags; use_defaults?: boolean }
export interface PrincipalTagState extends Required<PrincipalTagConfig> { id: string }

/** The resource id `<pool id>:<provider name>` split as the provider splits it. */
export function decodePrincipalTagId(id: string): [string, string] {
  const parts = /([\w-]+:[0-9a-f-]+):([\x21-\x7e]+)/.exec(id);
  if (!parts) throw new Error(`expected ID in format UserPoolID:ProviderName, received: ${id}`);
  return [parts[1] as string, parts[2] as string];
}

/** The provider's `resourcePoolProviderPrincipalTag*` functions. */
export const principalTag = {
  /** UseDefaults goes only when true (the provider's GetOk skips a false bool); PrincipalTags only when non-empty. */
  async create(meta: ProviderMeta, config: PrincipalTagConfig): Promise<PrincipalTagState> {
    const useDefaults = config.use_defaults ?? true;
    await meta.client.send(new sdk.SetPrincipalTagAttributeMapCommand({
      IdentityPoolId: config.identity_pool_id,
      IdentityProviderName: config.identity_provider_name,
      ...(nonEmpty(config.principal_tags) ? { PrincipalTags: config.principal_tags } : {}),
      ...(useDefaults ? { UseDefaults: true } : {}),
    }));
    return await principalTag.read(meta, `${config.identity_pool_id}:${config.identity_provider_name}`, true) as PrincipalTagState;
  },

  async read(meta: ProviderMeta, id: string, isNew = false): Promise<PrincipalTagState | undefined> {
    const [IdentityPoolId, IdentityProviderName] = decodePrincipalTagId(id);
    let ret: sdk.GetPrincipalTagAttributeMapCommandOutput;
    try {
      ret = await meta.client.send(new sdk.GetPrincipalTagAttributeMapCommand({ IdentityProviderName, IdentityPoolId }));
    } catch (error) {
      if (!isNew && isNotFound(error)) return undefined;
      throw error;
    }
    return {
      id,
      identity_pool_id: ret.IdentityPoolId as string,
      identity_provider_name: ret.IdentityProviderName as string,
      use_defaults: ret.UseDefaults ?? false,
      principal_tags: ret.PrincipalTags ?? {},
    };
  },

  async update(meta: ProviderMeta, state: PrincipalTagState, config: PrincipalTagConfig): Promise<PrincipalTagState> {
    const [IdentityPoolId, IdentityProviderName] = decodePrincipalTagId(state.id);
    const [tags, useDefaults] = [config.principal_tags ?? {}, config.use_defaults ?? true];
    if (changed(state.principal_tags, tags) || state.use_defaults !== useDefaults) {
      await meta.client.send(new sdk.SetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName, PrincipalTags: tags, UseDefaults: useDefaults }));
    }
    return await principalTag.read(meta, state.id) as PrincipalTagState;
  },

  /** Destroy: back to the defaults, with an empty map; a pool already gone is fine. */
  async delete(meta: ProviderMeta, id: string): Promise<void> {
    const [IdentityPoolId, IdentityProviderName] = decodePrincipalTagId(id);
    try {
      await meta.client.send(new sdk.SetPrincipalTagAttributeMapCommand({ IdentityPoolId, IdentityProviderName, UseDefaults: true, PrincipalTags: {} }));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  },
};

/**
 * Roles and role resolution: GetIdentityPoolRoles, SetIdentityPoolRoles, and which role a caller's
 * credentials are for. Guests get `Roles.unauthenticated`; an authenticated caller gets the RoleMappings
 * entry of its provider (Token: `cognito:preferred_role`, else a single `cognito:roles`; Rules: the first
 * matching rule), else `Roles.authenticated`; ambiguity falls back or is denied as the mapping says.
 */
import type { Input, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { MESSAGES, fail, invalidParameter, notAuthorized } from './errors.ts';
import type { Login } from './logins.ts';
import { findPool, savePool } from './pool-records.ts';
import { providersOf } from './providers.ts';
import type { PoolConfig, PoolRecord } from './store.ts';

type RoleMapping = NonNullable<PoolRecord['mappings']>[string];
type Rule = NonNullable<RoleMapping['RulesConfiguration']>['Rules'][number];

/** Rules per mapping, as AWS documents (choice: enforced when the roles are set). */
export const MAX_RULES = 25;

/** GetIdentityPoolRoles. */
export function getIdentityPoolRoles(ctx: Context, input: Input<'GetIdentityPoolRoles'>): Output<'GetIdentityPoolRoles'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  return { IdentityPoolId: pool.config.IdentityPoolId, Roles: pool.roles ?? {}, ...(pool.mappings ? { RoleMappings: pool.mappings } : {}) };
}

/** The keys a RoleMappings map may use: the pool's providers, and `<user pool provider>:<client id>`. */
function mappingKeys(config: PoolConfig): Set<string> {
  const userPools = (config.CognitoIdentityProviders ?? []).map((p) => `${p.ProviderName ?? ''}:${p.ClientId ?? ''}`);
  return new Set([...providersOf(config), ...userPools]);
}

function checkMapping(key: string, mapping: RoleMapping): void {
  // Choice: AWS documents AmbiguousRoleResolution as needed for both types; the model leaves it optional.
  if (mapping.AmbiguousRoleResolution === undefined) invalidParameter(`RoleMapping '${key}': AmbiguousRoleResolution must be specified.`);
  if (mapping.Type !== 'Rules') return;
  const rules = mapping.RulesConfiguration?.Rules ?? [];
  if (rules.length === 0) invalidParameter(`RoleMapping '${key}': a Rules mapping needs RulesConfiguration with at least one rule.`);
  if (rules.length > MAX_RULES) invalidParameter(`RoleMapping '${key}': at most ${MAX_RULES} rules.`);
}

/** SetIdentityPoolRoles: replaces the roles and the role mappings. */
export function setIdentityPoolRoles(ctx: Context, input: Input<'SetIdentityPoolRoles'>): Output<'SetIdentityPoolRoles'> {
  const pool = findPool(ctx, input.IdentityPoolId);
  for (const key of Object.keys(input.Roles)) {
    if (key !== 'authenticated' && key !== 'unauthenticated') invalidParameter(`Roles may only have the keys authenticated and unauthenticated; got '${key}'.`);
  }
  const allowed = mappingKeys(pool.config);
  for (const [key, mapping] of Object.entries(input.RoleMappings ?? {})) {
    if (!allowed.has(key)) invalidParameter(`${key} is not a valid RoleMapping ProviderName or is not a configured provider.`);
    checkMapping(key, mapping);
  }
  const { mappings: _old, ...rest } = pool;
  savePool(ctx, { ...rest, roles: input.Roles, ...(input.RoleMappings && Object.keys(input.RoleMappings).length > 0 ? { mappings: input.RoleMappings } : {}) });
  return {};
}

function claimValues(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** Whether a rule matches: an array claim (such as `cognito:groups`) matches when one of its values does (choice). */
function ruleMatches(rule: Rule, claims: Record<string, unknown>): boolean {
  const values = claimValues(claims, rule.Claim);
  switch (rule.MatchType) {
    case 'Equals': return values.includes(rule.Value);
    case 'Contains': return values.some((v) => v.includes(rule.Value));
    case 'StartsWith': return values.some((v) => v.startsWith(rule.Value));
    case 'NotEqual': return values.length > 0 && !values.includes(rule.Value);
    default: return false;
  }
}

/** Token mappings: the preferred role, else the only role; CustomRoleArn picks one of the token's roles. */
function roleFromToken(claims: Record<string, unknown>, customRoleArn: string | undefined): string | undefined {
  const roles = claimValues(claims, 'cognito:roles');
  const preferred = claimValues(claims, 'cognito:preferred_role')[0];
  if (customRoleArn !== undefined) return roles.includes(customRoleArn) || preferred === customRoleArn ? customRoleArn : undefined;
  return preferred ?? (roles.length === 1 ? roles[0] : undefined);
}

function mappingOf(pool: PoolRecord, login: Login): RoleMapping | undefined {
  const mappings = pool.mappings ?? {};
  const clients = Array.isArray(login.claims.aud) ? login.claims.aud : [login.claims.aud];
  for (const client of clients) if (typeof client === 'string' && mappings[`${login.provider}:${client}`]) return mappings[`${login.provider}:${client}`];
  return mappings[login.provider];
}

function defaultRole(pool: PoolRecord, kind: 'authenticated' | 'unauthenticated'): string {
  return pool.roles?.[kind] ?? fail('InvalidIdentityPoolConfigurationException', MESSAGES.noRole);
}

/**
 * The role of a caller's credentials. Several logins: the first (in the order given) whose provider has a
 * mapping decides (choice). CustomRoleArn only matters for Token mappings (choice: AWS calls it optional for
 * providers that do not support role customisation).
 */
export function resolveRole(pool: PoolRecord, logins: readonly Login[], authenticated: boolean, customRoleArn?: string): string {
  if (!authenticated) return defaultRole(pool, 'unauthenticated');
  for (const login of logins) {
    const mapping = mappingOf(pool, login);
    if (!mapping) continue;
    const role = mapping.Type === 'Token'
      ? roleFromToken(login.claims, customRoleArn)
      : mapping.RulesConfiguration?.Rules.find((rule) => ruleMatches(rule, login.claims))?.RoleARN;
    if (role !== undefined) return role;
    if (mapping.AmbiguousRoleResolution === 'Deny') notAuthorized(MESSAGES.ambiguousDenied);
    return defaultRole(pool, 'authenticated');
  }
  return defaultRole(pool, 'authenticated');
}

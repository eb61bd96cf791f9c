/**
 * State for tests: export every record as JSON (`GET /_emulator/state`), load such an export or a smaller
 * hand-written seed (pools with roles and identities) at start (`--seed FILE`) or later
 * (`POST /_emulator/seed`), and wipe everything (`POST /_emulator/reset`). A seed is applied in one
 * transaction: a bad one changes nothing.
 */
import type { Validate } from '../schema-validator.ts';
import { DEFAULTS } from './context.ts';
import { checkTags } from './tags.ts';
import { flatAscii, identityRecord, keys, regionOfId, type IdentityRecord, type PoolConfig, type PoolRecord, type Transaction } from './store.ts';

/** The `format` of an export. */
export const STATE_FORMAT = 'cognito-identity-emulator-state/1';
/** Records kept by a reset: the signing keys (OpenID tokens, test provider), so JWKS stay stable for a test run (choice). */
export const KEPT_BY_RESET = new Set([keys.meta('signing-key'), keys.meta('test-provider-key')]);

/** A hand-written seed. */
export interface Seed {
  pools: Array<Record<string, unknown> & {
    AccountId?: string;
    Region?: string;
    Roles?: Record<string, string>;
    RoleMappings?: PoolRecord['mappings'];
    Identities?: Array<{ IdentityId?: string; Logins?: Record<string, string> }>;
  }>;
}

/** An export of every record. */
export interface StateExport {
  format: typeof STATE_FORMAT;
  records: Array<[string, unknown]>;
}

/** The export document of a store's records. */
export function exportState(records: Array<[string, unknown]>): StateExport {
  return { format: STATE_FORMAT, records };
}

const RECORD_PREFIXES = ['pool/', 'identity/', 'login/', 'credentials/', 'meta/'];

function seedError(message: string): never {
  throw new SeedError(message);
}

/** A seed that cannot be loaded; the message names the entry at fault. */
export class SeedError extends Error {}

function importRecords(tx: Transaction, state: StateExport, keepKey: boolean): void {
  if (!Array.isArray(state.records)) seedError('records: must be an array of [key, value] pairs');
  state.records.forEach((entry, i) => {
    const [key, value] = Array.isArray(entry) ? entry : [];
    if (typeof key !== 'string' || !RECORD_PREFIXES.some((p) => key.startsWith(p))) seedError(`records[${i}]: not a record key of this emulator`);
    if (value === null || value === undefined) seedError(`records[${i}] (${key}): no value`);
    if (!(keepKey && key.startsWith('meta/'))) tx.set(key, value);
  });
}

const UUID = /^[\w-]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function seedPool(tx: Transaction, validate: Validate, entry: Seed['pools'][number], at: string, now: number): void {
  const { AccountId = DEFAULTS.account, Region, Roles, RoleMappings, Identities = [], ...rest } = entry;
  const IdentityPoolId = typeof rest.IdentityPoolId === 'string' ? rest.IdentityPoolId : `${Region ?? DEFAULTS.region}:${crypto.randomUUID()}`;
  if (!UUID.test(IdentityPoolId)) seedError(`${at}.IdentityPoolId: not of the form <region>:<uuid>`);
  if (!/^\d{12}$/.test(AccountId)) seedError(`${at}.AccountId: not 12 digits`);
  const config = { IdentityPoolTags: {}, ...rest, IdentityPoolId } as PoolConfig;
  const issues = validate({ $ref: '#/components/schemas/IdentityPool' }, config);
  if (issues.length > 0) seedError(`${at}: ${issues.map((i) => `/${i.path.join('/')} ${i.message}`).join('; ')}`);
  checkTags(config.IdentityPoolTags ?? {});
  tx.set(keys.pool(AccountId, IdentityPoolId), { a: AccountId, n: tx.store.nextSeq(), config, ...(Roles ? { roles: Roles } : {}), ...(RoleMappings ? { mappings: RoleMappings } : {}) } satisfies PoolRecord);
  Identities.forEach((identity, i) => seedIdentity(tx, { a: AccountId, p: IdentityPoolId }, identity, `${at}.Identities[${i}]`, now));
}

function seedIdentity(tx: Transaction, owner: { a: string; p: string }, entry: { IdentityId?: string; Logins?: Record<string, string> }, at: string, now: number): void {
  const identityId = entry.IdentityId ?? `${regionOfId(owner.p)}:${crypto.randomUUID()}`;
  if (!UUID.test(identityId) || regionOfId(identityId) !== regionOfId(owner.p)) seedError(`${at}.IdentityId: not of the form <pool's region>:<uuid>`);
  const logins = Object.entries(entry.Logins ?? {});
  if (logins.length > 20) seedError(`${at}.Logins: more than 20 logins`);
  for (const [provider, user] of logins) {
    const key = keys.login(owner.p, provider, String(user));
    if (tx.get(key) !== undefined) seedError(`${at}.Logins.${provider}: already linked to another identity`);
    tx.set(key, identityId);
  }
  const record = identityRecord({ ...owner, n: tx.store.nextSeq(), c: now, m: now, ...(logins.length > 0 ? { l: logins.map(([p, u]) => [p, String(u)] as [string, string]) } : {}) });
  // Kept for the identity's life: flat (see flatAscii).
  tx.set(flatAscii(keys.identity(identityId)), record);
}

/**
 * Applies a seed or an export in a transaction; throws SeedError naming the entry at fault. An export's
 * signing key is taken at start; a running emulator keeps its own (`keepKey`), so its JWKS never changes.
 */
export function applySeed(tx: Transaction, validate: Validate, seed: unknown, now: number, keepKey = false): void {
  if (seed === null || typeof seed !== 'object' || Array.isArray(seed)) seedError('a seed must be a JSON object with "pools" or "records"');
  const value = seed as Partial<StateExport & Seed>;
  if (value.format === STATE_FORMAT || value.records !== undefined) return importRecords(tx, value as StateExport, keepKey);
  if (!Array.isArray(value.pools)) seedError('pools: must be an array');
  value.pools.forEach((pool, i) => {
    if (pool === null || typeof pool !== 'object') seedError(`pools[${i}]: must be an object`);
    seedPool(tx, validate, pool, `pools[${i}]`, now);
  });
}

/** Deletes every record but those a reset keeps. */
export function resetState(tx: Transaction, records: Array<[string, unknown]>): void {
  for (const [key] of records) if (!KEPT_BY_RESET.has(key)) tx.delete(key);
}

/** State for tests: export, seed (hand-written or an export), reset, moto's reset routes, and durable restarts on a --state directory. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, clientFor, errorOf } from './helpers.ts';

const POOL = 'us-east-1:1b7d3c9e-2f4a-4d6b-8e1c-5a9f0b3d7e21';
const IDENTITY = 'us-east-1:6c2e8a4f-1d3b-4f5a-9c7e-2b8d0f4a6c13';
const seed = {
  pools: [{
    IdentityPoolId: POOL, IdentityPoolName: 'Seeded', AllowUnauthenticatedIdentities: true,
    SupportedLoginProviders: { 'graph.facebook.com': '1' }, Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated },
    Identities: [{ IdentityId: IDENTITY, Logins: { 'graph.facebook.com': 'fb-seeded' } }, {}],
  }],
};

let emu: CheckedEmulator;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-seed-'));
  await writeFile(join(dir, 'seed.json'), JSON.stringify(seed));
  emu = await startCheckedEmulator({ seed: join(dir, 'seed.json') });
});
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const post = (path: string, body: unknown) => fetch(`${emu.url}${path}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('seed, state and reset', () => {
  it('a hand-written seed loads pools, roles and identities with their logins', async () => {
    const cognito = clientFor(emu.url);
    expect((await cognito.describeIdentityPool({ IdentityPoolId: POOL })).IdentityPoolName).toBe('Seeded');
    expect((await cognito.getId({ IdentityPoolId: POOL, Logins: { 'graph.facebook.com': 'fb-seeded' } })).IdentityId).toBe(IDENTITY);
    expect((await cognito.listIdentities({ IdentityPoolId: POOL, MaxResults: 10 })).Identities).toHaveLength(2);
    expect((await cognito.getIdentityPoolRoles({ IdentityPoolId: POOL })).Roles).toEqual(seed.pools[0]?.Roles);
  });

  it('GET /_emulator/state exports everything; an export seeds an equal emulator', async () => {
    const exported = await (await fetch(`${emu.url}/_emulator/state`)).json() as { format: string; records: unknown[] };
    expect(exported.format).toBe('cognito-identity-emulator-state/1');
    const copy = await startCheckedEmulator({ seed: exported });
    try {
      expect(await (await fetch(`${copy.url}/_emulator/state`)).json()).toEqual(exported);
      expect((await clientFor(copy.url).getId({ IdentityPoolId: POOL, Logins: { 'graph.facebook.com': 'fb-seeded' } })).IdentityId).toBe(IDENTITY);
      expect(await (await fetch(`${copy.url}/.well-known/jwks_uri`)).json()).toEqual(await (await fetch(`${emu.url}/.well-known/jwks_uri`)).json());
    } finally {
      await copy.close();
    }
  });

  it('a bad seed is refused naming the entry, and changes nothing', async () => {
    const before = emu.emulator.store.entries();
    const bad = { pools: [{ IdentityPoolName: 'Fine', AllowUnauthenticatedIdentities: true }, { IdentityPoolName: 'bad name!', AllowUnauthenticatedIdentities: 'yes' }] };
    const response = await post('/_emulator/seed', bad);
    expect(response.status).toBe(400);
    expect((await response.json() as { message: string }).message).toMatch(/^pools\[1\]: /);
    expect(await (await post('/_emulator/seed', '{not json')).json()).toMatchObject({ __type: 'ValidationException' });
    expect(emu.emulator.store.entries()).toEqual(before);
    const stateDir = await mkdtemp(join(tmpdir(), 'emulator-bad-seed-'));
    await expect(startCheckedEmulator({ stateDir, seed: { pools: [{ IdentityPoolId: 'nope', IdentityPoolName: 'x', AllowUnauthenticatedIdentities: true }] } })).rejects.toThrow(/pools\[0\].IdentityPoolId/);
    const after = await startCheckedEmulator({ stateDir }); // the failed start released the directory, and stored nothing
    expect(after.emulator.store.entries().map(([key]) => key)).toEqual(['meta/signing-key', 'meta/test-provider-key']);
    await after.close();
  });

  it('state survives a restart on the same --state directory, and tokens issued before still verify', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'emulator-state-'));
    const first = await startCheckedEmulator({ stateDir });
    const cognito = clientFor(first.url);
    const pool = (await cognito.createIdentityPool({ IdentityPoolName: 'Durable', AllowUnauthenticatedIdentities: true, DeveloperProviderName: 'login.d' })).IdentityPoolId as string;
    const { IdentityId, Token } = await cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { 'login.d': 'u' } });
    const exported = await (await fetch(`${first.url}/_emulator/state`)).json();
    await first.close();
    const second = await startCheckedEmulator({ stateDir });
    try {
      const again = clientFor(second.url);
      expect(await (await fetch(`${second.url}/_emulator/state`)).json()).toEqual(exported);
      expect((await again.lookupDeveloperIdentity({ IdentityPoolId: pool, DeveloperUserIdentifier: 'u' })).IdentityId).toBe(IdentityId);
      expect((await again.getId({ IdentityPoolId: pool, Logins: { 'cognito-identity.amazonaws.com': Token as string } })).IdentityId).toBe(IdentityId);
    } finally {
      await second.close();
    }
  });

  it('POST /_emulator/reset and POST /moto-api/reset wipe everything; the JWKS stays', async () => {
    const jwks = await (await fetch(`${emu.url}/.well-known/jwks_uri`)).json();
    expect((await post('/_emulator/reset', '')).status).toBe(200);
    expect(await errorOf(clientFor(emu.url).describeIdentityPool({ IdentityPoolId: POOL }))).toMatchObject({ type: 'ResourceNotFoundException' });
    await clientFor(emu.url).createIdentityPool({ IdentityPoolName: 'Again', AllowUnauthenticatedIdentities: true });
    const moto = await post('/moto-api/reset', '');
    expect(await moto.json()).toEqual({ status: 'ok' });
    expect((await clientFor(emu.url).listIdentityPools({ MaxResults: 60 })).IdentityPools).toEqual([]);
    expect(await (await fetch(`${emu.url}/.well-known/jwks_uri`)).json()).toEqual(jwks);
  });

  it('POST /moto-api/reset-auth takes back what it answered, as moto\'s set_initial_no_auth_action_count does', async () => {
    const resetAuth = async (body: string) => {
      const response = await post('/moto-api/reset-auth', body);
      return [response.status, await response.json()];
    };
    // A decorated test sets its count, then the finally block sends the answer's previous count back.
    expect(await resetAuth('1')).toEqual([200, { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: 'inf' }]);
    expect(await resetAuth('inf')).toEqual([200, { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: '1.0' }]);
    expect(await resetAuth('0')).toEqual([200, { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: 'inf' }]);
    expect(await resetAuth('0.0')).toEqual([200, { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: '0.0' }]);
    // What Python's float() refuses is refused and changes nothing.
    expect(await resetAuth('{"count": 3}')).toMatchObject([400, { Error: expect.stringContaining('could not convert') }]);
    expect(await resetAuth('Infinity')).toEqual([200, { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: '0.0' }]);
  });

  it('an unknown non-AWS path is still the front\'s error', async () => {
    const response = await fetch(`${emu.url}/_emulator/nothing`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'UnknownOperationException' });
  });
});

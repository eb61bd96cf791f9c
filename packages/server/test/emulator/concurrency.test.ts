/**
 * Concurrency: calls racing on one pool never make two identities for one user, lose an update, leave a
 * dangling record or answer 500; and no answer is sent before the state it saw is committed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryPersistence, type Persistence } from '../../src/emulator/persistence.ts';
import type { IdentityRecord } from '../../src/emulator/store.ts';
import { expectNoViolations, startCheckedEmulator, type CheckedEmulator } from '../../../../test/support/emulator.ts';
import { ROLES, clientFor, errorOf } from './helpers.ts';

let emu: CheckedEmulator;
beforeAll(async () => { emu = await startCheckedEmulator(); });
afterAll(async () => {
  expectNoViolations(emu);
  await emu.close();
});

const DEV = 'login.race';

/** Every login record points at an identity that lists it, and every listed login has its record. */
function expectConsistent(entries: Array<[string, unknown]>): void {
  const records = new Map(entries);
  for (const [key, value] of entries) {
    if (key.startsWith('login/')) {
      const identity = records.get(`identity/${value as string}`) as IdentityRecord | undefined;
      expect(identity, key).toBeDefined();
      expect((identity?.l ?? []).some(([p, u]) => key === `login/${identity?.p}/${p}/${u}`), key).toBe(true);
    }
    if (key.startsWith('identity/')) {
      const identity = value as IdentityRecord;
      for (const [p, u] of identity.l ?? []) expect(records.get(`login/${identity.p}/${p}/${u}`), `${key} ${p}`).toBe(key.slice('identity/'.length));
      expect([...records.keys()].some((k) => k.startsWith('pool/') && k.endsWith(`/${identity.p}`)), `${key}'s pool`).toBe(true);
    }
  }
}

async function devPool(): Promise<string> {
  const cognito = clientFor(emu.url);
  const pool = (await cognito.createIdentityPool({ IdentityPoolName: 'Race', AllowUnauthenticatedIdentities: true, DeveloperProviderName: DEV, SupportedLoginProviders: { 'graph.facebook.com': '1' } })).IdentityPoolId as string;
  await cognito.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: { authenticated: ROLES.authenticated, unauthenticated: ROLES.unauthenticated } });
  return pool;
}

describe('concurrency', () => {
  it('50 callers doing GetId for one user at once get one identity', async () => {
    const pool = await devPool();
    const answers = await Promise.all(Array.from({ length: 50 }, () => clientFor(emu.url).getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': 'popular' } })));
    expect(new Set(answers.map((a) => a.IdentityId)).size).toBe(1);
    expect((await clientFor(emu.url).listIdentities({ IdentityPoolId: pool, MaxResults: 60 })).Identities).toHaveLength(1);
  });

  it('interleaved merges and unlinks leave every login on exactly one identity, with no 500', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const users = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    await Promise.all(users.map((u) => cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: u } })));
    const calls = users.flatMap((u, i) => {
      const other = users[(i + 1) % users.length] as string;
      return [
        errorOf(cognito.mergeDeveloperIdentities({ IdentityPoolId: pool, DeveloperProviderName: DEV, SourceUserIdentifier: u, DestinationUserIdentifier: other })),
        cognito.lookupDeveloperIdentity({ IdentityPoolId: pool, DeveloperUserIdentifier: u }).then((found) =>
          errorOf(cognito.unlinkDeveloperIdentity({ IdentityPoolId: pool, IdentityId: found.IdentityId as string, DeveloperProviderName: DEV, DeveloperUserIdentifier: u }))),
        errorOf(cognito.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: pool, Logins: { [DEV]: u } })),
      ];
    });
    const results = await Promise.all(calls);
    for (const result of results) if (result !== 'ok') expect(['ResourceConflictException', 'ResourceNotFoundException', 'NotAuthorizedException']).toContain(result.type);
    expectConsistent(emu.emulator.store.entries());
  });

  it('updates racing a delete: each answer is a success or not-found, and nothing of the pool is left', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    await Promise.all(Array.from({ length: 10 }, (_, i) => cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': `fb-${i}` } })));
    const racing = [
      ...Array.from({ length: 20 }, (_, i) => errorOf(cognito.updateIdentityPool({ IdentityPoolId: pool, IdentityPoolName: `v${i}`, AllowUnauthenticatedIdentities: true }))),
      errorOf(cognito.deleteIdentityPool({ IdentityPoolId: pool })),
      ...Array.from({ length: 10 }, (_, i) => errorOf(cognito.getId({ IdentityPoolId: pool, Logins: { 'graph.facebook.com': `fb-late-${i}` } }))),
    ];
    for (const result of await Promise.all(racing)) if (result !== 'ok') expect(result.type).toBe('ResourceNotFoundException');
    expect(emu.emulator.store.entries().filter(([key, value]) => key.includes(pool) || (value as IdentityRecord)?.p === pool)).toEqual([]);
  });

  it('concurrent updates are all applied in some order: the last answer is what Describe shows', async () => {
    const cognito = clientFor(emu.url);
    const pool = await devPool();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => cognito.updateIdentityPool({ IdentityPoolId: pool, IdentityPoolName: `name ${i}`, AllowUnauthenticatedIdentities: i % 2 === 0 })));
    const names = answers.map((a) => a.IdentityPoolName);
    expect(new Set(names).size).toBe(20);
    const final = await cognito.describeIdentityPool({ IdentityPoolId: pool });
    expect(names).toContain(final.IdentityPoolName);
    expect(final.DeveloperProviderName).toBe(DEV);
  });
});

describe('answers wait for commits', () => {
  it('a read, or a refusal, that saw an uncommitted write is answered only after that write is durable', async () => {
    const inner = memoryPersistence();
    const commits: number[] = [];
    const slow: Persistence = {
      load: () => inner.load(),
      commit: async (changes) => {
        await new Promise((r) => setTimeout(r, 150));
        await inner.commit(changes);
        commits.push(performance.now());
      },
      close: () => inner.close(),
    };
    const local = await startCheckedEmulator({ persistence: slow });
    try {
      const cognito = clientFor(local.url);
      const pool = (await cognito.createIdentityPool({ IdentityPoolName: 'Slow', AllowUnauthenticatedIdentities: true })).IdentityPoolId as string;
      const writing = cognito.getId({ IdentityPoolId: pool });
      await new Promise((r) => setTimeout(r, 30));
      const before = commits.length;
      const reading = cognito.listIdentities({ IdentityPoolId: pool, MaxResults: 10 }).then((page) => ({ page, at: performance.now() }));
      const [{ IdentityId }, read] = await Promise.all([writing, reading]);
      expect(read.page.Identities?.map((i) => i.IdentityId)).toEqual([IdentityId]);
      expect(commits.length).toBeGreaterThan(before);
      expect(read.at).toBeGreaterThanOrEqual(commits[before] as number);

      // A refusal that rests on an uncommitted change (the pool's deletion) waits for it too.
      const deleting = cognito.deleteIdentityPool({ IdentityPoolId: pool });
      await new Promise((r) => setTimeout(r, 30));
      const pending = commits.length;
      const refused = await errorOf(cognito.describeIdentityPool({ IdentityPoolId: pool }));
      const refusedAt = performance.now();
      await deleting;
      expect(refused).toMatchObject({ type: 'ResourceNotFoundException' });
      expect(commits.length).toBeGreaterThan(pending);
      expect(refusedAt).toBeGreaterThanOrEqual(commits[pending] as number);
    } finally {
      await local.close();
    }
  });

  it('a failed commit answers InternalErrorException and the emulator keeps serving', async () => {
    const inner = memoryPersistence();
    let failNext = false;
    const flaky: Persistence = { ...inner, commit: async (changes) => { if (failNext) { failNext = false; throw new Error('disk full'); } return inner.commit(changes); } };
    const local = await startCheckedEmulator({ persistence: flaky });
    try {
      const cognito = clientFor(local.url);
      failNext = true;
      expect(await errorOf(cognito.createIdentityPool({ IdentityPoolName: 'Flaky', AllowUnauthenticatedIdentities: true }))).toMatchObject({ type: 'InternalErrorException', status: 500 });
      expect(await errorOf(cognito.createIdentityPool({ IdentityPoolName: 'Fine', AllowUnauthenticatedIdentities: true }))).toBe('ok');
    } finally {
      await local.close();
    }
  });
});

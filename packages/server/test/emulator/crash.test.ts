/**
 * Crash safety under load: concurrent writers create pools, register developer identities, tag pools, link
 * and unlink developer users against the emulator with `--state`; the emulator's process is killed with
 * SIGKILL mid-load and restarted on the same directory, three times over a growing state. After each
 * restart every answered mutation is there, and nothing is half there: logins, identities and pools point
 * at each other both ways.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listeningUrl } from '../../../../test/support/listening.ts';
import { ROOT, repoPath } from '../../../../test/support/paths.ts';
import { clientFor } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cognito-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEVELOPER = 'login.crash.test';
const ARN = (poolId: string) => `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${poolId}`;

/** The emulator as users run it (the compiled command line), on the state directory; resolves with its URL once it listens. */
async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const args = [repoPath('packages/server/dist/src/cli.js'), 'emulator', '--port', '0', '--state', join(dir, 'state')];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return { child, url: await listeningUrl(child).url };
}

/** What was answered: pools with their tags, developer users with their identity (null once unlinked). */
interface Answered {
  pools: Map<string, { name: string; tags: Record<string, string> }>;
  users: Map<string, string | null>;
}

type Records = Map<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function exportOf(url: string): Promise<Records> {
  const state = await (await fetch(`${url}/_emulator/state`)).json() as { records: Array<[string, unknown]> };
  return new Map(state.records);
}

/** Every answered mutation is in the records; users still in flight at the kill are taken as the records say. */
function expectAnswered(records: Records, answered: Answered, uncertain: Set<string>): void {
  const pools = new Map([...records].filter(([key]) => key.startsWith('pool/')).map(([, pool]) => [pool.config.IdentityPoolId as string, pool.config]));
  for (const [poolId, { name, tags }] of answered.pools) {
    expect(pools.get(poolId)?.IdentityPoolName, `pool ${poolId}`).toBe(name);
    expect(pools.get(poolId)?.IdentityPoolTags, `tags of ${poolId}`).toMatchObject(tags);
  }
  for (const [user, identity] of answered.users) {
    const [poolId, name] = user.split('|') as [string, string];
    const linked = records.get(`login/${poolId}/${DEVELOPER}/${name}`);
    if (uncertain.has(user)) answered.users.set(user, linked ?? null);
    else expect(linked ?? null, `developer user ${name}`).toBe(identity);
  }
  uncertain.clear();
}

/** Nothing half there: each login names an identity of its pool that lists it, and each identity's logins and pool exist. */
function expectWhole(records: Records): void {
  const poolIds = new Set([...records].filter(([key]) => key.startsWith('pool/')).map(([, pool]) => pool.config.IdentityPoolId));
  for (const [key, value] of records) {
    if (key.startsWith('login/')) {
      const [, poolId, provider, user] = key.match(/^login\/([^/]+)\/([^/]+)\/(.+)$/) as string[];
      const identity = records.get(`identity/${value}`);
      expect(identity?.p, `${key} -> ${value}`).toBe(poolId);
      expect(identity.l, `${value} lists ${key}`).toContainEqual([provider, user]);
    } else if (key.startsWith('identity/')) {
      expect(poolIds.has(value.p), `pool of ${key}`).toBe(true);
      for (const [provider, user] of value.l ?? []) expect(records.get(`login/${value.p}/${provider}/${user}`), `login of ${key}`).toBe(key.slice(9));
    }
  }
}

/** Writers at `url` until the process dies: every answer is recorded in `answered` as it arrives. */
function load(url: string, answered: Answered, uncertain: Set<string>, round: number, onAnswer: () => void): Promise<void> {
  const client = clientFor(url);
  let n = 0;
  const poolIds = () => [...answered.pools.keys()];
  const linkedUsers = () => [...answered.users].filter(([user, identity]) => identity !== null && !uncertain.has(user));
  // A user's state is uncertain while a call on it is in flight; a refusal (two writers racing for one user,
  // a link to an identity whose last login was just unlinked) changes nothing and is answered as such.
  const refusable = async (user: string, call: () => Promise<void>): Promise<void> => {
    uncertain.add(user);
    try {
      await call();
    } catch (error) {
      if (!(error as { __type?: string }).__type || (error as { __type?: string }).__type === 'InternalErrorException') throw error;
    }
    uncertain.delete(user);
  };
  const step = async (): Promise<void> => {
    const i = n++;
    const kind = i % 5;
    if (kind === 0 || poolIds().length === 0) {
      const name = `crash_${round}_${i}`;
      const pool = await client.createIdentityPool({ IdentityPoolName: name, AllowUnauthenticatedIdentities: false, DeveloperProviderName: DEVELOPER, IdentityPoolTags: { round: String(round) } });
      answered.pools.set(pool.IdentityPoolId as string, { name, tags: { round: String(round) } });
    } else if (kind === 1) {
      const pools = poolIds();
      const poolId = pools[i % pools.length] as string;
      const pool = answered.pools.get(poolId) as { tags: Record<string, string> };
      if (Object.keys(pool.tags).length >= 40) return;
      const tag = `t${i}`;
      await client.tagResource({ ResourceArn: ARN(poolId), Tags: { [tag]: String(round) } });
      pool.tags[tag] = String(round);
    } else if (kind === 2 || kind === 3) {
      const pools = poolIds();
      const poolId = pools[i % pools.length] as string;
      const user = `${poolId}|u${round}_${i}`;
      // A new developer user, or (every other time) one linked to the identity of an earlier user.
      const [, holder] = kind === 3 ? linkedUsers().find(([u]) => u.startsWith(`${poolId}|`)) ?? [] : [];
      await refusable(user, async () => {
        const { IdentityId } = await client.getOpenIdTokenForDeveloperIdentity({ IdentityPoolId: poolId, Logins: { [DEVELOPER]: user.split('|')[1] as string }, ...(holder ? { IdentityId: holder } : {}) });
        answered.users.set(user, IdentityId as string);
      });
    } else {
      const [user, identity] = linkedUsers()[i % Math.max(1, linkedUsers().length)] ?? [];
      if (!user || !identity) return;
      const [poolId, name] = user.split('|') as [string, string];
      await refusable(user, async () => {
        await client.unlinkDeveloperIdentity({ IdentityId: identity, IdentityPoolId: poolId, DeveloperProviderName: DEVELOPER, DeveloperUserIdentifier: name });
        answered.users.set(user, null);
      });
    }
    onAnswer();
  };
  const writer = async (): Promise<void> => {
    for (;;) {
      try {
        await step();
      } catch (error) {
        // The kill: the connection is refused or reset. Any other failure is a finding.
        if (/ECONNREFUSED|ECONNRESET|fetch failed|socket|other side closed/i.test(String((error as { cause?: unknown }).cause ?? error))) return;
        throw error;
      }
    }
  };
  return Promise.all(Array.from({ length: 8 }, writer)).then(() => {});
}

describe('the emulator with --state, killed under load', () => {
  it('keeps every answered mutation and nothing half-done, across three kill -9s on a growing state', async () => {
    const answered: Answered = { pools: new Map(), users: new Map() };
    const uncertain = new Set<string>();
    const counts: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const { child, url } = await startChild();
      const records = await exportOf(url);
      expectAnswered(records, answered, uncertain);
      expectWhole(records);
      // Kill once this round has had some answers, at a point that differs from run to run.
      let answers = 0;
      const target = 40 + Math.floor(Math.random() * 80);
      let killed = false;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await load(url, answered, uncertain, round, () => {
        answers += 1;
        if (answers >= target && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      });
      await exited;
      counts.push(answers);
    }
    const { child, url } = await startChild();
    try {
      const records = await exportOf(url);
      expectAnswered(records, answered, uncertain);
      expectWhole(records);
      expect(counts.every((count) => count >= 40)).toBe(true);
      expect(answered.pools.size).toBeGreaterThan(10);
      expect([...answered.users.values()].filter((identity) => identity === null).length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});

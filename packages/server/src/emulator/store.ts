/**
 * The emulator's state: records keyed by string, all in memory, with the secondary indexes the operations
 * need (rebuilt at load). A handler runs synchronously against a transaction; its changes reach memory at
 * once, so no other handler can interleave with it (Node runs one at a time: 50 concurrent GetIds for one
 * user see each other's login), and its answer waits until persistence has committed them and every commit
 * that was pending when it ran, so no caller ever sees state that could still be lost.
 *
 * Memory holds changes that are not yet durable, so a commit that fails takes them back: its changes and
 * those of every later handler (which may have built on them; their commits fail too, see group-commit.ts)
 * are undone, newest first, before any caller is answered. Answer, memory and disk never disagree.
 *
 * Keys: `pool/<account>/<region>/<poolId>`, `identity/<identityId>`, `login/<poolId>/<provider>/<user>` (the
 * identity id), `credentials/<AccessKeyId>`, `meta/<name>`.
 */
import type { Input } from 'cognito-identity-openapi';
import { OrderedIds } from './ordered-ids.ts';
import { commitNothing, type Change, type Persistence } from './persistence.ts';

/** A pool's configuration as Create/Update/Describe carry it (tags included: one tag store). */
export type PoolConfig = Input<'UpdateIdentityPool'>;

/** A stored pool: its owner, creation sequence, configuration, roles and role mappings. */
export interface PoolRecord {
  a: string;
  n: number;
  config: PoolConfig;
  roles?: Input<'SetIdentityPoolRoles'>['Roles'];
  mappings?: Input<'SetIdentityPoolRoles'>['RoleMappings'];
  /** Principal-tag maps by provider name. */
  ptags?: Record<string, { UseDefaults: boolean; PrincipalTags?: Record<string, string> }>;
}

/** A stored identity, kept small (100,000 of them must fit in 100 MB): short member names, logins as pairs. */
export interface IdentityRecord {
  /** Account of the pool. */
  a: string;
  /** Pool id. */
  p: string;
  /** Creation sequence number (the list order). */
  n: number;
  /** Created and last modified, epoch seconds. */
  c: number;
  m: number;
  /** Linked logins as [provider, user]; absent for a guest. */
  l?: Array<[string, string]>;
  /** 1 once the identity has lost its last login: it can no longer be used. */
  d?: 1;
}

/**
 * The same ASCII text as one flat string. Text built by concatenation (template literals, Node's
 * randomUUID) is a tree of string pieces in V8, several times the size of the text; the key of every identity
 * is flattened once, where the identity is born (`newIdentityKey`, seeds), so 100,000 identities stay within
 * 100 MB. A key only looked up or deleted is not: the copy would be garbage at once.
 */
export function flatAscii(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** A new `<region>:<uuid v4>` id, as a flat string. */
export function newId(region: string): string {
  return flatAscii(`${region}:${crypto.randomUUID()}`);
}

/**
 * The key of a new identity with a new id, made flat once: the id is the key's tail (`slice` shares the key's
 * characters), so the key the store keeps and the id lists and login links keep cost one flat string.
 */
export function newIdentityKey(region: string): { key: string; identityId: string } {
  const key = flatAscii(`identity/${region}:${crypto.randomUUID()}`);
  return { key, identityId: key.slice(IDENTITY_PREFIX_LENGTH) };
}

const IDENTITY_PREFIX_LENGTH = 'identity/'.length;

/**
 * An identity record in one fixed shape (every record shares V8's hidden class, members in place): absent
 * logins and the disabled flag are left out rather than stored as undefined, which JSON would drop anyway.
 */
export function identityRecord(r: IdentityRecord): IdentityRecord {
  if (r.l !== undefined && r.l.length > 0) return r.d ? { a: r.a, p: r.p, n: r.n, c: r.c, m: r.m, l: r.l, d: 1 } : { a: r.a, p: r.p, n: r.n, c: r.c, m: r.m, l: r.l };
  return r.d ? { a: r.a, p: r.p, n: r.n, c: r.c, m: r.m, d: 1 } : { a: r.a, p: r.p, n: r.n, c: r.c, m: r.m };
}

/** Record key builders. */
export const keys = {
  pool: (account: string, poolId: string) => `pool/${account}/${regionOfId(poolId)}/${poolId}`,
  identity: (identityId: string) => `identity/${identityId}`,
  login: (poolId: string, provider: string, user: string) => `login/${poolId}/${provider}/${user}`,
  credentials: (accessKeyId: string) => `credentials/${accessKeyId}`,
  meta: (name: string) => `meta/${name}`,
};

/** The region of a `<region>:<uuid>` id. */
export function regionOfId(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** Reads and buffered writes of one handler; nothing reaches the store unless the handler returns. */
export class Transaction {
  /** Made at the first write: most calls only read (a hot path). */
  private changes: Map<string, unknown> | undefined;
  private sealed = false;

  constructor(readonly store: Store) {}

  /** The record under a key, as this transaction sees it. */
  get<T>(key: string): T | undefined {
    const changes = this.changes;
    return (changes !== undefined && changes.has(key) ? changes.get(key) : this.store.get(key)) as T | undefined;
  }

  /** Stores a record (the value must not be mutated afterwards; a key kept for long must be flat, see flatAscii). */
  set(key: string, value: unknown): void {
    if (this.sealed) throw new Error(`write to ${key} after the handler returned`);
    (this.changes ??= new Map()).set(key, value);
  }

  /** Deletes a record. */
  delete(key: string): void {
    this.set(key, undefined);
  }

  /** Ends the transaction and returns its changes. */
  seal(): Change[] {
    this.sealed = true;
    return this.changes === undefined ? NO_CHANGES : [...this.changes];
  }
}

/** The changes of a transaction that wrote nothing (shared: nobody adds to it). */
const NO_CHANGES: Change[] = [];

/** Options of `Store.run`. */
export interface RunOptions {
  /** The handler changes only records no caller can reach: later calls need not wait for its commit. */
  unseen?: boolean;
}

/**
 * What undoes changes: each key with the value it had, in one flat array (key, value, key, value, ...), oldest
 * first. Not as [key, value] pairs: pairs made at one place that outlive minor collections (they wait for a
 * commit) lead V8's allocation-site pretenuring to make them in the old generation, where they keep the keys
 * they hold alive through every minor collection. Deleting 100,000 identities in memory, minor collections
 * copied 15 MB with pairs, 1 MB flat (and 1 MB with pairs and `--no-allocation-site-pretenuring`).
 */
type Undo = unknown[];

/** Changes applied to memory whose commit has not resolved, with what undoes them. */
interface PendingChange {
  undo: Undo;
  durable: boolean;
  /** Set once the change was undone: the error of the commit that failed. */
  failure?: { error: unknown };
}

/** All records in memory, their indexes, and the commit chain. */
export class Store {
  private readonly records = new Map<string, unknown>();
  private readonly poolAccounts = new Map<string, string>();
  private readonly poolLists = new Map<string, OrderedIds>();
  private readonly identityLists = new Map<string, OrderedIds>();
  private readonly expiring: Array<[number, string]> = [];
  private expiringHead = 0;
  private lastSeq = 0;
  private latest: Promise<unknown> = Promise.resolve();
  /** Changes in memory whose commit has not resolved yet, oldest first, each with what undoes it. */
  private pending: PendingChange[] = [];

  constructor(private readonly persistence: Persistence) {}

  /** A store holding what the persistence has kept. */
  static async open(persistence: Persistence): Promise<Store> {
    const store = new Store(persistence);
    store.apply(await persistence.load());
    // Records load in key order, not creation order: sort every list now, before anyone calls.
    for (const list of [...store.poolLists.values(), ...store.identityLists.values()]) list.settle();
    return store;
  }

  /** The record under a key. */
  get(key: string): unknown {
    return this.records.get(key);
  }

  /** A fresh sequence number: creation order of pools and identities. */
  nextSeq(): number {
    this.lastSeq += 1;
    return this.lastSeq;
  }

  /** The account owning a pool id, if the pool exists anywhere. */
  accountOfPool(poolId: string): string | undefined {
    return this.poolAccounts.get(poolId);
  }

  /** The pools of an account in a region, in creation order. */
  pools(account: string, region: string): OrderedIds {
    return this.poolLists.get(`${account}/${region}`) ?? new OrderedIds();
  }

  /** A pool's identities, in creation order. */
  identities(poolId: string): OrderedIds {
    return this.identityLists.get(poolId) ?? new OrderedIds();
  }

  /** Passes the key of every registered credential that has expired to `remove` (oldest first). */
  expireCredentials(now: number, remove: (key: string) => void): void {
    while (this.expiringHead < this.expiring.length) {
      const [expiration, key] = this.expiring[this.expiringHead] as [number, string];
      if (expiration > now) break;
      if (this.records.has(key)) remove(key);
      this.expiringHead += 1;
    }
    if (this.expiringHead > 1024 && this.expiringHead * 2 > this.expiring.length) {
      this.expiring.splice(0, this.expiringHead);
      this.expiringHead = 0;
    }
  }

  /** The keys that start with `prefix` (a scan of every key: for rare records, at start). */
  keysStartingWith(prefix: string): string[] {
    return [...this.records.keys()].filter((key) => key.startsWith(prefix));
  }

  /** Every record, keys in ascending order. */
  entries(): Array<[string, unknown]> {
    return [...this.records.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** How many records the store holds. */
  get size(): number {
    return this.records.size;
  }

  /**
   * Runs a handler: synchronously against memory, then waits for its commit and every earlier one. A handler
   * that throws changes nothing; one that returns a promise must have done all its store work before. A commit
   * that fails makes this call fail (InternalErrorException) and is undone in memory first, with every later
   * change still pending; a handler that ran while an undone change was in memory fails with it, whether it
   * read, refused or wrote, since its answer may rest on that change. With `unseen`, the changes are of
   * records no caller can reach (those of a deleted pool): later calls do not wait for their commit. In
   * memory only (`memoryPersistence`) there is nothing to commit or wait for: the changes are applied and the
   * handler's own result is returned, a promise only if the handler made one, and its throw is thrown.
   */
  run<T>(handler: (tx: Transaction) => T | Promise<T>, options: RunOptions = {}): T | Promise<T> {
    if (this.persistence.commit === commitNothing && this.pending.length === 0) return this.runInMemory(handler);
    return this.runCommitted(handler, options);
  }

  /** In memory: the handler's changes are applied at once and its own result is the answer (a throw included). */
  private runInMemory<T>(handler: (tx: Transaction) => T | Promise<T>): T | Promise<T> {
    const tx = new Transaction(this);
    let result: T | Promise<T>;
    try {
      result = handler(tx);
    } catch (error) {
      tx.seal();
      throw error;
    }
    // Nothing to undo in memory only: no undo data is made.
    for (const [key, value] of tx.seal()) this.applyOne(key, value);
    return result;
  }

  private async runCommitted<T>(handler: (tx: Transaction) => T | Promise<T>, options: RunOptions): Promise<T> {
    const tx = new Transaction(this);
    const previous = this.latest;
    const seen = this.pending.at(-1);
    let result: T | Promise<T> | undefined;
    let refusal: { error: unknown } | undefined;
    try {
      result = handler(tx);
    } catch (error) {
      refusal = { error };
    }
    const changes = tx.seal();
    const committed = !refusal && changes.length > 0 ? this.commit(changes, options.unseen === true) : undefined;
    // A refusal or a read may rest on state not yet durable (a login linked a moment ago): it waits too.
    // With nothing pending when it ran, there is nothing to wait for (the common case, and a hot path).
    if (seen) {
      await previous;
      if (seen.failure) throw seen.failure.error;
    }
    if (refusal) throw refusal.error;
    if (committed) await committed;
    return result as T | Promise<T>;
  }

  /**
   * Deletes records no caller can reach any more (those of a deleted pool) as `run` with `unseen` would, with
   * no transaction in between: a big pool's deletion removes 100,000 identities this way, and a transaction's
   * map and copies of every change are most of the garbage the collector would stop the process for.
   */
  removeUnseen(keys: readonly string[]): Promise<void> {
    return this.commit(keys.map((key): Change => [key, undefined]), true);
  }

  /** Applies changes to memory and commits them; a commit that fails is undone first (see `run`). */
  private commit(changes: readonly Change[], unseen: boolean): Promise<void> {
    const previous = this.latest;
    const entry: PendingChange = { undo: this.apply(changes), durable: false };
    this.pending.push(entry);
    // Registered before anyone awaits the commit: memory is back before a failed caller is answered.
    const committed = this.persistence.commit(changes).then(() => this.settle(entry), (error: unknown) => {
      this.rollBackFrom(entry, error);
      throw error;
    });
    // Settles once both have (neither rejects then): cheaper than Promise.allSettled, on every write.
    if (!unseen) this.latest = committed.then(() => previous, () => previous);
    return committed;
  }

  /** Forgets the undo of changes now durable. */
  private settle(entry: PendingChange): void {
    entry.durable = true;
    let done = 0;
    while (this.pending[done]?.durable) done += 1;
    if (done > 0) this.pending.splice(0, done);
  }

  /** Undoes a failed commit's changes and every later pending one, newest first (a no-op once undone). */
  private rollBackFrom(entry: PendingChange, error: unknown): void {
    const at = this.pending.indexOf(entry);
    if (at < 0) return;
    for (let i = this.pending.length - 1; i >= at; i -= 1) {
      const undone = this.pending[i] as PendingChange;
      this.restore(undone.undo);
      undone.failure = { error };
    }
    this.pending.length = at;
  }

  /** Applies changes to memory and the indexes; returns what undoes them. */
  apply(changes: Iterable<Change>): Undo {
    const undo: Undo = [];
    for (const [key, value] of changes) undo.push(key, this.applyOne(key, value));
    return undo;
  }

  /** Undoes changes, newest first. */
  private restore(undo: Undo): void {
    for (let i = undo.length - 2; i >= 0; i -= 2) this.applyOne(undo[i] as string, undo[i + 1]);
  }

  /** Stores or deletes one record, keeping the indexes; returns the value it had. */
  private applyOne(key: string, value: unknown): unknown {
    const old = this.records.get(key);
    if (old !== undefined) this.unindex(key, old);
    if (value === undefined) this.records.delete(key);
    else {
      this.records.set(key, value);
      this.index(key, value);
    }
    return old;
  }

  private index(key: string, value: unknown): void {
    if (key.startsWith('pool/')) {
      const pool = value as PoolRecord;
      const scope = key.slice(5, key.lastIndexOf('/'));
      this.poolAccounts.set(pool.config.IdentityPoolId, pool.a);
      listIn(this.poolLists, scope).add(pool.n, pool.config.IdentityPoolId);
      this.lastSeq = Math.max(this.lastSeq, pool.n);
    } else if (key.startsWith('identity/')) {
      const identity = value as IdentityRecord;
      listIn(this.identityLists, identity.p).add(identity.n, key.slice(9));
      this.lastSeq = Math.max(this.lastSeq, identity.n);
    } else if (key.startsWith('credentials/')) {
      this.expiring.push([(value as { Expiration: number }).Expiration, key]);
    }
  }

  private unindex(key: string, value: unknown): void {
    if (key.startsWith('pool/')) {
      const pool = value as PoolRecord;
      this.poolAccounts.delete(pool.config.IdentityPoolId);
      this.poolLists.get(key.slice(5, key.lastIndexOf('/')))?.remove(pool.n);
    } else if (key.startsWith('identity/')) {
      const identity = value as IdentityRecord;
      this.identityLists.get(identity.p)?.remove(identity.n);
    }
  }
}

function listIn(lists: Map<string, OrderedIds>, key: string): OrderedIds {
  let list = lists.get(key);
  if (!list) {
    list = new OrderedIds();
    lists.set(key, list);
  }
  return list;
}

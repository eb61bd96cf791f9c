/**
 * Where the emulator's records live between runs. The emulator keeps every record in memory, keyed by string;
 * each answered mutation is one atomic batch of record changes, and the handler answers only once the batch
 * is durable. By default nothing is kept (`memoryPersistence`); `--state DIR` keeps the records in LevelDB
 * through classic-level (`openPersistence`); src/emulator/README.md, "Persistence", says why this store.
 *
 * Guarantees of `openPersistence`:
 * - durable: every batch is written with `sync: true` (LevelDB appends it to its log and fsyncs before
 *   answering), so a resolved `commit` survives kill -9 and power loss;
 * - atomic: concurrent commits are carried by one LevelDB write batch (group commit), which LevelDB applies
 *   whole or not at all, even across a crash (its log records are checksummed; a torn tail is dropped);
 * - exclusive: LevelDB holds an OS lock (fcntl) on DIR/LOCK while open, which the kernel releases when the
 *   process dies, so a second emulator on the same DIR gets a clear error, and a restart after kill -9 opens
 *   at once;
 * - versioned: a format record is written into a new store and checked on every open.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import type { ClassicLevel } from 'classic-level';
import { createGroupCommit } from './group-commit.ts';

/** One record change: a JSON-serialisable value to store under the key, or undefined to delete the key. */
export type Change = readonly [key: string, value: unknown];

/** Where the emulator's records live between runs. */
export interface Persistence {
  /** Every stored record, read once at start (keys in ascending order). */
  load(): Promise<Array<[string, unknown]>>;
  /**
   * Applies the changes atomically and durably; resolves once they would survive kill -9. Batches under load.
   * A commit that fails fails, unwritten, every commit made after it that has not resolved yet (the store
   * undoes them all in memory, so they must not reach the disk either).
   */
  commit(changes: readonly Change[]): Promise<void>;
  /** Flushes and closes. */
  close(): Promise<void>;
}

/** A persistence backed by a directory. */
export interface DurablePersistence extends Persistence {
  /** The state directory. */
  readonly directory: string;
  /** How many synced writes carried the commits so far (fewer than commits when they were batched). */
  readonly writes: number;
}

/**
 * The layout inside the store: records in one sublevel, the format record in another. Bump `version` when
 * the layout or a record's shape changes incompatibly; a store of another version is refused, not guessed at.
 */
export const STORE_FORMAT = {
  name: 'cognito-identity-emulator',
  version: 1,
  recordsSublevel: 'records',
  metaSublevel: 'meta',
  formatKey: 'format',
} as const;

/** The error of a state directory that cannot be used; its message names the directory and the way out. */
export class StateDirectoryError extends Error {
  override name = 'StateDirectoryError';
}

/**
 * The commit of `memoryPersistence`: nothing to write and nothing that can fail. The store knows it by
 * identity and skips its commit chain (a wrapper with a commit of its own gets the chain).
 */
export const commitNothing = async (): Promise<void> => {};

/** No persistence: in-memory state only (the default). */
export function memoryPersistence(): Persistence {
  return {
    load: async () => [],
    commit: commitNothing,
    close: async () => {},
  };
}

/** Durable persistence in DIR, created if missing; fails with a clear message if DIR is unusable or locked. */
export async function openPersistence(dir: string): Promise<DurablePersistence> {
  await prepareDirectory(dir);
  const db = await openLevel(dir);
  try {
    await checkFormat(db, dir);
  } catch (error) {
    await db.close();
    throw error;
  }
  return levelPersistence(db, dir);
}

type Db = ClassicLevel<string, string>;
type Operation = { type: 'put'; key: string; value: string } | { type: 'del'; key: string };

const records = (db: Db) => db.sublevel<string, string>(STORE_FORMAT.recordsSublevel, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
const meta = (db: Db) => db.sublevel<string, string>(STORE_FORMAT.metaSublevel, { keyEncoding: 'utf8', valueEncoding: 'utf8' });

/** The names LevelDB gives its files: a directory holding anything else is not a store, and is left alone. */
const LEVELDB_FILE = /^(CURRENT|LOCK|LOG|LOG\.old|MANIFEST-\d+|\d+\.(log|ldb|sst|dbtmp))$/;

async function prepareDirectory(dir: string): Promise<void> {
  const fail = (doing: string) => (error: Error): never => {
    throw new StateDirectoryError(`Cannot ${doing} the state directory ${dir}: ${error.message}`);
  };
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : fail('use')(error)));
  if (info === undefined) {
    await mkdir(dir, { recursive: true }).catch(fail('create'));
    return;
  }
  if (!info.isDirectory()) throw new StateDirectoryError(`The state path ${dir} is a file, not a directory; give a directory (it is created if missing).`);
  const foreign = (await readdir(dir).catch(fail('read'))).filter((name) => !LEVELDB_FILE.test(name));
  if (foreign.length > 0) {
    throw new StateDirectoryError(`The state directory ${dir} holds files that are not an emulator store (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}); give an empty or new directory.`);
  }
}

async function openLevel(dir: string): Promise<Db> {
  const { ClassicLevel } = await import('classic-level');
  const db = new ClassicLevel<string, string>(dir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
  try {
    await db.open();
    return db;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') {
      throw new StateDirectoryError(`The state directory ${dir} is in use by another process (it holds ${dir}/LOCK); stop that emulator or give another directory.`);
    }
    if (cause?.code === 'LEVEL_CORRUPTION') throw new StateDirectoryError(`The store in ${dir} is corrupt and was left as it is: ${cause.message}`);
    throw new StateDirectoryError(`Cannot open the store in ${dir}: ${cause?.message ?? (error as Error).message}`);
  }
}

async function checkFormat(db: Db, dir: string): Promise<void> {
  const text = await meta(db).get(STORE_FORMAT.formatKey);
  if (text === undefined) {
    const empty = (await records(db).keys({ limit: 1 }).all()).length === 0;
    if (!empty) throw new StateDirectoryError(`The store in ${dir} has records but no format record; it was not written by this emulator.`);
    const format = { name: STORE_FORMAT.name, version: STORE_FORMAT.version };
    await db.batch([{ type: 'put', sublevel: meta(db), key: STORE_FORMAT.formatKey, value: JSON.stringify(format) }], { sync: true });
    return;
  }
  const format = parseFormat(text);
  if (format.name !== STORE_FORMAT.name || format.version !== STORE_FORMAT.version) {
    throw new StateDirectoryError(`The store in ${dir} has format ${String(format.name)} version ${String(format.version)}; this emulator reads ${STORE_FORMAT.name} version ${STORE_FORMAT.version}.`);
  }
}

function parseFormat(text: string): { name?: unknown; version?: unknown } {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

/** The store operation of one change; the value is serialised now, so later changes to the object don't leak in. */
function toOperation([key, value]: Change): Operation {
  if (typeof key !== 'string' || key === '') throw new TypeError(`A record key must be a non-empty string; got ${JSON.stringify(key)}.`);
  if (value === undefined) return { type: 'del', key };
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`The value of record ${key} is not JSON-serialisable (${typeof value}).`);
  return { type: 'put', key, value: text };
}

/**
 * Writes operations as one atomic, synced LevelDB batch. A chained batch hands each operation to LevelDB's
 * write batch as it is added; the array form copies and checks every operation in JavaScript first, several
 * times the main-thread time for a big batch (bench/emulator-delete.ts: a pool deletion's slices).
 */
function writeBatch(db: Db, store: ReturnType<typeof records>, operations: readonly Operation[]): Promise<void> {
  const batch = db.batch();
  try {
    // `sublevel` routes each operation into the records; `sync` is an option of the root database's write.
    for (const op of operations) {
      if (op.type === 'put') batch.put(op.key, op.value, { sublevel: store });
      else batch.del(op.key, { sublevel: store });
    }
  } catch (error) {
    return batch.close().then(() => { throw error; });
  }
  return batch.write({ sync: true });
}

function levelPersistence(db: Db, dir: string): DurablePersistence {
  const store = records(db);
  const group = createGroupCommit<Operation>((operations) => writeBatch(db, store, operations));
  let closed = false;
  return {
    directory: dir,
    get writes() {
      return group.writes;
    },
    async load() {
      const all: Array<[string, unknown]> = [];
      const iterator = store.iterator();
      try {
        for (let page = await iterator.nextv(1000); page.length > 0; page = await iterator.nextv(1000)) {
          for (const [key, value] of page) all.push([key, JSON.parse(value)]);
        }
      } finally {
        await iterator.close();
      }
      return all;
    },
    async commit(changes) {
      if (closed) throw new Error(`The store in ${dir} is closed.`);
      return group.submit(changes.map(toOperation));
    },
    async close() {
      if (closed) return;
      closed = true;
      await group.drain();
      await db.close();
    },
  };
}

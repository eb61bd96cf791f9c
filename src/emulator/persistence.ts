/**
 * Where the emulator's records live between runs: the interface the store codes against. This branch holds
 * only the in-memory implementation; the durable one (`openPersistence`) comes from the persistence work.
 */

/** One record change: a JSON-serialisable value to store under the key, or undefined to delete the key. */
export type Change = readonly [key: string, value: unknown];

/** Where the emulator's records live between runs. */
export interface Persistence {
  /** Every stored record, read once at start (keys in ascending order). */
  load(): Promise<Array<[string, unknown]>>;
  /** Applies the changes atomically and durably; resolves once they would survive kill -9. Batches under load. */
  commit(changes: readonly Change[]): Promise<void>;
  close(): Promise<void>;
}

/** A persistence that keeps nothing beyond the process: the default of `startEmulator()`. */
export function memoryPersistence(): Persistence {
  const records = new Map<string, unknown>();
  return {
    load: async () => [...records.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    commit: async (changes) => {
      for (const [key, value] of changes) {
        if (value === undefined) records.delete(key);
        else records.set(key, structuredClone(value));
      }
    },
    close: async () => {},
  };
}

/** Opens durable storage in a directory (provided by the persistence work; not in this branch). */
export async function openPersistence(dir: string): Promise<Persistence> {
  throw new Error(`not yet: durable storage in ${dir} is not part of this build`);
}

/**
 * Group commit: turns many concurrent submissions into few sequential writes. While one write is in flight,
 * later submissions wait; the next write carries all of them at once, so under load one sync to disk answers
 * many callers, and when idle a submission is written at once. Writes never overlap and keep submission
 * order, so of two submissions touching one key the later one wins. A write that fails fails every
 * submission queued behind it as well, unwritten: they were made while the failed ones were in memory and
 * may rest on them (the store undoes them all).
 */

/** A queue of submissions in front of one writer. */
export interface GroupCommit<T> {
  /** Queues the items; resolves once a write that carried them resolved, rejects if it or one before it failed. */
  submit(items: readonly T[]): Promise<void>;
  /** Resolves once every submission made so far has been written (or has failed). */
  drain(): Promise<void>;
  /** How many writes were made so far: fewer than submissions when they were batched. */
  readonly writes: number;
}

interface Waiting<T> {
  /** Emptied once a write carries them: what waits for the disk holds on to nothing it wrote. */
  items: readonly T[];
  resolve(): void;
  reject(error: unknown): void;
}

/** A group commit over `write`, which must apply its items atomically and resolve once they are durable. */
export function createGroupCommit<T>(write: (items: T[]) => Promise<void>): GroupCommit<T> {
  let queue: Array<Waiting<T>> = [];
  let running: Promise<void> | undefined;
  let writes = 0;

  const writeOne = async (batch: Array<Waiting<T>>): Promise<void> => {
    writes += 1;
    try {
      await write(takeItems(batch));
      for (const waiting of batch) waiting.resolve();
    } catch (error) {
      const behind = queue;
      queue = [];
      for (const waiting of [...batch, ...behind]) waiting.reject(error);
    }
  };
  const pump = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await writeOne(batch);
    }
    running = undefined;
  };

  return {
    submit(items) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ items, resolve, reject });
        running ??= pump();
      });
    },
    async drain() {
      while (running) await running;
    },
    get writes() {
      return writes;
    },
  };
}

/**
 * The items of the waiting submissions, in order, taken from them. A write's items are garbage once it has
 * encoded them: kept until its sync they would outlive minor collections (see store.ts, Undo).
 */
function takeItems<T>(batch: Array<Waiting<T>>): T[] {
  const items = batch.flatMap((waiting) => waiting.items);
  for (const waiting of batch) waiting.items = [];
  return items;
}

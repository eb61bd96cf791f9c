/**
 * The child of the persistence crash test (run with `node --import tsx`): opens the store in DIR, prints
 * `ready`, then makes bounded commits from 8 concurrent writers and prints each commit's number once its
 * `commit` resolved. Commit n puts `a/<run>/<n>`, `b/<run>/<n>` and `c/<run>/<n>` and deletes
 * `c/<run>/<n-1000>`. With `hold`, it only opens the store and waits (for the lock test). The test kills it
 * with SIGKILL.
 */
import { openPersistence } from '../../packages/server/src/emulator/persistence.ts';

const [dir, run, mode] = process.argv.slice(2);
if (!dir || !run) throw new Error('usage: persistence-crash-child.ts DIR RUN [hold]');

/** A value of varying size, so that batches straddle LevelDB's 32 KB log blocks. */
const recordOf = (run: string, n: number) => ({ run, n, filler: 'x'.repeat(100 + ((n * 37) % 3000)) });

const store = await openPersistence(dir);
process.stdout.write('ready\n');
if (mode === 'hold') {
  setInterval(() => {}, 60_000);
} else {
  const LIMIT = 200_000;
  let next = 0;
  const writer = async () => {
    while (next < LIMIT) {
      const n = next++;
      await store.commit([
        [`a/${run}/${n}`, recordOf(run, n)],
        [`b/${run}/${n}`, { n }],
        [`c/${run}/${n}`, { n }],
        [`c/${run}/${n - 1000}`, undefined],
      ]);
      process.stdout.write(`${n}\n`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, writer));
  await store.close();
}

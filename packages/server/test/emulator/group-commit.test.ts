/** Group commit against a recording writer whose writes the test finishes by hand. */
import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/emulator/group-commit.ts';

/** A writer that records each write and leaves it in flight until the test settles it. */
function manualWriter() {
  const writes: Array<{ items: string[]; settle: (error?: Error) => void }> = [];
  const write = (items: string[]) => new Promise<void>((resolve, reject) => {
    writes.push({ items, settle: (error) => (error ? reject(error) : resolve()) });
  });
  return { writes, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createGroupCommit', () => {
  it('writes at once when idle, and carries everything queued meanwhile in the next write, in order', async () => {
    const { writes, write } = manualWriter();
    const group = createGroupCommit(write);
    const first = group.submit(['a']);
    const queued = [group.submit(['b', 'c']), group.submit([]), group.submit(['d'])];
    expect(writes.map((w) => w.items)).toEqual([['a']]);
    writes[0]?.settle();
    await first;
    await tick();
    expect(writes.map((w) => w.items)).toEqual([['a'], ['b', 'c', 'd']]);
    writes[1]?.settle();
    await Promise.all(queued);
    expect(group.writes).toBe(2);
  });

  it('does not resolve a submission before its write resolved', async () => {
    const { writes, write } = manualWriter();
    const group = createGroupCommit(write);
    let done = false;
    void group.submit(['a']).then(() => { done = true; });
    await tick();
    expect(done).toBe(false);
    writes[0]?.settle();
    await tick();
    expect(done).toBe(true);
  });

  it('rejects the submissions of a failed write and those queued behind it, unwritten, and goes on with later ones', async () => {
    const { writes, write } = manualWriter();
    const group = createGroupCommit(write);
    const failed = group.submit(['a']);
    const behind = group.submit(['b']);
    writes[0]?.settle(new Error('disk full'));
    await expect(failed).rejects.toThrow('disk full');
    await expect(behind).rejects.toThrow('disk full');
    const later = group.submit(['c']);
    await tick();
    expect(writes.map((w) => w.items)).toEqual([['a'], ['c']]);
    writes[1]?.settle();
    await expect(later).resolves.toBeUndefined();
  });

  it('drain waits for every submission so far', async () => {
    const { writes, write } = manualWriter();
    const group = createGroupCommit(write);
    void group.submit(['a']);
    void group.submit(['b']);
    let drained = false;
    const draining = group.drain().then(() => { drained = true; });
    writes[0]?.settle();
    await tick();
    expect(drained).toBe(false);
    writes[1]?.settle();
    await draining;
    expect(drained).toBe(true);
    await group.drain(); // idle: resolves at once
  });
});

/** OrderedIds: creation order whatever the arrival order, pages that start after a position, removals. */
import { describe, expect, it } from 'vitest';
import { OrderedIds } from '../../src/emulator/ordered-ids.ts';

function listOf(entries: Array<[number, string]>): OrderedIds {
  const list = new OrderedIds();
  for (const [seq, id] of entries) list.add(seq, id);
  return list;
}

describe('OrderedIds', () => {
  it.each([
    ['in order', [[1, 'a'], [2, 'b'], [5, 'c']]],
    ['in key order (a load)', [[5, 'c'], [1, 'a'], [2, 'b']]],
    ['with a repeat, the later kept', [[2, 'x'], [1, 'a'], [5, 'c'], [2, 'b']]],
  ] as Array<[string, Array<[number, string]>]>)('lists ids by sequence, %s', (_what, entries) => {
    expect(listOf(entries).all()).toEqual(['a', 'b', 'c']);
  });

  it.each([
    { after: 0, limit: 2, want: [[1, 'a'], [2, 'b']], more: true },
    { after: 2, limit: 2, want: [[5, 'c'], [9, 'd']], more: false },
    { after: 3, limit: 1, want: [[5, 'c']], more: true },
    { after: 9, limit: 5, want: [], more: false },
  ])('a page after $after of $limit', ({ after, limit, want, more }) => {
    expect(listOf([[9, 'd'], [1, 'a'], [5, 'c'], [2, 'b']]).page(after, limit)).toEqual({ items: want, more });
  });

  it('a page skips what keep refuses without counting it, and positions survive removals', () => {
    const list = listOf([[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]);
    expect(list.page(0, 2, (id) => id !== 'b')).toEqual({ items: [[1, 'a'], [3, 'c']], more: true });
    list.remove(3);
    list.add(7, 'e');
    expect(list.page(2, 5)).toEqual({ items: [[4, 'd'], [7, 'e']], more: false });
    expect(list.size).toBe(4);
  });

  it('pages and sizes skip removed entries, before and after they are swept', () => {
    const list = listOf(Array.from({ length: 10 }, (_, i) => [i + 1, `id${i + 1}`] as [number, string]));
    for (const seq of [2, 3, 4]) list.remove(seq);
    expect(list.size).toBe(7);
    expect(list.page(1, 2)).toEqual({ items: [[5, 'id5'], [6, 'id6']], more: true });
    for (const seq of [5, 6, 7]) list.remove(seq);
    list.remove(7);
    expect(list.size).toBe(4);
    expect(list.all()).toEqual(['id1', 'id8', 'id9', 'id10']);
    expect(list.page(1, 10)).toEqual({ items: [[8, 'id8'], [9, 'id9'], [10, 'id10']], more: false });
  });

  it('an entry removed and added again under its number (a record rewritten) comes back in place', () => {
    const list = listOf([[1, 'a'], [2, 'b'], [3, 'c']]);
    list.remove(2);
    list.add(2, 'b');
    expect(list.all()).toEqual(['a', 'b', 'c']);
    expect(list.size).toBe(3);
    expect(list.page(1, 1)).toEqual({ items: [[2, 'b']], more: true });
  });
});

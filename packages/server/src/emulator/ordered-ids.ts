/**
 * An ordered list of ids keyed by a creation sequence number: the per-pool identity list and the per-scope
 * pool list. Appends are O(1) (sequence numbers only grow), lookups and removals binary-search, and a page
 * starts after a sequence number, so a page token stays valid whatever is inserted or deleted meanwhile.
 * Ids that arrive out of order (records load in key order) are appended and sorted once, at the next read;
 * removed ids leave a gap that is swept once gaps are half the list, so deleting a pool of 100,000 identities
 * is not 100,000 array shifts.
 */

/** The id of a removed entry (ids are never empty). */
const GAP = '';

/** Ids in ascending sequence order. */
export class OrderedIds {
  private seqs: number[] = [];
  private ids: string[] = [];
  private sorted = true;
  /** Removed entries still in the arrays (their id is GAP). */
  private gaps = 0;

  /** How many ids the list holds. */
  get size(): number {
    this.settle();
    return this.seqs.length - this.gaps;
  }

  /** Adds an id under its sequence number (an entry with that number, removed or not, takes the id). */
  add(seq: number, id: string): void {
    const last = this.seqs.at(-1);
    if (last !== undefined && seq <= last) {
      const at = this.sorted ? this.firstAfter(seq - 1) : -1;
      if (this.seqs[at] === seq) {
        if (this.ids[at] === GAP) this.gaps -= 1;
        this.ids[at] = id;
        return;
      }
      this.sorted = false;
    }
    this.seqs.push(seq);
    this.ids.push(id);
  }

  /** Removes the id with this sequence number, if present. */
  remove(seq: number): void {
    this.settle();
    const at = this.firstAfter(seq - 1);
    if (this.seqs[at] !== seq || this.ids[at] === GAP) return;
    this.ids[at] = GAP;
    this.gaps += 1;
    if (this.gaps * 2 > this.seqs.length) this.sweep();
  }

  /** Every id, oldest first. */
  all(): readonly string[] {
    this.settle();
    this.sweep();
    return this.ids;
  }

  /**
   * Up to `limit` entries with a sequence number above `after` that pass `keep`, and whether more remain.
   * Entries that fail `keep` are skipped without counting.
   */
  page(after: number, limit: number, keep: (id: string) => boolean = () => true): { items: Array<[number, string]>; more: boolean } {
    this.settle();
    const items: Array<[number, string]> = [];
    for (let i = this.firstAfter(after); i < this.seqs.length; i += 1) {
      const id = this.ids[i] as string;
      if (id === GAP || !keep(id)) continue;
      if (items.length === limit) return { items, more: true };
      items.push([this.seqs[i] as number, id]);
    }
    return { items, more: false };
  }

  /**
   * Sorts ids that arrived out of order, once; of entries with one sequence number, the latest stays. Reads
   * call it; the store calls it right after loading, so no caller waits for a sort of a big pool's ids.
   */
  settle(): void {
    if (this.sorted) return;
    const { seqs, ids } = this;
    const order = seqs.map((_, i) => i).sort((a, b) => (seqs[a] as number) - (seqs[b] as number)) // stable
      .filter((i, k, all) => k === all.length - 1 || seqs[i] !== seqs[all[k + 1] as number]);
    this.seqs = order.map((i) => seqs[i] as number);
    this.ids = order.map((i) => ids[i] as string);
    this.gaps = this.ids.filter((id) => id === GAP).length;
    this.sorted = true;
  }

  /** Drops the gaps left by removals, in place (no copies of a list of 100,000). */
  private sweep(): void {
    if (this.gaps === 0) return;
    const { seqs, ids } = this;
    let kept = 0;
    for (let i = 0; i < ids.length; i += 1) {
      if (ids[i] === GAP) continue;
      ids[kept] = ids[i] as string;
      seqs[kept] = seqs[i] as number;
      kept += 1;
    }
    ids.length = kept;
    seqs.length = kept;
    this.gaps = 0;
  }

  /** The index of the first entry whose sequence number is above `seq`. */
  private firstAfter(seq: number): number {
    let low = 0;
    let high = this.seqs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.seqs[mid] as number) <= seq) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

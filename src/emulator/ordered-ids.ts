/**
 * An ordered list of ids keyed by a creation sequence number: the per-pool identity list and the per-scope
 * pool list. Appends are O(1) (sequence numbers only grow), lookups and removals binary-search, and a page
 * starts after a sequence number, so a page token stays valid whatever is inserted or deleted meanwhile.
 */

/** Ids in ascending sequence order. */
export class OrderedIds {
  private readonly seqs: number[] = [];
  private readonly ids: string[] = [];

  /** How many ids the list holds. */
  get size(): number {
    return this.seqs.length;
  }

  /** Adds an id under its sequence number (in place if it is not the newest). */
  add(seq: number, id: string): void {
    const at = this.firstAfter(seq - 1);
    if (this.seqs[at] === seq) return;
    this.seqs.splice(at, 0, seq);
    this.ids.splice(at, 0, id);
  }

  /** Removes the id with this sequence number, if present. */
  remove(seq: number): void {
    const at = this.firstAfter(seq - 1);
    if (this.seqs[at] !== seq) return;
    this.seqs.splice(at, 1);
    this.ids.splice(at, 1);
  }

  /** Every id, oldest first. */
  all(): readonly string[] {
    return this.ids;
  }

  /**
   * Up to `limit` entries with a sequence number above `after` that pass `keep`, and whether more remain.
   * Entries that fail `keep` are skipped without counting.
   */
  page(after: number, limit: number, keep: (id: string) => boolean = () => true): { items: Array<[number, string]>; more: boolean } {
    const items: Array<[number, string]> = [];
    for (let i = this.firstAfter(after); i < this.seqs.length; i += 1) {
      const id = this.ids[i] as string;
      if (!keep(id)) continue;
      if (items.length === limit) return { items, more: true };
      items.push([this.seqs[i] as number, id]);
    }
    return { items, more: false };
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

/**
 * A cache bounded by use rather than by count alone. Entries the last few drafts used always
 * stay (a 50,000-word draft keeps every piece it needs); older entries are dropped once more
 * than `floor` are held. Typing makes a new entry per keystroke: those age out instead of
 * piling up to a fixed cap (a 4,000-entry LRU held ~48 MB after 10,000 edits).
 */
export class RecentCache<V> {
  /** Map order is least recently used first: entries are re-inserted when used. */
  private readonly map = new Map<string, { value: V; used: number }>();

  constructor(
    private readonly floor: number,
    private readonly keepDrafts: number,
    private readonly hardCap: number,
  ) {}

  /** The value for `key`, computed by `make` when missing; marks it used by draft `draft`. */
  use(key: string, draft: number, make: (key: string) => V): V {
    let entry = this.map.get(key);
    if (entry) this.map.delete(key);
    else entry = { value: make(key), used: draft };
    entry.used = draft;
    this.map.set(key, entry);
    return entry.value;
  }

  /** Drop entries no draft since `draft - keepDrafts` used, down to `floor`. */
  evict(draft: number): void {
    for (const [key, entry] of this.map) {
      const stale = entry.used <= draft - this.keepDrafts;
      if (this.map.size <= this.floor || (!stale && this.map.size <= this.hardCap)) break;
      this.map.delete(key);
    }
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

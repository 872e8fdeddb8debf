/**
 * A cache bounded by use rather than by count alone. Entries the last few drafts used always
 * stay (a 50,000-word draft keeps every piece it needs); older entries are dropped once more
 * than `floor` are held. Typing makes a new entry per keystroke: those age out instead of
 * piling up to a fixed cap (a 4,000-entry LRU held ~48 MB after 10,000 edits).
 */
/** An entry as the cache holds it; a draft that takes lines over from the last one marks their entries used (chunks.ts keepUsing). */
export interface CacheEntry<V> {
  readonly value: V;
  used: number;
}

export class RecentCache<V> {
  /** Map order is insertion order; `used` says which draft last used an entry. */
  private readonly map = new Map<string, CacheEntry<V>>();

  constructor(
    private readonly floor: number,
    private readonly keepDrafts: number,
    private readonly hardCap: number,
  ) {}

  /**
   * The entry for `key`, its value computed by `make` when missing; marks it used by draft `draft`.
   * One lookup per use: every sentence and line of a draft passes here on each keystroke, and
   * re-inserting to keep the map in use order cost two more hash lookups of the whole text.
   */
  entry(key: string, draft: number, make: (key: string) => V): CacheEntry<V> {
    let entry = this.map.get(key);
    if (entry) entry.used = draft;
    else {
      entry = { value: make(key), used: draft };
      this.map.set(key, entry);
    }
    return entry;
  }

  /** The value for `key` (see entry). */
  use(key: string, draft: number, make: (key: string) => V): V {
    return this.entry(key, draft, make).value;
  }

  /**
   * Drop entries no draft since `draft - keepDrafts` used, oldest first, down to `floor`;
   * past `hardCap`, drop the oldest entries whatever their use (only pathological input gets there).
   */
  evict(draft: number): void {
    if (this.map.size <= this.floor) return;
    for (const [key, entry] of this.map) {
      if (this.map.size <= this.floor) break;
      if (entry.used <= draft - this.keepDrafts) this.map.delete(key);
    }
    for (const key of this.map.keys()) {
      if (this.map.size <= this.hardCap) break;
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

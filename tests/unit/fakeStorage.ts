/**
 * An in-memory stand-in for browser.storage.local. Values are stored as JSON, as the browser
 * stores them, so a test sees exactly what would survive a restart (no shared references).
 */
import type { StorageAreaLike } from '../../src/background/history-store.ts';

export class FakeStorageArea implements StorageAreaLike {
  readonly data = new Map<string, string>();
  writes = 0;
  /** Set to make the next write fail (e.g. quota exceeded). */
  failNextWrite = false;

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const json = this.data.get(key);
      if (json !== undefined) out[key] = JSON.parse(json);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextWrite) {
      this.failNextWrite = false;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) this.data.delete(key);
  }

  /** Everything stored, as one string (what a disk search would see). */
  dump(): string {
    return [...this.data].map(([k, v]) => `${k}=${v}`).join('\n');
  }

  bytes(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
}

/**
 * The noise memory's send log, in storage.local only (never synced, never sent anywhere).
 * Bounded: sends older than 90 days drop off, and at most 5,000 are kept (oldest go first).
 * Each part is kept only as long as it serves: fingerprints 30 days (a repeat counts for 30
 * days), recipient domains a day (the per-company daily limit), kept apart from the log.
 *
 * The service worker may be stopped at any moment and may receive several sends at once, so
 * the log lives in storage, and every read and write runs one at a time through a queue;
 * sends that arrive while a write is in flight are written together in the next one.
 */
import { DUPLICATE_WINDOW_DAYS } from '../core/history/limits.ts';
import { HISTORY_PREFIX } from '../history/storage-keys.ts';
import { decodeChunk, type DomainSend, encodeChunk, type HistoryEntry, readDomains, readIndex } from './history-codec.ts';

export { HISTORY_PREFIX };
export type { DomainSend };

/** The part of a storage area the log uses (browser.storage.local fits; tests pass a fake). */
export interface StorageAreaLike {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export type NewSend = HistoryEntry & { domains: readonly string[] };

export const KEEP_DAYS = 90;
export const MAX_ENTRIES = 5_000;
/** Domains are needed for "today" only; a day plus a DST hour and a margin. */
const DOMAIN_KEEP_MS = 26 * 3_600_000;
const CHUNK_SIZE = 250;
const DAY_MS = 86_400_000;

const INDEX_KEY = `${HISTORY_PREFIX}.index`;
const DOMAINS_KEY = `${HISTORY_PREFIX}.domains`;
const chunkKey = (id: number): string => `${HISTORY_PREFIX}.c${id}`;

interface Chunk {
  id: number;
  entries: HistoryEntry[];
}
interface State {
  chunks: Chunk[];
  nextId: number;
  domains: DomainSend[];
}

export class HistoryStore {
  private state: State | null = null;
  private pending: NewSend[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageAreaLike,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every remembered send, oldest first. */
  entries(): Promise<HistoryEntry[]> {
    return this.serial(async () => (await this.loaded()).chunks.flatMap((c) => c.entries));
  }

  /** Recipient domains of the last day's emails. */
  recentDomains(): Promise<DomainSend[]> {
    return this.serial(async () => [...(await this.loaded()).domains]);
  }

  /** Remembers a send; resolves once it is in storage. */
  record(send: NewSend): Promise<void> {
    this.pending.push(send);
    return this.serial(() => this.flush());
  }

  /**
   * Forgets one send, found by its time and site: the user took it back (Gmail's Undo Send).
   * Resolves true when there was such a send.
   */
  retract(at: number, site: string): Promise<boolean> {
    return this.serial(async () => {
      const state = await this.loaded();
      for (let i = state.chunks.length - 1; i >= 0; i--) {
        const chunk = state.chunks[i]!;
        const index = chunk.entries.findLastIndex((e) => e.at === at && e.site === site);
        if (index < 0) continue;
        chunk.entries.splice(index, 1);
        const domains = state.domains.findLastIndex((d) => d.at === at);
        if (domains >= 0) state.domains.splice(domains, 1);
        const removed = chunk.entries.length === 0 ? [chunk.id] : [];
        state.chunks = state.chunks.filter((c) => c.entries.length > 0);
        await this.persist(state, new Set([chunk]), removed);
        return true;
      }
      return false;
    });
  }

  /**
   * Applies the limits now (90 days, 5,000 sends, 30-day fingerprints, one-day domains), so
   * history expires on time even when nothing new is sent. Writes only what changed.
   */
  enforceRetention(): Promise<void> {
    return this.serial(async () => {
      const state = await this.loaded();
      const dirty = new Set<Chunk>();
      const domainCount = state.domains.length;
      const removed = retain(state, this.now(), dirty);
      if (dirty.size > 0 || removed.length > 0 || state.domains.length !== domainCount) await this.persist(state, dirty, removed);
    });
  }

  /** Forgets every send, including anything a crashed write left behind. */
  clear(): Promise<void> {
    return this.serial(async () => {
      const stored = await this.area.get([INDEX_KEY]);
      const ids = readIndex(stored[INDEX_KEY]).chunks;
      const known = new Set([...ids, ...(this.state?.chunks.map((c) => c.id) ?? [])]);
      await this.area.remove([INDEX_KEY, DOMAINS_KEY, ...[...known].map(chunkKey)]);
      this.state = { chunks: [], nextId: 0, domains: [] };
    });
  }

  /** Runs tasks one at a time, in call order; a failed task does not stop the ones after it. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async loaded(): Promise<State> {
    if (this.state) return this.state;
    const stored = await this.area.get([INDEX_KEY, DOMAINS_KEY]);
    const index = readIndex(stored[INDEX_KEY]);
    const chunkData = index.chunks.length > 0 ? await this.area.get(index.chunks.map(chunkKey)) : {};
    const chunks = index.chunks.map((id) => ({ id, entries: decodeChunk(chunkData[chunkKey(id)]) }));
    this.state = { chunks, nextId: index.nextId, domains: readDomains(stored[DOMAINS_KEY]) };
    return this.state;
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    const state = await this.loaded();
    const dirty = new Set<Chunk>();
    for (const send of batch) {
      let open = state.chunks[state.chunks.length - 1];
      if (!open || open.entries.length >= CHUNK_SIZE) {
        open = { id: state.nextId++, entries: [] };
        state.chunks.push(open);
      }
      const { domains, ...entry } = send;
      open.entries.push(entry);
      dirty.add(open);
      if (domains.length > 0) state.domains.push({ at: send.at, domains: [...domains] });
    }
    await this.persist(state, dirty, retain(state, this.now(), dirty));
  }

  /** Writes the index, the domains and the changed chunks; deletes emptied chunks. */
  private async persist(state: State, dirty: ReadonlySet<Chunk>, removed: readonly number[]): Promise<void> {
    const writes: Record<string, unknown> = {
      [INDEX_KEY]: { v: 1, chunks: state.chunks.map((c) => c.id), nextId: state.nextId },
      [DOMAINS_KEY]: state.domains,
    };
    for (const chunk of dirty) if (state.chunks.includes(chunk)) writes[chunkKey(chunk.id)] = encodeChunk(chunk.entries);
    try {
      await this.area.set(writes);
      if (removed.length > 0) await this.area.remove(removed.map(chunkKey));
    } catch (error) {
      this.state = null; // Storage refused (quota?): reload what is really there next time.
      throw error;
    }
  }
}

/** Every limit at once: the log's (prune) and the recipient domains' one day. */
function retain(state: State, now: number, dirty: Set<Chunk>): number[] {
  state.domains = state.domains.filter((d) => d.at >= now - DOMAIN_KEEP_MS);
  return prune(state, now, dirty);
}

/**
 * Drops sends past 90 days and past 5,000 (oldest first), and fingerprints past 30 days;
 * returns the ids of emptied chunks.
 */
function prune(state: State, now: number, dirty: Set<Chunk>): number[] {
  const cutoff = now - KEEP_DAYS * DAY_MS;
  const fingerprintCutoff = now - DUPLICATE_WINDOW_DAYS * DAY_MS;
  const expired = (e: HistoryEntry): boolean => e.at < fingerprintCutoff && e.fingerprint.length > 0;
  for (const chunk of state.chunks) {
    const kept = chunk.entries.filter((e) => e.at >= cutoff);
    if (kept.length === chunk.entries.length && !kept.some(expired)) continue;
    chunk.entries = kept.map((e) => (expired(e) ? { ...e, fingerprint: [] } : e));
    dirty.add(chunk);
  }
  let excess = state.chunks.reduce((n, c) => n + c.entries.length, 0) - MAX_ENTRIES;
  for (const chunk of state.chunks) {
    if (excess <= 0) break;
    const drop = Math.min(excess, chunk.entries.length);
    chunk.entries = chunk.entries.slice(drop);
    excess -= drop;
    dirty.add(chunk);
  }
  const removed = state.chunks.filter((c) => c.entries.length === 0).map((c) => c.id);
  state.chunks = state.chunks.filter((c) => c.entries.length > 0);
  return removed;
}

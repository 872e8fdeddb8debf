/**
 * The send log's storage format. Entries are kept in chunks of columns (one array per field),
 * and a chunk's fingerprints as one base64 blob, a byte per slot: a full log of 5,000 sends is
 * about 1 MB of JSON, and appending a send rewrites one small chunk instead of the whole log
 * (every storage write is also copied to each storage.onChanged listener, so size matters).
 */
import { FINGERPRINT_SIZE } from '../core/history/fingerprint.ts';
import { CHANNELS, type Channel } from '../core/types.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

/** One remembered send. Never any text: a fingerprint and a word count stand for it. */
export interface HistoryEntry {
  channel: Channel;
  /** Hostname the send happened on ("www.linkedin.com"). */
  site: string;
  at: number;
  words: number;
  /** FINGERPRINT_SIZE slots, or empty when the draft had no words to fingerprint. */
  fingerprint: ArrayLike<number>;
}

/** An email's recipient companies, kept apart from the log and for a day only. */
export interface DomainSend {
  at: number;
  domains: string[];
}

/** A chunk as stored: parallel columns, index i of each is entry i. */
export interface StoredChunk {
  at: number[];
  channel: string[];
  site: string[];
  words: number[];
  /**
   * FINGERPRINT_SIZE one-byte slots per entry, base64; an all-zero entry has none. '' when no
   * entry of the chunk has one (fingerprints are dropped after 30 days).
   */
  fingerprints: string;
}

export function encodeChunk(entries: readonly HistoryEntry[]): StoredChunk {
  const bytes = new Uint8Array(entries.length * FINGERPRINT_SIZE);
  let any = false;
  entries.forEach((e, i) => {
    if (e.fingerprint.length !== FINGERPRINT_SIZE) return; // stays all zero: "none"
    for (let s = 0; s < FINGERPRINT_SIZE; s++) bytes[i * FINGERPRINT_SIZE + s] = e.fingerprint[s]!;
    any = true;
  });
  return {
    at: entries.map((e) => e.at),
    channel: entries.map((e) => e.channel),
    site: entries.map((e) => e.site),
    words: entries.map((e) => e.words),
    fingerprints: any ? bytesToBase64(bytes) : '',
  };
}

/** The chunk's entries; anything unreadable (a hand-edited or older format) is skipped, never thrown. */
export function decodeChunk(raw: unknown): HistoryEntry[] {
  if (!isStoredChunk(raw)) return [];
  const slots = raw.fingerprints === '' ? new Uint8Array(raw.at.length * FINGERPRINT_SIZE) : base64ToBytes(raw.fingerprints);
  if (!slots || slots.length !== raw.at.length * FINGERPRINT_SIZE) return [];
  const out: HistoryEntry[] = [];
  for (let i = 0; i < raw.at.length; i++) {
    const [channel, at, words, site] = [raw.channel[i], raw.at[i], raw.words[i], raw.site[i]];
    if (!isChannel(channel) || !isCount(at) || !isCount(words) || typeof site !== 'string') continue;
    const fingerprint = slots.subarray(i * FINGERPRINT_SIZE, (i + 1) * FINGERPRINT_SIZE);
    out.push({ channel, site, at, words, fingerprint: isBlank(fingerprint) ? [] : fingerprint });
  }
  return out;
}

function isBlank(slots: Uint8Array): boolean {
  for (let i = 0; i < slots.length; i++) if (slots[i] !== 0) return false;
  return true;
}

const CHANNEL_SET: ReadonlySet<string> = new Set(CHANNELS);
export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && CHANNEL_SET.has(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isStoredChunk(raw: unknown): raw is StoredChunk {
  if (typeof raw !== 'object' || raw === null) return false;
  const { at, channel, site, words, fingerprints } = raw as Partial<Record<keyof StoredChunk, unknown>>;
  if (!Array.isArray(at) || typeof fingerprints !== 'string') return false;
  return [channel, site, words].every((column) => Array.isArray(column) && column.length === at.length);
}

/** The chunk ids in order and the next free id; an unreadable index is an empty log. */
export function readIndex(raw: unknown): { chunks: number[]; nextId: number } {
  if (typeof raw !== 'object' || raw === null) return { chunks: [], nextId: 0 };
  const { chunks, nextId } = raw as { chunks?: unknown; nextId?: unknown };
  const ids = Array.isArray(chunks) ? chunks.filter((id): id is number => Number.isInteger(id) && id >= 0) : [];
  const next = Number.isInteger(nextId) ? Number(nextId) : 0;
  return { chunks: ids, nextId: Math.max(next, ...ids.map((id) => id + 1), 0) };
}

export function readDomains(raw: unknown): DomainSend[] {
  return Array.isArray(raw) ? raw.filter(isDomainSend) : [];
}

function isDomainSend(value: unknown): value is DomainSend {
  if (typeof value !== 'object' || value === null) return false;
  const { at, domains } = value as Partial<Record<keyof DomainSend, unknown>>;
  return typeof at === 'number' && Array.isArray(domains) && domains.every((d) => typeof d === 'string');
}

/**
 * The send log's storage format. Entries are kept in chunks of columns (one array per field),
 * and a chunk's fingerprints as one base64 blob of 16-bit slots: a full log of 5,000 sends is
 * under 2 MB of JSON and loads in a few milliseconds, and appending a send rewrites one small
 * chunk instead of the whole log (every storage write is also copied to each
 * storage.onChanged listener, so a small write matters).
 */
import { FINGERPRINT_SIZE } from '../core/memory/fingerprint.ts';
import { CHANNELS, type Channel } from '../core/types.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

/** One remembered send. Never any text: a fingerprint and a word count stand for it. */
export interface MemoryEntry {
  channel: Channel;
  /** Hostname the send happened on ("www.linkedin.com"). */
  site: string;
  at: number;
  words: number;
  /** FINGERPRINT_SIZE slots, or empty when the draft had no words to fingerprint. */
  fingerprint: ArrayLike<number>;
}

/** A chunk as stored: parallel columns, index i of each is entry i. */
export interface StoredChunk {
  at: number[];
  channel: string[];
  site: string[];
  words: number[];
  /** FINGERPRINT_SIZE little-endian 16-bit slots per entry, base64; all zero = no fingerprint. */
  fingerprints: string;
}

const SLOT_BYTES = 2 * FINGERPRINT_SIZE;

export function encodeChunk(entries: readonly MemoryEntry[]): StoredChunk {
  const bytes = new Uint8Array(entries.length * SLOT_BYTES);
  entries.forEach((e, i) => {
    if (e.fingerprint.length !== FINGERPRINT_SIZE) return; // stays all zero: "none"
    for (let s = 0; s < FINGERPRINT_SIZE; s++) {
      const slot = e.fingerprint[s]!;
      bytes[i * SLOT_BYTES + 2 * s] = slot & 0xff;
      bytes[i * SLOT_BYTES + 2 * s + 1] = (slot >>> 8) & 0xff;
    }
  });
  return {
    at: entries.map((e) => e.at),
    channel: entries.map((e) => e.channel),
    site: entries.map((e) => e.site),
    words: entries.map((e) => e.words),
    fingerprints: bytesToBase64(bytes),
  };
}

/** The chunk's entries; anything unreadable (a hand-edited or older format) is skipped, never thrown. */
export function decodeChunk(raw: unknown): MemoryEntry[] {
  if (!isStoredChunk(raw)) return [];
  const bytes = base64ToBytes(raw.fingerprints);
  if (!bytes || bytes.length !== raw.at.length * SLOT_BYTES) return [];
  const slots = toSlots(bytes);
  const out: MemoryEntry[] = [];
  for (let i = 0; i < raw.at.length; i++) {
    const [channel, at, words, site] = [raw.channel[i], raw.at[i], raw.words[i], raw.site[i]];
    if (!isChannel(channel) || !isCount(at) || !isCount(words) || typeof site !== 'string') continue;
    const fingerprint = slots.subarray(i * FINGERPRINT_SIZE, (i + 1) * FINGERPRINT_SIZE);
    out.push({ channel, site, at, words, fingerprint: isBlank(fingerprint) ? [] : fingerprint });
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Little-endian byte pairs as 16-bit slots: a view where the platform allows (no copy). */
function toSlots(bytes: Uint8Array): Uint16Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  const slots = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < slots.length; i++) slots[i] = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
  return slots;
}

function isBlank(slots: Uint16Array): boolean {
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

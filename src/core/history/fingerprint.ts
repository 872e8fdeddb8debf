/**
 * A similarity fingerprint of a draft: a MinHash signature over 3-word shingles of the
 * normalised text (normalise.ts). Two fingerprints estimate how much of the wording two
 * drafts share (Jaccard similarity of their shingle sets) without keeping any of the text:
 * a fingerprint is FINGERPRINT_SIZE small numbers, and the words cannot be read back from it.
 *
 * Shingles never cross a sentence break, so reordered sentences give the same fingerprint.
 * Each slot keeps only the low 8 bits of its minimum (b-bit MinHash, Li & König 2010): two
 * unrelated slots then match by chance 1 time in 256, which similarity() corrects for, and a
 * fingerprint is 128 bytes, so a full send log stays small enough to load fast.
 */
import { normalisedSentences } from './normalise.ts';

/** Hash functions per fingerprint: the estimate's standard error is about 0.035 near 0.8. */
export const FINGERPRINT_SIZE = 128;
/** Bits kept per slot, and the chance that two unrelated slots match anyway. */
const SLOT_MASK = 0xff;
const CHANCE_MATCH = 1 / 256;
const SHINGLE = 3;

/** Per-slot seeds, fixed so fingerprints stay comparable across versions and machines. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(FINGERPRINT_SIZE);
  let state = 0x9e3779b9;
  for (let i = 0; i < FINGERPRINT_SIZE; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
})();

/** The fingerprint of `text`; empty when the text has no words. */
export function fingerprint(text: string): number[] {
  const shingles = shingleHashes(text);
  if (shingles.length === 0) return [];
  const mins = new Uint32Array(FINGERPRINT_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < FINGERPRINT_SIZE; i++) {
      const v = mix32(h ^ SEEDS[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  return Array.from(mins, (m) => m & SLOT_MASK);
}

/** Estimated share of wording two drafts have in common, 0 (nothing) to 1 (the same). */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  // Remove the expected chance matches: unrelated drafts score about 0, not 1/256.
  return Math.max(0, (same / a.length - CHANCE_MATCH) / (1 - CHANCE_MATCH));
}

/** Is this a fingerprint this version can compare (right size, 8-bit slots)? */
export function isFingerprint(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === FINGERPRINT_SIZE &&
    value.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= SLOT_MASK)
  );
}

/** Distinct 32-bit hashes of the draft's shingles (a sentence shorter than 3 words is one). */
function shingleHashes(text: string): number[] {
  const hashes = new Set<number>();
  for (const words of normalisedSentences(text)) {
    const last = Math.max(0, words.length - SHINGLE);
    for (let i = 0; i <= last; i++) hashes.add(hashWords(words, i, Math.min(words.length, i + SHINGLE)));
  }
  return [...hashes];
}

/** FNV-1a over the words (separated by a space), finished with a mix for better spread. */
function hashWords(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < to; w++) {
    const word = words[w]!;
    for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
    h = Math.imul(h ^ 0x20, 0x01000193);
  }
  return mix32(h);
}

/** MurmurHash3's finaliser: a fast 32-bit mix whose outputs behave like independent hashes. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

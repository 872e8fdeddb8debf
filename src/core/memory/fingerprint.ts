/**
 * A similarity fingerprint of a draft: a MinHash signature over 3-word shingles of the
 * normalised text (normalise.ts). Two fingerprints estimate how much of the wording two
 * drafts share (Jaccard similarity of their shingle sets) without keeping any of the text:
 * a fingerprint is FINGERPRINT_SIZE small numbers, and the words cannot be read back from it.
 *
 * Shingles never cross a sentence break, so reordered sentences give the same fingerprint.
 * Each slot keeps only the low 16 bits of its minimum (b-bit MinHash): a chance match costs
 * 1/65,536 of accuracy and halves the storage.
 */
import { normalisedSentences } from './normalise.ts';

/** Hash functions per fingerprint: the estimate's standard error is about 0.035 near 0.8. */
export const FINGERPRINT_SIZE = 128;
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
  return Array.from(mins, (m) => m & 0xffff);
}

/** Estimated share of wording two drafts have in common, 0 (nothing) to 1 (the same). */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Is this a fingerprint this version can compare (right size, 16-bit slots)? */
export function isFingerprint(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === FINGERPRINT_SIZE &&
    value.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffff)
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

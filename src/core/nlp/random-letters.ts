/**
 * A string of random letters ("xjgpzyoh", "qmukrlqbmpv"): the "hash buster" filler bulk mail
 * pastes in by the line, so that no two copies look alike to a filter. English (and the
 * languages written like it) never puts some letters side by side ("qx", "vq", "jz"), and a
 * random string of eight letters holds such a pair about half the time. Only plain words the
 * lexicon does not know are asked, so acronyms, codes with digits and real words never count.
 * (Few vowels or a run of consonants would also catch "rhythms", "strengths" and texting's
 * "frnds", "knwldg": a reply's words.) A typo can hold such a pair too ("avbailable"), so a
 * rule counts several before it speaks.
 */
import { isKnownWord } from './compromise.ts';

/** Letter pairs no English word holds (in running text they appear only across a word break). */
const NEVER_PAIRED_LIST = (
  'bx cj cv cx dx fq fx gq gx hx jc jf jg jq js jv jw jx jz kq kx mx px pz qb qc qd qf qg qh qj qk ql qm qn qo qp qr ' +
  'qs qt qv qw qx qy qz sx vb vf vh vj vm vp vq vt vw vx wx xj xx zj zq zx'
).split(' ');
/** The same pairs as a 26 × 26 table by letter: every new sentence's words are asked, so a pair costs a read, not a string. */
const A = 97;
const NEVER_PAIRED = new Uint8Array(26 * 26);
for (const pair of NEVER_PAIRED_LIST) NEVER_PAIRED[(pair.charCodeAt(0) - A) * 26 + pair.charCodeAt(1) - A] = 1;
const MIN_LETTERS = 5;

/** True for a lowercase word of five letters or more that reads as random letters, not a word. */
export function isRandomLetters(normal: string): boolean {
  return hasNeverPairedLetters(normal) && !isKnownWord(normal);
}

/**
 * The letters alone, for a caller that already knows the lexicon lacks the word (the tallies):
 * a plain lowercase string of five letters or more (a–z only) holding a pair no English word holds.
 */
export function hasNeverPairedLetters(normal: string): boolean {
  if (normal.length < MIN_LETTERS) return false;
  let found = false;
  let last = -1;
  for (let i = 0; i < normal.length; i++) {
    const letter = normal.charCodeAt(i) - A;
    if (letter < 0 || letter >= 26) return false; // not a plain lowercase word
    if (last >= 0 && NEVER_PAIRED[last * 26 + letter] === 1) found = true;
    last = letter;
  }
  return found;
}

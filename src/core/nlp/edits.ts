/**
 * Where a deletion is a safe fix. Rules offer a 'replace' suggestion only when the text left
 * behind still reads right; otherwise they give advice. An empty replacement deletes the
 * finding's exact span; deletionSpan() tells the applier which neighbouring space goes with it.
 */
import type { Draft, Sentence, Token } from './draft.ts';
import { firstNotBefore } from './first-index.ts';

const HAS_WORD = /[\p{L}\p{N}]/u;

const NONE: ReadonlySet<string> = new Set();

/**
 * The sentence, when [start, end) covers all of its words (bar any in `filler`, e.g. "If you
 * have any questions, please…"): replacing the whole sentence is then a clean fix.
 */
export function wholeSentence(draft: Draft, start: number, end: number, filler = NONE): Sentence | null {
  // The first sentence ending after `start` (sentences are in order): asked for every match of
  // several rules on each keystroke, so a binary search, not a walk from the draft's start.
  const sentence = draft.sentences[firstNotBefore(draft.sentences, (s) => s.end <= start)];
  if (!sentence || sentence.start > start) return null;
  const inside = (t: Token): boolean => (t.start >= start && t.end <= end) || filler.has(t.normal) || !HAS_WORD.test(t.text);
  return sentence.tokens.every(inside) ? sentence : null;
}

const KEEPS_NOUN = ['Determiner', 'Possessive', 'Adjective', 'Value'];
const NOT_A_NOUN = ['Preposition', 'Conjunction', 'Determiner', 'Copula', 'Pronoun', 'Adverb'];

/**
 * Tokens firstToken..lastToken are a modifier between a determiner (or owner, or adjective)
 * and the word it modifies, with plain spaces around: "our [innovative] platform". Deleting
 * them leaves a grammatical phrase.
 */
export function isDroppableModifier(draft: Draft, firstToken: number, lastToken: number): boolean {
  const before = draft.tokens[firstToken - 1];
  const last = draft.tokens[lastToken];
  const after = draft.tokens[lastToken + 1];
  if (!before || !last || !after || before.sentence !== last.sentence || after.sentence !== last.sentence) return false;
  if (before.post !== ' ' || last.post !== ' ' || !HAS_WORD.test(after.text)) return false;
  return before.tags.some((t) => KEEPS_NOUN.includes(t)) && !after.tags.some((t) => NOT_A_NOUN.includes(t));
}

/**
 * What to remove when a fix deletes text[start, end), so that no double space or space before
 * punctuation is left behind: "the award-winning platform" loses "award-winning ", and "we are
 * the best." loses " the best". Findings keep their exact spans; whoever applies an empty
 * replacement (the content script, a library caller) widens it with this.
 */
export function deletionSpan(text: string, start: number, end: number): { start: number; end: number } {
  const before = text[start - 1];
  const after = text[end];
  if (after === ' ' && (before === undefined || before === ' ' || before === '\n')) return { start, end: end + 1 };
  if (before === ' ' && (after === undefined || after === '\n' || /[.,;:!?)]/.test(after))) return { start: start - 1, end };
  if (before === ' ' && after === ' ') return { start, end: end + 1 };
  return { start, end };
}

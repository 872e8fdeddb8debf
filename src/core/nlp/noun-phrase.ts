/**
 * The noun phrase after a possessive, for advice that names it: "our [new award-winning
 * platform]" -> "your new award-winning platform". Lexicon tags only: this runs for every
 * underlined "our", so it must not call the context tagger.
 */
import { indexInSentence } from './clauses.ts';
import type { Draft, Token } from './draft.ts';

const LETTERS = /\p{L}/u;
/** Unknown words (no lexicon tags) are usually names and nouns: "platform", "Acme". */
const isNounish = (t: Token | undefined): boolean =>
  t !== undefined && LETTERS.test(t.text) && (t.tags.includes('Noun') || t.tags.length === 0) && !t.tags.includes('Pronoun');

/** The phrase starting at draft.tokens[from], up to its head noun, or '' when unclear. */
export function ownedPhrase(draft: Draft, from: number): string {
  const first = draft.tokens[from];
  const sentence = first && draft.sentences[first.sentence];
  if (!first || !sentence) return '';
  const tokens = sentence.tokens;
  const offset = indexInSentence(draft, from);
  for (let k = offset; k < Math.min(offset + 6, tokens.length); k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (!LETTERS.test(t.text)) return '';
    if (t.post === '-') continue; // inside a compound: "award-winning"
    const joined = t.post === ' ' && next !== undefined && LETTERS.test(next.text);
    const modifier = t.tags.includes('Adjective') || tokens[k - 1]?.post === '-';
    if (joined && (modifier || (isNounish(t) && isNounish(next)))) continue; // "new", "customer [success team]"
    return isNounish(t) ? draft.text.slice(first.start, t.end) : '';
  }
  return '';
}

/** The noun phrase after a possessive, for advice that names it ("your new reporting suite"). */
import { indexInSentence } from './clauses.ts';
import { contextTags, type Draft } from './draft.ts';

/** "our [new award-winning platform]": the noun phrase "our" owns, in one clause (context tags). */
export function ownedPhrase(draft: Draft, from: number): string {
  const first = draft.tokens[from];
  const sentence = first && draft.sentences[first.sentence];
  if (!first || !sentence) return '';
  const offset = indexInSentence(draft, from);
  const tags = contextTags(sentence);
  const isNoun = (k: number): boolean => tags[k]?.includes('Noun') === true && /\p{L}/u.test(sentence.tokens[k]!.text);
  for (let k = offset; k < Math.min(offset + 6, sentence.tokens.length); k++) {
    const t = sentence.tokens[k]!;
    if (t.post === '-') continue; // inside a compound: "award-winning"
    if (/[^\s]/.test(t.post) && !isNoun(k)) return '';
    if (isNoun(k) && !(t.post === ' ' && isNoun(k + 1))) return draft.text.slice(first.start, t.end);
    if (!tags[k]?.includes('Adjective') && !isNoun(k)) return '';
  }
  return '';
}

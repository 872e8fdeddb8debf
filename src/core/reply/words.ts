/**
 * The words two messages can share: content words reduced to a rough stem ("questions",
 * "questioned" -> "question"), each with a class. Names and words the lexicon does not know
 * ("AEC", "Harper") are rare, so sharing one says more than sharing "meeting".
 */
import type { Sentence, Token } from '../nlp/draft.ts';
import { isEmail, isUrl, wordOf } from '../nlp/words.ts';

export type WordClass = 'common' | 'rare';

/** Stems of a sentence's content words, with the class each one has there. */
export type StemMap = ReadonlyMap<string, WordClass>;

/** Grammar words (by the lexicon's tags) carry no topic. */
const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Modal', 'Copula', 'Auxiliary', 'QuestionWord'];
const RARE_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];

/** Words every message uses whatever it is about: greetings, sign-offs, fillers, light verbs. */
const FILLER = new Set([
  'hi', 'hey', 'hello', 'dear', 'thanks', 'thank', 'regards', 'best', 'cheers', 'please', 'sorry', 'yes', 'yeah', 'okay', 'sure',
  'have', 'has', 'had', 'get', 'got', 'make', 'made', 'know', 'think', 'see', 'let', 'want', 'need', 'like', 'just', 'also', 'very',
  'really', 'well', 'still', 'now', 'then', 'here', 'there', 'today', 'tomorrow', 'yesterday', 'time', 'good', 'great', 'much',
  'more', 'some', 'any', 'all', 'one', 'two', 'other', 'again', 'back', 'soon', 'going', 'look', 'send', 'sent', 'email', 'mail',
  'message', 'note', 'call', 'hope', 'forward', 'attached', 'below', 'above', 'info', 'information', 'question', 'questions',
  'would', 'could', 'should', 'will', 'shall', 'can', 'may', 'might', 'must', 'not', 'don', 'didn', 'doesn', 'isn', 'aren', 'wasn',
  'said', 'say', 'tell', 'told', 'ask', 'asked', 'give', 'take', 'come', 'go', 'work', 'day', 'week', 'way', 'thing', 'things', 'lot',
]);

/** A rough stem: enough to meet "meeting"/"meetings" and "approve"/"approved", not a lemmatiser. */
export function stemOf(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, 7);
}

function classOf(token: Token): WordClass | null {
  if (isUrl(token) || isEmail(token)) return null;
  const word = wordOf(token);
  if (word.length < 3 || FILLER.has(word) || !/\p{L}/u.test(word)) return null;
  const tags = token.tags;
  if (tags.some((t) => FUNCTION_TAGS.includes(t))) return null;
  return tags.length === 0 || tags.some((t) => RARE_TAGS.includes(t)) ? 'rare' : 'common';
}

const bySentence = new WeakMap<Sentence, StemMap>();

/** A sentence's content stems; sentences are reused across edits (draft.ts), so this is kept per sentence. */
export function sentenceStems(sentence: Sentence): StemMap {
  let stems = bySentence.get(sentence);
  if (stems) return stems;
  const map = new Map<string, WordClass>();
  for (const token of sentence.tokens) {
    const cls = classOf(token);
    if (!cls) continue;
    const stem = stemOf(wordOf(token));
    if (map.get(stem) !== 'rare') map.set(stem, cls);
  }
  bySentence.set(sentence, map);
  return map;
}

/** Every content stem of some sentences; a stem rare anywhere is rare. */
export function stemsOf(sentences: readonly Sentence[]): StemMap {
  const all = new Map<string, WordClass>();
  for (const s of sentences) for (const [stem, cls] of sentenceStems(s)) if (all.get(stem) !== 'rare') all.set(stem, cls);
  return all;
}

/**
 * Asks: what a draft asks the reader to do (P7). Each ask has a kind; "Book a call" and "Call
 * me Tuesday" are one next step, "Book a call" and "Download the guide" are two. Questions and
 * invitations ("Let me know") are asks of kind `reply`.
 */
import { contextTags, type Draft } from '../nlp/draft.ts';
import { foundByLines, itemsOfLines } from '../nlp/by-lines.ts';
import { indexInSentence, startsClause } from '../nlp/clauses.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { isRealQuestion } from './questions.ts';
import { ASKS, type AskKind, INVITATIONS } from '../lexicon/asks.ts';
import { wordOf } from '../nlp/words.ts';
import { DraftMemo } from '../nlp/draft-memo.ts';

export type { AskKind } from '../lexicon/asks.ts';

const KIND = new Map<string, AskKind>(Object.entries(ASKS).flatMap(([kind, list]) => list.map((p) => [p, kind as AskKind])));
const INVITING = new Set(INVITATIONS);
for (const phrase of INVITATIONS) KIND.set(phrase, 'reply');
const MATCHER = compilePhrases(KIND.keys());

/** Words that may lead into an imperative: "Please reply", "Feel free to reply", "You can book…". */
const POLITE = new Set(['please', 'pls', 'kindly', 'just', 'simply']);
const LINKS = new Set(['and', 'or', 'then', 'now', 'so', 'also']);
const FRAMES = new Set(['free to', 'sure to', 'forget to', 'remember to', 'you can', 'you could']);
/** After a verb these show it is one: "Book [your] seat", "Order [today]". */
const FOLLOWERS = new Set(['now', 'today', 'here', 'below', 'back', 'up', 'out', 'in', 'on', 'by', 'with', 'to', 'for', 'at', 'before', 'this', 'tonight']);
const OBJECT_TAGS = ['Determiner', 'Possessive', 'Pronoun', 'Value'];

export interface Ask {
  kind: AskKind;
  start: number;
  end: number;
  /** draft.tokens index of the ask's last token (questions: -1). */
  lastToken: number;
  sentence: number;
}

const cache = new DraftMemo<readonly Ask[]>();

/**
 * Every ask in reading order, found once per draft. An ask is settled within its sentence, so
 * after an edit only the edited lines are looked at again (draft-build.ts foundByLines).
 */
export function findAsks(draft: Draft): readonly Ask[] {
  return foundByLines(draft, cache, asksIn);
}

/** The asks in draft.lines[from, to), in reading order. */
function asksIn(draft: Draft, from: number, to: number): Ask[] {
  const asks: Ask[] = [];
  const sentencesWithAsk = new Set<number>();
  const matches = findPhrases(draft, MATCHER);
  const [firstMatch, endMatch] = itemsOfLines(matches, draft, from, to);
  for (let i = firstMatch; i < endMatch; i++) {
    const m = matches[i]!;
    if (!INVITING.has(m.phrase) && !isImperative(draft, m.firstToken, m.lastToken)) continue;
    const sentence = draft.tokens[m.firstToken]!.sentence;
    asks.push({ kind: KIND.get(m.phrase)!, start: m.start, end: m.end, lastToken: m.lastToken, sentence });
    sentencesWithAsk.add(sentence);
  }
  const [firstSentence, endSentence] = itemsOfLines(draft.sentences, draft, from, to);
  for (let i = firstSentence; i < endSentence; i++) {
    const s = draft.sentences[i]!;
    if (!sentencesWithAsk.has(s.index) && isRealQuestion(draft, s)) asks.push({ kind: 'reply', start: s.start, end: s.end, lastToken: -1, sentence: s.index });
  }
  return asks.sort((a, b) => a.start - b.start);
}

/** The phrase starts an instruction to the reader, and its verb is used as a verb. */
function isImperative(draft: Draft, first: number, last: number): boolean {
  const token = draft.tokens[first]!;
  const sentence = draft.sentences[token.sentence]!;
  const at = indexInSentence(draft, first);
  const word = (i: number): string => {
    const t = sentence.tokens[i];
    return t ? wordOf(t) : '';
  };
  const placed =
    startsClause(sentence, at) ||
    POLITE.has(word(at - 1)) ||
    (LINKS.has(word(at - 1)) && startsClause(sentence, at - 1)) ||
    FRAMES.has(`${word(at - 2)} ${word(at - 1)}`);
  if (!placed) return false;
  if (last > first) return true; // "sign up", "book a call": the phrase itself settles it
  const next = draft.tokens[last + 1];
  if (!next || next.sentence !== token.sentence || FOLLOWERS.has(wordOf(next)) || OBJECT_TAGS.some((t) => next.tags.includes(t))) return true;
  // Only a word that can be a noun is in doubt ("reply", "book"; not "subscribe"), and only
  // before a noun ("Download free guides" is an instruction).
  if (!token.tags.includes('Noun') || next.tags.includes('Adjective') || next.tags.includes('Adverb')) return true;
  // "Book club starts Monday": ask the tagger whether the word is a verb here.
  return contextTags(sentence)[at]?.includes('Verb') === true;
}

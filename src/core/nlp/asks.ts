/**
 * Asks: what a draft asks the reader to do (P7). Each ask has a kind; "Book a call" and "Call
 * me Tuesday" are one next step, "Book a call" and "Download the guide" are two. Questions and
 * invitations ("Let me know") are asks of kind `reply`.
 */
import { contextTags, type Draft } from './draft.ts';
import { indexInSentence, startsClause } from './clauses.ts';
import { compilePhrases, findPhrases } from './phrases.ts';
import { INVITATIONS, isRealQuestion } from './questions.ts';
import { wordOf } from './words.ts';

export type AskKind = 'reply' | 'call' | 'demo' | 'buy' | 'signup' | 'visit' | 'download' | 'share' | 'follow' | 'give';

const ASKS: Record<AskKind, readonly string[]> = {
  reply: ['reply', 'respond', 'answer', 'get back to me', 'write back', 'email me', 'email us', 'contact us', 'contact me', 'text me', 'reach out', 'get in touch', 'comment'],
  call: [
    'book a call', 'schedule a call', 'set up a call', 'hop on a call', 'jump on a call', 'grab 15 minutes', 'grab a coffee', "let's talk",
    "let's chat", "let's meet", "let's connect", 'call me', 'call us', 'pick a time', 'find a time', 'book a time', 'book a meeting',
    'schedule a meeting', 'book time', 'book a slot',
  ],
  demo: ['book a demo', 'request a demo', 'schedule a demo', 'get a demo', 'book your demo', 'request your demo'],
  buy: ['buy', 'order', 'shop', 'purchase', 'add to cart', 'get yours', 'grab yours', 'reserve yours', 'book yours', 'pre-order', 'preorder', 'switch to'],
  signup: [
    'sign up', 'register', 'subscribe', 'join', 'create an account', 'create your account', 'start your free trial', 'start a free trial',
    'start your trial', 'try it free', 'try it for free', 'get started', 'enroll', 'enrol', 'apply now', 'apply here', 'upgrade', 'save your seat',
    'reserve your seat', 'claim your spot', 'rsvp', 'book your spot', 'book your seat',
  ],
  visit: [
    'click here', 'click the link', 'click below', 'tap the link', 'learn more', 'read more', 'find out more', 'check out', 'visit',
    'head to', 'explore', 'discover', 'see how', 'link in bio', 'take a look', 'watch the video', 'watch the replay', 'read the full',
    'read the post', 'read the guide', 'try it', 'give it a try',
  ],
  download: ['download', 'grab the guide', 'get the guide', 'get your copy', 'grab your copy', 'get the checklist', 'grab the checklist', 'get the template'],
  share: ['share this', 'share it', 'forward this', 'tag a friend', 'tag someone', 'retweet', 'repost', 'pass it on', 'invite'],
  follow: ['follow us', 'follow me', 'like our page', 'hit follow', 'turn on notifications', 'connect with me'],
  give: ['donate', 'chip in', 'vote', 'take the survey', 'fill out the form', 'take our quiz'],
};
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

const cache = new WeakMap<Draft, Ask[]>();

/** Every ask in reading order, computed once per draft. */
export function findAsks(draft: Draft): readonly Ask[] {
  let asks = cache.get(draft);
  if (asks) return asks;
  asks = [];
  const sentencesWithAsk = new Set<number>();
  for (const m of findPhrases(draft, MATCHER)) {
    if (!INVITING.has(m.phrase) && !isImperative(draft, m.firstToken, m.lastToken)) continue;
    const sentence = draft.tokens[m.firstToken]!.sentence;
    asks.push({ kind: KIND.get(m.phrase)!, start: m.start, end: m.end, lastToken: m.lastToken, sentence });
    sentencesWithAsk.add(sentence);
  }
  for (const s of draft.sentences) {
    if (!sentencesWithAsk.has(s.index) && isRealQuestion(draft, s)) asks.push({ kind: 'reply', start: s.start, end: s.end, lastToken: -1, sentence: s.index });
  }
  asks.sort((a, b) => a.start - b.start);
  cache.set(draft, asks);
  return asks;
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

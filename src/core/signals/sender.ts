/**
 * Does a phrase describe the sender? "The best" is self-praise in "we are the best" or
 * "Acme is the best CRM", not in "the best way to cut costs is…". A phrase describes the
 * sender when, in its own clause, it is
 *   - owned by the sender: "our innovative platform", "Acme's innovative platform";
 *   - said of the sender: "we are the only…", "Acme is the leading…", "we've built the best…";
 *   - set beside the sender's name: "Acme, the leading CRM for dentists".
 * Looks back a few tokens from the phrase only (cheap, lexicon tags only).
 */
import type { Draft, Sentence, Token } from '../nlp/draft.ts';
import { isKnownWord } from '../nlp/compromise.ts';
import { isSelfWord, wordOf } from '../nlp/words.ts';

const COPULAS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'become', 'becomes', 'became', "'s", "'re", "'m"]);
/** Verbs a sender uses to claim what it sells: "we offer the best support". */
const OFFER_VERBS = new Set([
  'offer', 'offers', 'provide', 'provides', 'deliver', 'delivers', 'build', 'builds', 'built', 'make', 'makes', 'made',
  'have', 'has', 'had', 'create', 'creates', 'created', 'bring', 'brings', 'give', 'gives', 'sell', 'sells', 'serve',
  'serves', 'run', 'runs', 'develop', 'develops', 'developed', 'design', 'designs', 'designed', 'launch', 'launched',
]);
const FILLERS = new Set(['still', 'now', 'also', 'by', 'far', 'just', 'once', 'again', 'officially', 'truly', 'simply', 'a', 'an', 'the', 'you', 'your']);
const SELF_SUBJECTS = new Set(['we', 'i', "we're", "we've", "i'm", "i've", 'ours', 'mine']);
/** Words that open a new clause: the subject of "is the best" never lies before them. */
const CLAUSE_OPENERS = new Set(['which', 'that', 'who', 'what', 'and', 'but', 'or', 'because', 'if', 'when', 'how', 'why', 'whether']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'congrats']);
const APPOSITION = /^\s*[,:—–]\s*$|^\s+[-–—]\s+$/;
/** How far back a sender may sit before the phrase. */
const REACH = 6;

// Hoisted: these run for tokens before every candidate phrase.
const STARTS_UPPER = /^\p{Lu}/u;
const ADVERB_LY = /^\w{3,}ly$/;
const POSSESSIVE_S = /'s$/;
const NAME_POSSESSIVE = /['’]s$/;
const CLAUSE_END = /[,;:.!?]/;
const SENTENCE_END = /[.;:!?]/;

const isEmpty = (t: Token): boolean => t.end === t.start;
const isFiller = (t: Token): boolean => FILLERS.has(wordOf(t)) || t.tags.includes('Adverb') || ADVERB_LY.test(wordOf(t));
const isCopula = (t: Token): boolean => COPULAS.has(wordOf(t)) || (isEmpty(t) && t.tags.includes('Copula'));
/** A capitalised name: mid-sentence, or at the start when the word is not a common one. */
function isName(t: Token, sentenceStart: boolean): boolean {
  if (!STARTS_UPPER.test(t.text) || wordOf(t) === 'i') return false;
  if (!sentenceStart) return !t.tags.includes('Pronoun') && !t.tags.includes('Determiner');
  return t.tags.includes('ProperNoun') || !isKnownWord(wordOf(t).replace(POSSESSIVE_S, ''));
}
const isNamePossessive = (t: Token, first: boolean): boolean => NAME_POSSESSIVE.test(t.text) && isName(t, first);

/** "the most advanced solution on the market": a superlative measured against everyone. */
const AGAINST_ALL = /^[^.!?\n]{0,40}?\b(?:on the market|in the (?:industry|world|country|business|region|city)|in town|of the year|out there|anywhere|ever (?:made|built))\b/i;
/** Words that may stand between an offer verb and its subject: "our team has just launched". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', "'ll", 'can', 'could', 'would', 'just', 'now', 'also', 'team', 'company', 'people', 'finally', 'proudly']);

/**
 * True when the phrase at draft.tokens[firstToken..lastToken] describes the sender. Also true
 * for a superlative set against everyone ("…on the market") and for a fragment that is only
 * the phrase ("Sleek. Powerful."), which can only describe the thing being sold.
 */
export function describesSender(draft: Draft, firstToken: number, lastToken = firstToken): boolean {
  const head = draft.tokens[firstToken];
  const last = draft.tokens[lastToken] ?? head;
  const sentence = head ? draft.sentences[head.sentence] : undefined;
  if (!head || !last || !sentence) return false;
  if (!sentence.isQuestion && AGAINST_ALL.test(draft.text.slice(last.end, sentence.end))) return true;
  if (isAdFragment(draft, sentence, head, last)) return true;
  return saidOfSender(sentence.tokens, sentence.tokens.indexOf(head));
}

const HAS_WORD = /[\p{L}\p{N}]/u;
const wordsIn = (s: Sentence | undefined): number => (s ? s.tokens.filter((t) => HAS_WORD.test(t.text)).length : 99);

/** "Sleek. Powerful. Revolutionary.": the phrase is the whole sentence, beside another fragment. */
function isAdFragment(draft: Draft, sentence: Sentence, head: Token, last: Token): boolean {
  if (!sentence.tokens.every((t) => (t.start >= head.start && t.end <= last.end) || !HAS_WORD.test(t.text))) return false;
  // A lone "Amazing." is a reaction; ad copy stacks fragments.
  return wordsIn(draft.sentences[sentence.index - 1]) <= 2 || wordsIn(draft.sentences[sentence.index + 1]) <= 2;
}

function saidOfSender(tokens: readonly Token[], at: number): boolean {
  const startsClause = (i: number): boolean => i === 0 || CLAUSE_END.test(tokens[i - 1]!.post);
  const sender = (t: Token, i: number): boolean => isSelfWord(t) || isName(t, i === 0);
  let i = at - 1;
  // Appositive: "Acme, the leading CRM" / "Meet Acme: the only…"
  const before = tokens[i];
  const greeted = i > 0 && GREETINGS.has(wordOf(tokens[i - 1]!));
  if (before && APPOSITION.test(before.post) && !greeted && (sender(before, i) || SELF_SUBJECTS.has(wordOf(before)))) return true;
  // Owner right before, past adverbs and adjectives in the same noun phrase: "our most innovative".
  for (let j = i, seen = 0; j >= 0 && seen < 3; j--, seen++) {
    const t = tokens[j]!;
    if (['our', 'my'].includes(wordOf(t)) || isNamePossessive(t, j === 0)) return true;
    if (!(isFiller(t) || t.tags.includes('Adjective')) || (j < i && SENTENCE_END.test(t.post))) break;
  }
  // "<sender> is/offers the best": skip fillers, then a copula or an offer verb, then the subject.
  while (i >= 0 && (isFiller(tokens[i]!) || isEmpty(tokens[i]!) && !isCopula(tokens[i]!))) i--;
  const verb = tokens[i];
  if (!verb) return false;
  if (isNamePossessive(verb, i === 0)) return true; // "Acme's the best"
  if (OFFER_VERBS.has(wordOf(verb))) {
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const t = tokens[j]!;
      if (SELF_SUBJECTS.has(wordOf(t)) || isSelfWord(t) || isName(t, j === 0)) return true;
      if (!isEmpty(t) && !isFiller(t) && !AUXILIARIES.has(wordOf(t))) return false;
    }
    return false;
  }
  if (!isCopula(verb)) return false;
  // The subject: back to the start of the clause, a few tokens at most.
  for (let j = i - 1; j >= 0 && j >= i - REACH; j--) {
    const t = tokens[j]!;
    if (CLAUSE_OPENERS.has(wordOf(t))) break;
    if (sender(t, j) || SELF_SUBJECTS.has(wordOf(t))) return true;
    if (startsClause(j)) break;
  }
  return false;
}

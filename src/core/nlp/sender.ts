/**
 * Does a phrase describe the sender? "The best" is self-praise in "we are the best" or
 * "Acme is the best CRM", not in "the best way to cut costs is…". A phrase describes the
 * sender when, in its own clause, it is
 *   - owned by the sender: "our innovative platform", "Acme's innovative platform";
 *   - said of the sender: "we are the only…", "Acme is the leading…", "we've built the best…";
 *   - set beside the sender's name: "Acme, the leading CRM for dentists".
 * Looks back a few tokens from the phrase only (cheap, lexicon tags only).
 */
import type { Draft, Token } from './draft.ts';
import { isKnownWord } from './compromise.ts';
import { isSelfWord, wordOf } from './words.ts';

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

const isEmpty = (t: Token): boolean => t.end === t.start;
const isFiller = (t: Token): boolean => FILLERS.has(wordOf(t)) || t.tags.includes('Adverb') || /^\w{3,}ly$/.test(wordOf(t));
const isCopula = (t: Token): boolean => COPULAS.has(wordOf(t)) || (isEmpty(t) && t.tags.includes('Copula'));
/** A capitalised name: mid-sentence, or at the start when the word is not a common one. */
function isName(t: Token, sentenceStart: boolean): boolean {
  if (!/^\p{Lu}/u.test(t.text) || wordOf(t) === 'i') return false;
  if (!sentenceStart) return !t.tags.includes('Pronoun') && !t.tags.includes('Determiner');
  return t.tags.includes('ProperNoun') || !isKnownWord(wordOf(t).replace(/'s$/, ''));
}
const isNamePossessive = (t: Token, first: boolean): boolean => /['’]s$/.test(t.text) && isName(t, first);

/** True when the phrase starting at draft.tokens[firstToken] describes the sender. */
export function describesSender(draft: Draft, firstToken: number): boolean {
  const head = draft.tokens[firstToken];
  const sentence = head ? draft.sentences[head.sentence] : undefined;
  if (!head || !sentence) return false;
  const tokens = sentence.tokens;
  const at = tokens.indexOf(head);
  const startsClause = (i: number): boolean => i === 0 || /[,;:.!?]/.test(tokens[i - 1]!.post);
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
    if (!(isFiller(t) || t.tags.includes('Adjective')) || (j < i && /[.;:!?]/.test(t.post))) break;
  }
  // "<sender> is/offers the best": skip fillers, then a copula or an offer verb, then the subject.
  while (i >= 0 && (isFiller(tokens[i]!) || isEmpty(tokens[i]!) && !isCopula(tokens[i]!))) i--;
  const verb = tokens[i];
  if (!verb) return false;
  if (isNamePossessive(verb, i === 0)) return true; // "Acme's the best"
  if (OFFER_VERBS.has(wordOf(verb))) {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = tokens[j]!;
      if (SELF_SUBJECTS.has(wordOf(t)) || isName(t, j === 0)) return true;
      if (!isEmpty(t) && !isFiller(t)) return false;
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

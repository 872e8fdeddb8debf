/**
 * self-praise (P2): superlatives and brag words about oneself. "Award-winning" tells the reader
 * nothing they can check; a concrete fact does the work better, or no claim at all.
 * Brag words are flagged wherever they stand; superlatives ("the best", "innovative") only when
 * they describe the sender ("we are the best", "our innovative platform"), since "the best way
 * to cut costs" praises no one. Announcements ("thrilled to announce") belong to `announcement`.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { words } from '../options.ts';
import { isDroppableModifier } from '../nlp/edits.ts';
import type { Draft } from '../nlp/draft.ts';
import { cachedPhrases, compilePhrases, findPhrases, type PhraseMatch, type Phrases } from '../nlp/phrases.ts';
import { describesSender } from '../signals/sender.ts';
import { ANNOUNCING_VERBS } from '../lexicon/announcing.ts';
import { ACCOLADES, BRAG_PHRASES, SENDER_PHRASES } from '../lexicon/praise.ts';

const CONTEXTUAL = new Set(SENDER_PHRASES);
const ACCOLADE = new Set(ACCOLADES);
const BUILT_IN = compilePhrases([...BRAG_PHRASES, ...ACCOLADES, ...SENDER_PHRASES]);
/** "the best way to…", "the only one who…": a superlative about a thing, not a seller. */
const DETERMINED = /^(the|a|number) /;
const NOT_A_CLAIM_NEXT = new Set(['way', 'ways', 'time', 'thing', 'things', 'reason', 'part', 'one', 'person', 'people', 'question', 'advice', 'tip', 'tips', 'practice', 'practices', 'bit', 'moment', 'of']);
/** "our #1 priority" ranks a goal, not the seller. */
const RANKS = new Set(['#1', 'number one']);
const RANKED_GOALS = new Set(['priority', 'goal', 'tip', 'rule', 'question', 'mistake', 'reason', 'lesson', 'focus', 'concern', 'request']);
/** "proud to announce" is an announcement; the announcement rule flags it. */
const FEELING_TO = new Set(['proud to', 'honored to', 'honoured to', 'humbled to', 'privileged to']);
const ANNOUNCING = new Set(ANNOUNCING_VERBS);
/** Two brag words in one noun phrase: "award-winning, innovative platform". */
const SAME_PHRASE = /^[\s,]*(?:and\s+)?$/;

export default defineRule({
  id: 'self-praise',
  category: 'self-promotion',
  principle: 'P2',
  severity: 'warning',
  weight: 6,
  noiseReason: 'Self-praise: {count:brag word|brag words} that readers tune out.',
  docs: {
    summary: 'Flags brag words about yourself: award-winning, industry-leading, best-in-class, "we are the best".',
    why: 'Self-promotion is noise: readers skip claims they cannot check. Show a concrete fact instead.',
    good: [
      'Teams using the scheduler cut their reporting time from 3 hours to 40 minutes a week.',
      'The best way to cut costs is to ask your team where the hours go.',
    ],
    bad: ['We are proud to be the award-winning, industry-leading platform for modern teams.', 'We are the best CRM for dentists.'],
  },
  options: {
    extraWords: words({ default: [], label: 'Extra brag words to flag' }),
  },
  messages: {
    brag: '"{phrase}" is self-praise the reader cannot check.',
    superlative: '"{phrase}" about yourself is a claim, not a fact the reader can check.',
    accolade: '"{phrase}": an award or milestone about yourself tells the reader nothing about their problem.',
  },
  check({ draft, subject, options, words: lists }) {
    const extra = [...options.extraWords, ...lists.brag];
    const matcher = extra.length ? cachedPhrases(extra) : null;
    const out = bragsIn(draft, matcher);
    if (subject) out.push(...bragsIn(subject, matcher).map((f) => ({ ...f, field: 'subject' as const })));
    return out;
  },
});

/** The draft's brag findings; `extra` is the user's own brag list (flagged wherever it stands). */
function bragsIn(draft: Draft, extra: Phrases | null): RuleFinding[] {
  const matches = [...findPhrases(draft, BUILT_IN), ...(extra ? findPhrases(draft, extra) : [])];
  if (extra) matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuleFinding[] = [];
  let lastEnd = -1;
  let lastFlagged: PhraseMatch | null = null;
  for (const m of matches) {
    if (m.start < lastEnd) continue;
    const nextWord = draft.tokens[m.lastToken + 1]?.normal ?? '';
    if (FEELING_TO.has(m.phrase) && ANNOUNCING.has(nextWord)) continue;
    if (RANKS.has(m.phrase) && RANKED_GOALS.has(nextWord)) continue;
    const contextual = CONTEXTUAL.has(m.phrase);
    if (contextual) {
      const chained = lastFlagged !== null && SAME_PHRASE.test(draft.text.slice(lastFlagged.end, m.start));
      const aboutAThing = DETERMINED.test(m.phrase) && NOT_A_CLAIM_NEXT.has(nextWord);
      if (aboutAThing || !(chained || describesSender(draft, m.firstToken, m.lastToken))) continue;
    }
    lastEnd = m.end;
    lastFlagged = m;
    out.push(finding(draft.text, m, contextual, isDroppableModifier(draft, m.firstToken, m.lastToken)));
  }
  return out;
}

function finding(text: string, m: PhraseMatch, contextual: boolean, droppable: boolean): RuleFinding {
  const phrase = text.slice(m.start, m.end);
  const span = m;
  const messageId = contextual ? 'superlative' : ACCOLADE.has(m.phrase) ? 'accolade' : 'brag';
  const advice = FEELING_TO.has(m.phrase) ? ADVICE.feeling : messageId === 'accolade' ? ADVICE.accolade : ADVICE.claim;
  return {
    messageId,
    data: { phrase },
    start: span.start,
    end: span.end,
    suggestions: [
      ...(droppable ? [{ kind: 'replace' as const, label: `Delete "${phrase}"`, replacement: '' }] : []),
      { kind: 'advice', label: advice },
    ],
  };
}

const ADVICE = {
  feeling: 'Say what it means for the reader instead of how you feel: "You can now…".',
  accolade: 'Say what the award means for the reader, in their terms ("rated easiest to set up by 300 small clinics"), or leave it to your About page.',
  claim: 'Swap the claim for a fact the reader can check: a number, a customer, a result (e.g. "used by 4,000 clinics").',
} as const;

/**
 * self-praise (P2): superlatives and brag words about oneself. "Award-winning" tells the reader
 * nothing they can check; a concrete fact does the work better, or no claim at all.
 * Brag words are flagged wherever they stand; superlatives ("the best", "innovative") only when
 * they describe the sender ("we are the best", "our innovative platform"), since "the best way
 * to cut costs" praises no one. Announcements ("thrilled to announce") belong to `announcement`.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { words } from '../options.ts';
import { deletionSpan, isDroppableModifier } from '../nlp/edits.ts';
import { cachedMatcher, compilePhrases, findPhrases, type PhraseMatch } from '../nlp/phrases.ts';
import { describesSender } from '../nlp/sender.ts';

/** Brag words and phrases: self-praise wherever they stand. Hyphen or space both match. */
export const BRAG_PHRASES = [
  'award-winning', 'industry-leading', 'best-in-class', 'world-class', 'revolutionary', 'cutting-edge',
  'state-of-the-art', 'game-changing', 'game changer', 'groundbreaking', 'market-leading', 'leading provider',
  'unparalleled', 'unrivaled', 'unrivalled', 'second to none', 'best-of-breed', 'next-generation', 'next-gen',
  'top-notch', 'unmatched', 'unbeatable', '#1', 'proud to', 'trusted by thousands', 'trusted by millions',
  'loved by thousands', 'loved by millions',
];
/** Superlatives that are self-praise only when they describe the sender. */
export const SENDER_PHRASES = [
  'the best', 'the leading', 'a leading', 'the only', 'the most advanced', 'the most powerful', 'the most trusted',
  'the most innovative', 'the most comprehensive', 'the fastest', 'the easiest', 'the smartest', 'the ultimate',
  'number one', 'innovative', 'most innovative', 'unique', 'premier', 'disruptive', 'visionary', 'amazing',
  'incredible', 'exceptional', 'superior', 'powerful',
];
const CONTEXTUAL = new Set(SENDER_PHRASES);
const BUILT_IN = compilePhrases([...BRAG_PHRASES, ...SENDER_PHRASES]);
/** "the best way to…", "the only one who…": a superlative about a thing, not a seller. */
const NOT_A_CLAIM_NEXT = new Set(['way', 'ways', 'time', 'thing', 'things', 'reason', 'part', 'one', 'person', 'people', 'question', 'advice', 'tip', 'tips', 'practice', 'practices', 'bit', 'moment', 'of']);
/** "our #1 priority" ranks a goal, not the seller. */
const RANKS = new Set(['#1', 'number one']);
const RANKED_GOALS = new Set(['priority', 'goal', 'tip', 'rule', 'question', 'mistake', 'reason', 'lesson', 'focus', 'concern', 'request']);
/** "proud to announce" is an announcement; the announcement rule flags it. */
const ANNOUNCING = new Set(['announce', 'share', 'introduce', 'present', 'unveil', 'launch', 'welcome', 'reveal', 'bring', 'tell']);
/** Two brag words in one noun phrase: "award-winning, innovative platform". */
const SAME_PHRASE = /^[\s,]*(?:and\s+)?$/;

export default defineRule({
  id: 'self-praise',
  category: 'self-promotion',
  principle: 'P2',
  severity: 'warning',
  weight: 6,
  noiseReason: 'Self-praise: {count} brag word(s) that readers tune out.',
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
  },
  check({ draft, options, words: lists }) {
    const extra = [...options.extraWords, ...lists.brag];
    const matches = [...findPhrases(draft, BUILT_IN), ...(extra.length ? findPhrases(draft, cachedMatcher(extra)) : [])];
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: RuleFinding[] = [];
    let lastEnd = -1;
    let lastFlagged: PhraseMatch | null = null;
    for (const m of matches) {
      if (m.start < lastEnd) continue;
      const next = draft.tokens[m.lastToken + 1];
      const nextWord = next?.normal ?? '';
      if (m.phrase === 'proud to' && ANNOUNCING.has(nextWord)) continue;
      if (RANKS.has(m.phrase) && RANKED_GOALS.has(nextWord)) continue;
      const contextual = CONTEXTUAL.has(m.phrase);
      if (contextual) {
        const chained = lastFlagged !== null && SAME_PHRASE.test(draft.text.slice(lastFlagged.end, m.start));
        if (NOT_A_CLAIM_NEXT.has(nextWord) || !(chained || describesSender(draft, m.firstToken))) continue;
      }
      lastEnd = m.end;
      lastFlagged = m;
      out.push(finding(draft.text, m, contextual, isDroppableModifier(draft, m.firstToken, m.lastToken)));
    }
    return out;
  },
});

function finding(text: string, m: PhraseMatch, contextual: boolean, droppable: boolean): RuleFinding {
  const phrase = text.slice(m.start, m.end);
  const span = droppable ? deletionSpan(text, m.start, m.end) : m;
  const advice =
    m.phrase === 'proud to'
      ? 'Say what it means for the reader instead of how you feel: "You can now…".'
      : 'Swap the claim for a fact the reader can check: a number, a customer, a result (e.g. "used by 4,000 clinics").';
  return {
    messageId: contextual ? 'superlative' : 'brag',
    data: { phrase },
    start: span.start,
    end: span.end,
    suggestions: [
      ...(droppable ? [{ kind: 'replace' as const, label: `Delete "${phrase}"`, replacement: '' }] : []),
      { kind: 'advice', label: advice },
    ],
  };
}

/**
 * announcement (P1): broadcast openers: "We're thrilled to announce", "Introducing our…",
 * "We're launching". They tell the reader how the sender feels, not what changes for them.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { indexInSentence, startsClause } from '../nlp/clauses.ts';
import type { Draft } from '../nlp/draft.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { ANNOUNCING_ANYWHERE, ANNOUNCING_FEELINGS, ANNOUNCING_OPENERS, MILD_FEELINGS, TELLING, UNVEILING } from '../lexicon/announcing.ts';
import { wordOf } from '../nlp/words.ts';

/**
 * "<feeling> to <telling>" announces wherever it stands. "Happy to share the slides" is an
 * offer, not an announcement, so happy / glad count only with an unveiling verb.
 */
const FEELING_PHRASES = [
  ...ANNOUNCING_FEELINGS.flatMap((f) => [...TELLING, ...UNVEILING].map((t) => `${f} to ${t}`)),
  ...MILD_FEELINGS.flatMap((f) => UNVEILING.map((t) => `${f} to ${t}`)),
];
const OPENERS = ANNOUNCING_OPENERS;
const ANYWHERE = ANNOUNCING_ANYWHERE;
const OPENER_SET = new Set(OPENERS);
const MATCHER = compilePhrases([...FEELING_PHRASES, ...OPENERS, ...ANYWHERE]);
const EXACT = new Set([...OPENERS, ...ANYWHERE]);
/** Words that may lead into the feeling: "We're so thrilled", "I am truly excited". */
const LEAD_IN = new Set(['we', 'i', "we're", "i'm", 'are', 'am', 'so', 'very', 'really', 'super', 'truly', 'beyond', 'incredibly', 'extremely', 'absolutely', 'just', 'all']);

export default defineRule({
  id: 'announcement',
  category: 'dialogue',
  principle: 'P1',
  severity: 'warning',
  weight: 6,
  docs: {
    summary: 'Flags broadcast openers: "we are thrilled to announce", "introducing our…", "we\'re launching".',
    why: 'An announcement is about the sender. Readers reply to news about their own work, so lead with what changes for them.',
    good: ['You can now export your whole report in one click: open Reports and press Export.'],
    bad: ["We're thrilled to announce our new reporting suite!", 'Introducing our new reporting suite.'],
  },
  options: {},
  messages: {
    announcement: '"{phrase}" announces your news. Lead with what changes for the reader.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    for (const m of findPhrases(draft, MATCHER)) {
      const sentence = draft.sentences[draft.tokens[m.firstToken]!.sentence]!;
      if (OPENER_SET.has(m.phrase) && !startsClause(sentence, indexInSentence(draft, m.firstToken))) continue;
      // "excited to welcome you on Tuesday" greets the reader; it announces nothing.
      if (m.phrase.endsWith('welcome') && wordOf(draft.tokens[m.lastToken + 1] ?? draft.tokens[m.lastToken]!) === 'you') continue;
      const start = EXACT.has(m.phrase) ? m.start : leadInStart(draft, m.firstToken, m.start);
      const phrase = draft.text.slice(start, m.end);
      out.push({
        messageId: 'announcement',
        data: { phrase },
        start,
        end: m.end,
        suggestions: [
          { kind: 'advice', label: 'Lead with what it means for the reader ("You can now…", "Your reports now…"), then one concrete detail.' },
        ],
      });
    }
    return out;
  },
});

/** Widen the span back over "We're so" / "I am truly" in the same clause. */
function leadInStart(draft: Draft, firstToken: number, start: number): number {
  const sentence = draft.tokens[firstToken]!.sentence;
  let from = start;
  for (let i = firstToken - 1; i >= 0; i--) {
    const t = draft.tokens[i]!;
    if (t.sentence !== sentence || /[^\s]/.test(t.post)) break;
    if (t.end === t.start) continue; // the empty "are" of "we're"
    if (!LEAD_IN.has(wordOf(t))) break;
    from = t.start;
  }
  return from;
}

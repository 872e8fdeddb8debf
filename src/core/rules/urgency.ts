/**
 * urgency (P5): manufactured pressure ("act now", "don't miss out", "limited time"). Readers
 * have seen it in every inbox and skip it; a real deadline stated plainly does the work.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { wholeSentence } from '../nlp/edits.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { BAIT, DEADLINE, SCARCITY, URGENCY_PHRASES } from '../lexicon/pressure.ts';

export const URGENCY = compilePhrases(URGENCY_PHRASES);
const deadlines = new Set(DEADLINE);
const scarce = new Set(SCARCITY);
const baits = new Set(BAIT);

export default defineRule({
  id: 'urgency',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 4,
  noiseReason: 'Urgency clichés: {count:"act now"-style push|"act now"-style pushes} readers have learned to ignore.',
  docs: {
    summary: 'Flags manufactured urgency and bait: act now, don\'t miss out, limited time, last chance, "you\'ve won".',
    why: 'Canned pressure is noise: readers skip it. A real deadline or a real reason to act works better.',
    good: ['Early-bird pricing ends on Friday 30 May at 17:00 CET; after that it is $49 a seat.', 'Take your time: the guide stays free.'],
    bad: ['Act now! This limited time offer ends tonight.', "Don't miss out on our spring sale."],
  },
  options: {},
  messages: {
    pressure: '"{phrase}" pushes without giving a reason; readers tune it out.',
    deadline: '"{phrase}" is a deadline as a slogan; give the real date or drop it.',
    scarcity: '"{phrase}" reads as a pressure tactic, even when true.',
    bait: '"{phrase}" reads as prize bait: readers and spam filters both distrust it.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    for (const m of findPhrases(draft, URGENCY)) {
      const kind = deadlines.has(m.phrase) ? 'deadline' : scarce.has(m.phrase) ? 'scarcity' : baits.has(m.phrase) ? 'bait' : 'pressure';
      const sentence = wholeSentence(draft, m.start, m.end);
      const span = sentence ?? m;
      out.push({
        messageId: kind,
        data: { phrase: draft.text.slice(m.start, m.end) },
        start: span.start,
        end: span.end,
        scale: kind === 'scarcity' ? 0.5 : 1,
        suggestions: [
          ...(sentence ? [{ kind: 'replace' as const, label: 'Delete the sentence', replacement: '' }] : []),
          { kind: 'advice', label: ADVICE[kind] },
        ],
      });
    }
    return out;
  },
});

const ADVICE = {
  pressure: 'Give one reason to act instead: what the reader gets and how long it takes ("Setup takes 5 minutes").',
  deadline: 'If there is a real deadline, state it once, plainly: "The price goes up on 1 June."',
  scarcity: 'State the fact calmly, once: "12 of 40 seats are taken", with no push around it.',
  bait: 'Say plainly what the reader gets and why them: "You bought the Trail 40, so here is 20% off its rain cover."',
} as const;

/**
 * generic-copy (P9): interchangeable filler any company could send to anyone ("in today's
 * fast-paced world", "we value your business", "as a valued customer"). It says nothing about
 * this reader or this sender, so it reads as a form letter.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { wholeSentence } from '../nlp/edits.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { BUSINESS_PLATITUDES, FORM_ADDRESS, SETTINGS } from '../lexicon/canned.ts';

const kindOf = new Map<string, 'setting' | 'platitude' | 'address'>([
  ...SETTINGS.map((p) => [p, 'setting'] as const),
  ...BUSINESS_PLATITUDES.map((p) => [p, 'platitude'] as const),
  ...FORM_ADDRESS.map((p) => [p, 'address'] as const),
]);
const GENERIC = compilePhrases(kindOf.keys());

const ADVICE = {
  setting: 'Cut the scene-setting and open with the point, or with a fact about this reader\'s world ("Your Q3 churn doubled").',
  platitude: 'Show it with one specific: what you did for this reader, by when ("We refunded the delayed order on Tuesday").',
  address: 'Address them as a person: their name, and what they bought or asked ("Since you ordered the Trail 40 in May…").',
} as const;

export default defineRule({
  id: 'generic-copy',
  category: 'value',
  principle: 'P9',
  severity: 'warning',
  weight: 4,
  docs: {
    summary: 'Flags interchangeable filler: "in today\'s fast-paced world", "we value your business", "as a valued customer".',
    why: 'Copy any company could send to anyone tells this reader nothing; something specific to them is what builds a relationship.',
    good: [{ text: 'Since you ordered the Trail 40 in May, here is how to re-wax it before the autumn rain.', channel: 'email' }],
    bad: [{ text: "In today's fast-paced world, we value your business. As a valued customer, you get 10% off.", channel: 'email' }],
  },
  options: {},
  messages: {
    setting: '"{phrase}" is scene-setting any company could write.',
    platitude: '"{phrase}" is a platitude; the reader cannot tell it from a form letter.',
    address: '"{phrase}" addresses a category, not a person.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    for (const m of findPhrases(draft, GENERIC)) {
      const kind = kindOf.get(m.phrase) ?? 'platitude';
      // A sentence that is only the platitude ("We value your business.") can simply go.
      const sentence = kind === 'platitude' ? wholeSentence(draft, m.start, m.end) : null;
      const span = sentence ?? m;
      out.push({
        messageId: kind,
        data: { phrase: draft.text.slice(m.start, m.end) },
        start: span.start,
        end: span.end,
        suggestions: [
          ...(sentence ? [{ kind: 'replace' as const, label: 'Delete the sentence', replacement: '' }] : []),
          { kind: 'advice', label: ADVICE[kind] },
        ],
      });
    }
    return out;
  },
});

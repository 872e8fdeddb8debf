/**
 * unexplained-no (P8): "we can't", "unable to", "not possible" with no reason and no
 * alternative nearby. A bare no ends the conversation; the reason and a next best option keep
 * the customer an equal partner.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { bool } from '../options.ts';
import type { Draft } from '../nlp/draft.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { ALTERNATIVES, REASONS, REFUSALS } from '../lexicon/refusals.ts';
import { isQuoted } from '../nlp/quotes.ts';
import { wordOf } from '../nlp/words.ts';

type Role = 'refusal' | 'reason' | 'alternative';
const ROLE = new Map<string, Role>([
  ...REFUSALS.map((p) => [p, 'refusal'] as const),
  ...REASONS.map((p) => [p, 'reason'] as const),
  ...ALTERNATIVES.map((p) => [p, 'alternative'] as const),
]);
const MATCHER = compilePhrases(ROLE.keys());
/** An explanation set off in the same sentence: "we can't add you: the room holds 40", "(customs fees…)". */
const EXPLAINS = /[:(]|\s[—–]\s/;
/** "We can't wait", "can't recommend it enough", "can't decide": enthusiasm or doubt, not a no. */
const IDIOM_NEXT = new Set(['decide', 'choose', 'pick', 'agree', 'wait', 'believe', 'stop', 'thank', 'recommend', 'imagine', 'emphasize', 'emphasise', 'stress', 'resist', 'overstate', 'beat', 'beaten', 'overstated', 'happier', 'enough']);

export default defineRule({
  id: 'unexplained-no',
  category: 'dialogue',
  principle: 'P8',
  severity: 'warning',
  weight: 6,
  docs: {
    summary: 'Flags "we can\'t / unable to / not possible" with no reason and no alternative nearby.',
    why: 'A bare no ends the conversation. The reason, then what you can do instead, keeps the customer an equal partner.',
    good: ["We can't refund opened boxes because we can't resell them. What we can do is swap it for any other size, free."],
    bad: ['Unfortunately we are unable to offer refunds on sale items.'],
  },
  options: {
    partial: bool({ default: true, label: 'Also flag a no that has a reason but no alternative (or the reverse)' }),
  },
  messages: {
    bare: '"{phrase}" with no reason and no alternative: the conversation stops here.',
    noAlternative: '"{phrase}" explains why but offers nothing instead.',
    noReason: '"{phrase}" offers an alternative but not the reason.',
  },
  check({ draft, options }) {
    const matches = findPhrases(draft, MATCHER);
    const reasons = new Set<number>();
    const alternatives = new Set<number>();
    for (const m of matches) {
      const sentence = draft.tokens[m.firstToken]!.sentence;
      const role = ROLE.get(m.phrase);
      // ", as our warehouse is closed": "as" gives a reason only after a comma.
      if (role === 'reason' && (m.phrase !== 'as' || /,\s*$/.test(draft.tokens[m.firstToken - 1]?.post ?? ''))) reasons.add(sentence);
      if (role === 'alternative') alternatives.add(sentence);
    }
    const out: RuleFinding[] = [];
    for (const m of matches) {
      if (ROLE.get(m.phrase) !== 'refusal' || isQuoted(draft, m.start)) continue;
      const s = draft.tokens[m.firstToken]!.sentence;
      if (draft.sentences[s]!.isQuestion || IDIOM_NEXT.has(nextWord(draft, m.lastToken))) continue;
      const near = [s - 1, s, s + 1, s + 2];
      const reason = near.some((i) => reasons.has(i)) || EXPLAINS.test(draft.sentences[s]!.text);
      const alternative = near.slice(1).some((i) => alternatives.has(i));
      if (reason && alternative) continue;
      if (!options.partial && (reason || alternative)) continue;
      const messageId = reason ? 'noAlternative' : alternative ? 'noReason' : 'bare';
      out.push({ messageId, data: { phrase: draft.text.slice(m.start, m.end) }, start: m.start, end: m.end, suggestions: [{ kind: 'advice', label: ADVICE[messageId] }], scale: messageId === 'bare' ? 1 : 0.5 });
    }
    return out;
  },
});


/** The word after token i, past the empty half of a contraction ("can't" -> "" -> "wait"). */
function nextWord(draft: Draft, i: number): string {
  let next = draft.tokens[i + 1];
  if (next && next.start === next.end) next = draft.tokens[i + 2];
  return next ? wordOf(next) : '';
}

const ADVICE = {
  bare: 'Give the reason in one line, then what you can do: "We can\'t do X because Y. What we can do is Z."',
  noAlternative: 'Add what you can do instead: "What we can do is…" or "Instead, you could…".',
  noReason: 'Say why in a few words ("because…"), so the no does not feel arbitrary.',
} as const;

/**
 * empty-hype (P4): sentences that pile up hype words ("amazing", "incredible", "next-level")
 * with no fact behind them. Hype about the sender ("our amazing team") is self-praise and
 * belongs to `self-praise`; this rule takes hype about anything else.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { int } from '../options.ts';
import { isDroppableModifier } from '../nlp/edits.ts';
import { compilePhrases, findPhrases, type PhraseMatch } from '../nlp/phrases.ts';
import { describesSender } from '../signals/sender.ts';
import { sentenceHasFact } from '../signals/value.ts';
import type { Suggestion } from '../types.ts';
import { HYPE_WORDS, SENDER_HYPE } from '../lexicon/praise.ts';

const HYPE = compilePhrases(HYPE_WORDS);
/** Hype about the sender is self-praise's. */
const SELF_PRAISE_WORDS = new Set(SENDER_HYPE);

export default defineRule({
  id: 'empty-hype',
  category: 'value',
  principle: 'P4',
  severity: 'warning',
  weight: 4,
  noiseReason: 'Hype: {count:empty superlative|empty superlatives} with nothing behind them.',
  docs: {
    summary: 'Flags sentences that pile up hype words (amazing, incredible, next-level) with no fact behind them.',
    why: 'Hype gives the reader nothing to use or check. One concrete fact says more than three adjectives.',
    good: ['The new planner is amazing: it cut my Monday reporting from 3 hours to 40 minutes.'],
    bad: ['This amazing, next-level planner is a must-have for every team!'],
  },
  options: {
    minHype: int({ default: 2, min: 1, max: 10, label: 'Hype words in one sentence before flagging' }),
  },
  messages: {
    hype: '"{word}" is hype: this sentence has {count} hype words and no fact behind them.',
  },
  check({ draft, options }) {
    const bySentence = new Map<number, PhraseMatch[]>();
    for (const m of findPhrases(draft, HYPE)) {
      const sentence = draft.tokens[m.firstToken]!.sentence;
      if (SELF_PRAISE_WORDS.has(m.phrase) && describesSender(draft, m.firstToken)) continue;
      const list = bySentence.get(sentence);
      if (list) list.push(m);
      else bySentence.set(sentence, [m]);
    }
    const out: RuleFinding[] = [];
    for (const [sentence, matches] of bySentence) {
      if (matches.length < options.minHype || sentenceHasFact(draft, sentence)) continue;
      for (const m of matches) {
        const word = draft.text.slice(m.start, m.end);
        const suggestions: Suggestion[] = [{ kind: 'advice', label: `Swap "${word}" for the fact behind it: what does it do, for whom, how much?` }];
        if (isDroppableModifier(draft, m.firstToken, m.lastToken)) suggestions.unshift({ kind: 'replace', label: `Delete "${word}"`, replacement: '' });
        // One sentence costs the rule's weight, however many hype words it holds.
        out.push({ messageId: 'hype', data: { word, count: matches.length }, start: m.start, end: m.end, suggestions, scale: 1 / matches.length });
      }
    }
    return out;
  },
});

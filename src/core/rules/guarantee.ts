/**
 * guarantee (P2): promises and seals no one can check ("guaranteed", "100%", "risk-free",
 * "money-back", "no credit check", "proven", "#1", "best price"). Spam and ads stack them;
 * a person gives the terms or the evidence. "Best regards", "all the best" and "the best way
 * to…" pass, and "best-in-class" is self-praise's.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { GUARANTEES } from '../lexicon/promises.ts';

export const GUARANTEE = compilePhrases({
  name: 'guarantee', withinSentence: true,
  regex: new RegExp(
    String.raw`(?<![\w@#-])(?:` +
      GUARANTEES.join('|') +
      String.raw`)(?![\w-])`,
    'giu',
  ),
});

export default definePhraseRule({
  id: 'guarantee',
  category: 'self-promotion',
  principle: 'P2',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Guarantees: {count:promise|promises} the reader cannot check.',
  docs: {
    summary: 'Flags promises and seals no one can check: guaranteed, 100%, risk-free, money-back, proven, approved, amazing, best price, #1.',
    why: 'Ads and spam stack promises like these; readers discount all of them. Give the terms or the evidence instead.',
    good: [
      'If the template does not fit your team, tell me and I will refund the $20 the same day. Best regards, Sam',
      'All the best with the launch; the best way to test the page is to ask five customers what it says.',
    ],
    bad: ['Guaranteed results or your money back, 100% risk-free.', 'The best prices in town, from the #1 rated store.'],
  },
  findings: {
    guarantee: {
      find: GUARANTEE,
      message: '"{phrase}" is a promise the reader cannot check; give the terms or the evidence.',
      advice: 'Replace the promise with the terms or the evidence: "Refunds within 30 days, no questions", "Cut reporting time by 40% at Acme".',
    },
  },
});

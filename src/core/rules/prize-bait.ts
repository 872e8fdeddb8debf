/**
 * prize-bait (P5): lottery and prize wording ("winner", "you won", "claim", "jackpot",
 * "congratulations!"). It is the copy of scams; readers and spam filters both distrust it.
 * "won't", "win-win" and "award-winning" (self-praise's) pass; "congratulations on the new
 * role" and a casual "congrats!" are a person talking.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { PRIZE_WORDS } from '../lexicon/prizes.ts';

export const PRIZE = compilePhrases({ name: 'prize-bait', withinSentence: true, alternatives: PRIZE_WORDS });

export default definePhraseRule({
  id: 'prize-bait',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Prize bait: {count:prize word|prize words} that read as a scam.',
  docs: {
    summary: 'Flags prize and lottery bait: winner, "you won", claim your, jackpot, lucky draw, congratulations!, sweepstakes.',
    why: 'Prize wording is the copy of scams: readers and spam filters both distrust it, even when the prize is real.',
    good: [
      "Congratulations on the new role! I won't keep you long: one question about the handover.",
      'It is a win-win: your team gets the report a day earlier and we stop chasing numbers.',
    ],
    bad: ['Congratulations! You have been selected as our lucky winner.', 'Enter our sweepstakes to win a free trip to Lisbon.'],
  },
  findings: {
    prize: {
      find: PRIZE,
      message: '"{phrase}" reads as prize bait: readers and spam filters both distrust it.',
      advice: 'Say plainly what the reader gets and why them: "You ordered the Trail 40, so here is its rain cover at cost."',
    },
  },
});

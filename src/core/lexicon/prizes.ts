/**
 * Prizes (P5): lottery and prize wording, the copy of scams. `PRIZE_CLAIMS` is the bait every
 * prize list shares; the urgency rule adds exclusivity offers, and the bait sentences that
 * the dialogue rules ignore (signals/bait.ts) add invitations to enter.
 */
import { patterns, phrases } from './lists.ts';

/** "You've won", "claim your prize": prize bait wherever it stands. */
export const PRIZE_CLAIMS = phrases('prizes/claims', [
  "you've won", 'you have won', "you've been selected", 'you have been selected', "you've been chosen", 'you have been chosen',
  'claim your prize', 'claim your reward',
]);

/** Prize and exclusivity bait the urgency rule flags. */
export const PRIZE_OFFERS: readonly string[] = [
  ...PRIZE_CLAIMS,
  ...phrases('prizes/offers', [
    'claim your free', 'claim your discount', 'exclusive offer', 'exclusive deal',
    'exclusive discount', 'exclusive reward', 'vip offer', 'members-only offer', 'change your life', 'six figures', '6 figures',
    '7 figures', 'make money fast', 'get rich',
  ]),
];

/** Sentences that hold these are bait: their "you" and "comment below" are not dialogue. */
export const BAIT_SENTENCE_PHRASES: readonly string[] = [
  ...PRIZE_CLAIMS,
  ...phrases('prizes/entries', [
    'you won', 'you are a winner', "you're a winner", 'claim your gift',
    'congratulations', 'congrats', 'lucky winner', 'you qualify', 'you are eligible', "you're eligible", 'you are pre-approved',
    "you're pre-approved", 'a chance to win', 'chance to win', 'for a chance to', 'to win a free',
  ]),
];

/** Prize-bait: prize and lottery words, with the context that keeps "won't" and "award-winning" out. */
export const PRIZE_WORDS = patterns('prizes/words', [
  'win(?=\\s+(?:a|an|one|up to|big|cash|free|prizes?|your|this|our|the chance|[$£€₦]|\\d))',
  'winners?',
  '(?<!award-)winning(?=\\s+(?:numbers?|tickets?|entry|entries|draw))',
  '(?:you|u)(?: have|\'ve|’ve)? won',
  'prizes?',
  'claim(?:s|ed|ing)?(?=\\s+(?:your|now|it|the|this|a|free|reward|prize|bonus|within|before|by))',
  'lottery',
  'lotto',
  '(?<!-)awards?(?!-)',
  'congratulations(?!\\s+(?:on|to you on))',
  '(?:you(?:\'ve| have)? been |been |randomly |specially )selected',
  'lucky (?:winners?|draw|number|customer|subscriber|day|you)',
  'jackpot',
  'sweepstakes?',
  'rewards?(?! for)',
]);

/**
 * Praise and hype (P2, P4): brag words that are self-praise wherever they stand, accolades the
 * sender reports about itself, superlatives that are self-praise only when they describe the
 * sender (signals/sender.ts decides), and hype words that say nothing checkable. Hyphen or
 * space both match (nlp/phrases.ts).
 */
import { phrases } from './lists.ts';

/** Hype that is also a promise no one can check (guarantee flags it wherever it stands). */
export const PROMISE_HYPE = phrases('praise/promise-hype', ['amazing', 'incredible']);

/** Hype that is self-praise when it describes the sender ("our innovative team"). */
export const SENDER_HYPE: readonly string[] = [...PROMISE_HYPE, ...phrases('praise/sender-hype', ['exceptional', 'powerful', 'innovative', 'unique'])];

/** A rank no one can check: self-praise about the sender, a promise anywhere (guarantee). */
export const RANK_CLAIMS = phrases('praise/rank', ['number one']);

/** Hype words (empty-hype): a sentence that piles them up with no fact says nothing. */
export const HYPE_WORDS: readonly string[] = [
  ...phrases('praise/hype', [
    'awesome', 'unbelievable', 'fantastic', 'phenomenal', 'spectacular', 'extraordinary', 'stunning',
    'epic', 'insane', 'mind-blowing', 'jaw-dropping', 'next-level', 'massive', 'huge', 'exciting', 'brand-new', 'all-new',
    'magical', 'breathtaking', 'remarkable', 'outstanding', 'superb', 'fabulous', 'sensational', 'legendary', 'unstoppable',
    'ultimate', 'perfect', 'must-have', 'life-changing', 'revolutionize',
  ]),
  ...SENDER_HYPE,
];

/** Brag words and phrases: self-praise wherever they stand. */
export const BRAG_PHRASES = phrases('praise/brag', [
  'award-winning', 'industry-leading', 'best-in-class', 'world-class', 'revolutionary', 'cutting-edge', 'leading-edge',
  'state-of-the-art', 'game-changing', 'game changer', 'groundbreaking', 'market-leading', 'leading provider', 'industry leader',
  'market leader', 'unparalleled', 'unrivaled', 'unrivalled', 'second to none', 'best-of-breed', 'next-generation', 'next-gen',
  'top-notch', 'unmatched', 'unbeatable', '#1', 'proud to', 'proud of our', 'so proud of', 'proud moment', 'trusted by thousands',
  'trusted by millions', 'loved by thousands', 'loved by millions', 'fastest-growing', "world's first", 'world-renowned',
  'critically acclaimed', 'better than anyone', 'unlike anything', 'like never before', "you'll ever need", 'you will ever need',
  "you'll ever work with", 'best year ever', 'record-breaking', 'record year', "industry's leading", "industry's best",
  "industry's first", 'trusted by fortune 500', 'trusted by leading', 'honored to', 'honoured to', 'humbled to', 'privileged to',
  'it was a privilege to',
]);

/** Accolades and milestones the sender reports about itself: "we've been named…". */
export const ACCOLADES = phrases('praise/accolades', [
  'named one of', 'been named', 'was named', 'were named', 'been recognized', 'been recognised', 'been featured', 'been shortlisted',
  'shortlisted for', 'been nominated', 'nominated for', 'been ranked', 'testament to', 'well-deserved recognition', 'another milestone',
  'huge milestone', 'big milestone', 'major milestone',
]);

/** Superlatives that are self-praise only when they describe the sender. */
export const SENDER_PHRASES: readonly string[] = [
  ...phrases('praise/sender', [
    'the best', 'the leading', 'a leading', 'the only', 'the most advanced', 'the most powerful', 'the most trusted',
    'the most innovative', 'the most comprehensive', 'the most prestigious', 'the fastest', 'the easiest', 'the smartest',
    'the ultimate', 'a leader in', 'the leader in', 'most innovative', 'premier', 'disruptive',
    'visionary', 'superior', 'talented', 'passionate', 'distinguished',
    'comprehensive', 'premium', 'renowned', 'acclaimed', 'prestigious', 'best-selling', 'on fire', 'crushing it', 'killing it',
  ]),
  ...RANK_CLAIMS,
  ...SENDER_HYPE,
];

/**
 * The self-praise vocabulary (P2), as data: brag words that are self-praise wherever they stand,
 * accolades the sender reports about itself, and superlatives that are self-praise only when
 * they describe the sender (nlp/sender.ts decides). Hyphen or space both match (phrases.ts).
 */

/** Brag words and phrases: self-praise wherever they stand. */
export const BRAG_PHRASES: readonly string[] = [
  'award-winning', 'industry-leading', 'best-in-class', 'world-class', 'revolutionary', 'cutting-edge', 'leading-edge',
  'state-of-the-art', 'game-changing', 'game changer', 'groundbreaking', 'market-leading', 'leading provider', 'industry leader',
  'market leader', 'unparalleled', 'unrivaled', 'unrivalled', 'second to none', 'best-of-breed', 'next-generation', 'next-gen',
  'top-notch', 'unmatched', 'unbeatable', '#1', 'proud to', 'proud of our', 'so proud of', 'proud moment', 'trusted by thousands',
  'trusted by millions', 'loved by thousands', 'loved by millions', 'fastest-growing', "world's first", 'world-renowned',
  'critically acclaimed', 'better than anyone', 'unlike anything', 'like never before', "you'll ever need", 'you will ever need',
  "you'll ever work with", 'best year ever', 'record-breaking', 'record year', "industry's leading", "industry's best",
  "industry's first", 'trusted by fortune 500', 'trusted by leading', 'honored to', 'honoured to', 'humbled to', 'privileged to',
  'it was a privilege to',
];

/** Accolades and milestones the sender reports about itself: "we've been named…". */
export const ACCOLADES: readonly string[] = [
  'named one of', 'been named', 'was named', 'were named', 'been recognized', 'been recognised', 'been featured', 'been shortlisted',
  'shortlisted for', 'been nominated', 'nominated for', 'been ranked', 'testament to', 'well-deserved recognition', 'another milestone',
  'huge milestone', 'big milestone', 'major milestone',
];

/** Superlatives that are self-praise only when they describe the sender. */
export const SENDER_PHRASES: readonly string[] = [
  'the best', 'the leading', 'a leading', 'the only', 'the most advanced', 'the most powerful', 'the most trusted',
  'the most innovative', 'the most comprehensive', 'the most prestigious', 'the fastest', 'the easiest', 'the smartest',
  'the ultimate', 'a leader in', 'the leader in', 'number one', 'innovative', 'most innovative', 'unique', 'premier', 'disruptive',
  'visionary', 'amazing', 'incredible', 'exceptional', 'superior', 'powerful', 'talented', 'passionate', 'distinguished',
  'comprehensive', 'premium', 'renowned', 'acclaimed', 'prestigious', 'best-selling', 'on fire', 'crushing it', 'killing it',
];

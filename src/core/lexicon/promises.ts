/**
 * Promises and pitches (P2, P4): seals no one can check (guarantee) and the vocabulary of
 * investment scams (money-pitch). Regular-expression alternatives: forms and context matter
 * ("best price" but not "best regards", "tokens" but not "tokens of thanks").
 */
import { patterns } from './lists.ts';
import { PROMISE_HYPE, RANK_CLAIMS } from './praise.ts';

const BEST_OF = 'prices?|deals?|quality|sellers?|selling|value|rates?|offers?|products?|services?|choice|solutions?|results|ever|in (?:town|the (?:world|market|business|industry|country|city))';

/** Guarantee: promises and seals the reader cannot check. */
export const GUARANTEES: readonly string[] = [
  ...patterns('promises/guarantee', [
    'guarantee(?:s|d)?',
    '100\\s?%',
    'risk[- ]free',
    'no obligations?',
    'money[- ]back',
    'no prescriptions?(?: needed| required)?',
    'no credit checks?',
    'proven',
    'certified',
    // "Approved" alone is business as usual ("the budget was approved"); the seal is for the reader.
    'pre-?approved', '(?<=\\b(?:loans?|credit|cards?|mortgages?) )approved', 'approved (?:in|within) (?:minutes|seconds|hours|24)',
    "(?:you(?:['’]ve| have)? been|you are|you['’]re|(?:application|loan|request) (?:is|was|has been)) approved",
  ]),
  ...PROMISE_HYPE,
  ...patterns('promises/best', [`(?:the )?(?:very )?best\\s+(?:${BEST_OF})`, '#\\s?1']),
  ...RANK_CLAIMS,
];

/** Money-pitch: investment and get-rich words. */
export const MONEY_WORDS = patterns('promises/money', [
  // The verbs of a money-making story ("I invested with…", "earn from home"); the nouns alone
  // ("investment", "trading", "income", "profit") are the topic of many business replies.
  'invest(?:s|ed|ing)?',
  'earn(?:s|ed|ing)?',
  'investment (?:platform|opportunity|opportunities|plan|plans|expert|manager|advisor|company)',
  'trading (?:platform|signals?|account|bot|expert|mentor|company)',
  '(?:forex|crypto|bitcoin|expert|professional|account) traders?',
  '(?:passive|extra|weekly|daily|monthly|residual|steady) income',
  '(?:daily|weekly|huge|good|massive|great|steady) profits?',
  'profits? (?:daily|weekly|every)',
  'profitable',
  'crypto(?:currency|currencies|s)?',
  'bitcoins?',
  'btc',
  'forex',
  'withdraw(?:s|n|al|als|ed)?',
  'payouts?',
  '(?:daily|weekly|monthly|high|huge|guaranteed|massive|steady|\\d+%?) returns',
  'returns on (?:investment|your)',
  'account managers?',
  'mentor(?:s|ship)?',
  'recover(?:y|ed)? (?:of )?(?:your |my |his |her |their |lost |stolen )?(?:account|accounts|funds|money|wallet|password|crypto|bitcoin)',
  'hacked',
  // "recover your lost now", "a dm for recovery": account-recovery touts, whatever follows.
  'recover(?:y)?(?= (?:now|today|your lost|expert|specialist|service)|$|[.!])',
  'for recovery',
  'airdrops?',
  'tokens?(?! of)',
]);

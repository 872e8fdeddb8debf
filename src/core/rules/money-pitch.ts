/**
 * money-pitch (P4): investment and get-rich words ("invest", "daily profits", "crypto", "forex",
 * "payout", "account manager", "recover your account"). Business words alone ("trading",
 * "investment", "income") pass: they are what many replies are about. They are the vocabulary of investment
 * scams and money-making comments. The same words turn up in ordinary business replies, so the
 * fitted weight decides what one finding costs; the rule just names them.
 */
import { defineRule } from '../rule.ts';
import { matchFindings, wordsPattern } from '../nlp/line-patterns.ts';

export const MONEY = wordsPattern('money-pitch', [
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

export default defineRule({
  id: 'money-pitch',
  category: 'self-promotion',
  principle: 'P4',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Money pitch: {count:money word|money words} that read as an investment pitch.',
  docs: {
    summary: 'Flags investment and get-rich words: invest, profit, earn, crypto, forex, bitcoin, payout, account manager, airdrop.',
    why: 'This is the vocabulary of investment scams and money-making comments; readers who see it stop trusting the rest.',
    good: [
      'Thanks for the quick reply: I moved our call to Thursday at 3 and attached the agenda.',
      'As a token of thanks, the recording is yours to share with the team.',
    ],
    bad: ['Start investing in crypto today and earn daily profits.', 'My account manager helped me withdraw my payout in 24 hours.'],
  },
  options: {},
  messages: {
    money: '"{phrase}" reads as an investment pitch; readers who see it stop trusting the rest.',
  },
  check({ draft }) {
    return matchFindings(draft, MONEY, {
      messageId: 'money',
      suggestions: [
        { kind: 'advice', label: 'Say what the reader concretely gets and what it costs them, in plain words, or leave money talk out of a social reply.' },
      ],
    });
  },
});

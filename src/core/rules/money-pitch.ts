/**
 * money-pitch (P4): investment and get-rich words ("invest", "daily profits", "crypto", "forex",
 * "payout", "account manager", "recover your account"). Business words alone ("trading",
 * "investment", "income") pass: they are what many replies are about. They are the vocabulary of investment
 * scams and money-making comments. The same words turn up in ordinary business replies, so the
 * fitted weight decides what one finding costs; the rule just names them.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { MONEY_WORDS } from '../lexicon/promises.ts';

export const MONEY = compilePhrases({ name: 'money-pitch', withinSentence: true, alternatives: MONEY_WORDS });

export default definePhraseRule({
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
  findings: {
    money: {
      find: MONEY,
      message: '"{phrase}" reads as an investment pitch; readers who see it stop trusting the rest.',
      advice: 'Say what the reader concretely gets and what it costs them, in plain words, or leave money talk out of a social reply.',
    },
  },
});

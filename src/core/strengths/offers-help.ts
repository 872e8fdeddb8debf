/**
 * offers-help: the writer takes up this reader's case ("DM us so we can look into it", "happy to
 * help", "could you tell us which…"): customer care, one person at a time.
 */
import { OFFERS_HELP } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'offers-help',
  label: 'You take up their case and offer to help.',
  docs: {
    why: 'Taking up one reader\'s problem, and asking what you need to solve it, is dialogue in its plainest form (P1, P3, P4).',
    examples: [
      'Would you mind sending us a DM so we can help?',
      "We'll look into this and get back to you.",
      'Happy to help! Can you confirm which website you use?',
      'Please DM your contact details and our team will reach out.',
      'I can send the deck and a short summary if that helps.',
      'Hi, please send us your email address so we can identify the issue with your payment.',
    ],
    counterExamples: ['Our experts are here to help you save more this season.', 'Follow us for more deals.', 'Send us your photos of the new menu for a chance to win.'],
  },
  phrases: compilePhrases({ name: 'offers-help', withinSentence: true, alternatives: OFFERS_HELP }),
});

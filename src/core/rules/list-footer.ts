/**
 * list-footer (P5): mailing-list footers ("unsubscribe", "to be removed", "all rights
 * reserved", "reply STOP"). A footer says the message went to a list; a person writing to a
 * person has none.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { LIST_FOOTER } from '../lexicon/crowd.ts';

export const FOOTER = compilePhrases({ name: 'list-footer', withinSentence: true, alternatives: LIST_FOOTER });

export default definePhraseRule({
  id: 'list-footer',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 2,
  noiseReason: 'List footer: {count:line|lines} that say the message went to a list.',
  docs: {
    summary: 'Flags mailing-list footers: unsubscribe, opt out, "to be removed", all rights reserved, privacy policy, reply STOP.',
    why: 'A footer tells the reader they are one of thousands. A person writing to a person has no footer.',
    good: [
      'Thanks for the notes on the pricing page; I removed the second table as you suggested.',
      'Can you stop by my desk after lunch to go through the list?',
    ],
    bad: ['To unsubscribe from this mailing list, click the link below.', 'Reply STOP to opt out. © 2025 Acme. All rights reserved.'],
  },
  findings: {
    footer: {
      find: FOOTER,
      message: '"{phrase}" is list-footer wording: the reader learns they are one of thousands.',
      advice: 'A person writing to a person has no footer: cut it from one-to-one messages, and keep the legal lines to your bulk tool.',
    },
  },
  deleteSentence: 'Delete it',
});

/**
 * shop-copy (P2): an email in which a shop talks about itself: "we sell", "we ship worldwide",
 * "our store", "our products", "for sale", "a wide selection of", "our best sellers", "we are your
 * choice". A person helping a customer names the one thing asked about; a mailing describes the
 * shop and everything in it. ("Order online" and "buy now" are ad-call-to-action's and urgency's.)
 *
 * Email only. In the labelled mail these phrases are in 198 bulk emails and 1 reply. On X, a
 * brand pointing a fan to its store is help ("Have you checked out our online store?"): in
 * brands' text, 5 of the 6 texts with one are replies to people. Short messages and comments
 * hold too few (6 texts) for the fit to weigh.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';

export const SHOP = compilePhrases({
  name: 'shop-copy', withinSentence: true,
  alternatives: [
    // Not "if we sell the plant", "whether we sell or not", "we sell down our stake".
    String.raw`(?<!\bif\s)we (?:sell|offer|ship|stock)(?!\s(?:or|down|to|off|back)\b)`,
    // "our store manager" is a person, not the shop window; "visit our store" is ad-call-to-action's.
    String.raw`(?<!\bvisit\s)our (?:online |web |internet |new )?(?:store|shop|pharmacy|drugstore|chemist|catalog(?:ue)?)(?!\s(?:manager|locator|hours)\b)`,
    'our company (?:offers?|has|have|provides|sells|is|can|will)',
    'our (?:new )?(?:products?|collection|line of)',
    'for sale',
    'available online',
    '(?:wide|large|huge|great|big|vast) (?:range|selection|choice|assortment) of',
    // "best-selling" is a brag, and self-praise's.
    'top[- ]?(?:selling|sellers?)',
    'best[- ]?sellers?',
    String.raw`we are your (?:\w+ )?(?:choice|answer|source|solution|store|shop)`,
    'got (?:everything|anything|all|whatever) (?:that )?you',
    '(?:everything|just what) you (?:will )?(?:ever )?need',
    '(?:ships?|shipping|delivered|delivery) (?:worldwide|overnight|discreetly|to your door)',
  ],
});

export default definePhraseRule({
  id: 'shop-copy',
  category: 'self-promotion',
  principle: 'P2',
  severity: 'warning',
  channels: ['email'],
  weight: 2,
  noiseReason: 'Shop copy: {count:phrase|phrases} about the shop and its wares, as a mailing reads.',
  docs: {
    summary: 'Emails: flags a shop talking about itself: we sell, we ship worldwide, our store, our products, for sale, a wide selection of, top sellers.',
    why: 'A reply names the one thing the reader asked about; copy about the shop and everything it sells reads as a mailing sent to a list.',
    good: [
      { text: 'Hi Ana, the blue one is back in stock at the Leeds branch; I put one aside for you until Friday.', channel: 'email' },
      { text: 'If we sell the plant this year, the depreciation catch-up still has to be taken.', channel: 'email' },
    ],
    bad: [
      { text: 'We sell top brands at our online store, and we ship worldwide.', channel: 'email' },
      { text: 'A wide selection of watches for sale, all at our new store.', channel: 'email' },
    ],
  },
  findings: {
    shop: {
      find: SHOP,
      message: '"{phrase}" is shop copy; a reader who wants one thing does not need the catalogue.',
      advice: 'Name the one thing this reader needs and why it fits them, or send the catalogue only to people who asked for it.',
    },
  },
});

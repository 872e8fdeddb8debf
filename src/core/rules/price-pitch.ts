/**
 * price-pitch (P4): prices offered as deals, discounts and sales words ("from $49", "20% off",
 * "free shipping", "discount", "on sale"), and price lists. An amount stated as a fact ("a $10MM
 * hit") passes. A price is a fact, but a message that leads with prices and deals is a flyer;
 * the reader wants to know what the thing does for them first.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';

const AMOUNT = String.raw`\d(?:[\d,.]*\d)?`;
/** $49, £20k, €19,450, 100 dollars. */
const MONEY = String.raw`(?:[$£€₦]\s?${AMOUNT}(?:\s?(?:k|m|bn)\b)?|(?<![\w.,])${AMOUNT}\s?(?:usd|dollars|bucks|naira|pounds|quid|euros?)(?!\w))`;
/**
 * Words around an amount that make it an offer: "from $49", "only $9", "$20 off", "$5 a month",
 * "win £20k". A bare amount in a business reply ("a $10MM hit", "billed $0.11") is a fact the
 * reader can use (P4), not a pitch.
 */
const OFFER_BEFORE = String.raw`(?<=\b(?:only|just|now|from|starting at|starts at|as low as|save|saving|was|regularly|retail|valued at|worth|under|less than|pay|get|buy|order|win|won|earn|make|claim|receive|cash prize of|prize of|bonus of)\s+)`;
const OFFER_AFTER = String.raw`(?=\s*(?:off\b|discount|a (?:day|week|month|year)\b|per (?:day|week|month|year)\b|\/\s?(?:mo|month|yr|year|day)\b|each\b|only\b|value\b|or less\b|in cash\b|cash\b|bonus\b|free\b|!))`;
/** A price point ending in .99 or .95 is a shop's, not a ledger's. */
const PRICE_POINT = String.raw`[$£€]\s?\d[\d,]*\.9[5-9](?!\d)`;
export const PRICE = compilePhrases({
  name: 'price-pitch:price', withinSentence: true,
  regex: new RegExp(
    `${OFFER_BEFORE}${MONEY}|${MONEY}${OFFER_AFTER}|${PRICE_POINT}` +
      // A percentage is a pitch only as a discount ("20% off", "save 50%", "up to 80%"): "bookings
      // went up 22%" is a fact the reader can use (P4).
      String.raw`|(?<![\w.,])(?!100\s?%)\d+(?:\.\d+)?\s?%\s?(?:off|discount)(?!\w)` +
      String.raw`|(?<=\b(?:save|saving|up to|extra|get|enjoy)\s)(?!100\s?%)\d+(?:\.\d+)?\s?%`,
    'giu',
  ),
});
/**
 * A price list: four or more amounts, each within a short line of the last ("Office $90, Photoshop
 * $80, Acrobat $120…"). Each amount alone is a fact; the list is a catalogue. Found on the whole
 * draft, since a list puts an item on each line.
 */
const LISTED_AMOUNT = String.raw`[$£€]\s?\d(?:[\d,.]*\d)?`;
const PRICE_LIST = new RegExp(`${LISTED_AMOUNT}(?:[^$£€]{1,40}?${LISTED_AMOUNT}){3,}`, 'gu');
const priceLists = (text: string): { start: number; end: number; phrase: string }[] =>
  [...text.matchAll(PRICE_LIST)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] }));

/** Naira written with a capital N: "N500", "N5,000" (case-sensitive, so "n2" textese passes). */
const NAIRA = compilePhrases({ name: 'price-pitch:naira', withinSentence: true, regex: /(?<![\w@#])N\d{2,}(?:,\d{3})*(?![\w])/gu });

/** "free", but not "feel free", "are you free", "I'm free all day", "free time", "free to", "for free?", "hassle-free". */
const FREE = String.raw`(?<!\b(?:feel|feels|felt|be|am|is|was|were|are|'re|’re|'m|’m|im|not|set|break|keep|stay|probably|usually)\s)(?<![-‐])free(?!\s(?:time|to|of|up|for|at|on|in|all|tomorrow|today|tonight|now|this|next|after|before|later|until|any|anytime|whenever|when|if|or|and)\b)(?!\s?\?)`;
export const OFFER = compilePhrases({
  name: 'price-pitch:offer', withinSentence: true,
  regex: new RegExp(
    String.raw`(?<![\w@#])(?:` +
      [
        FREE,
        'for free(?!\\s?\\?)',
        'discount(?:s|ed)?',
        'coupons?',
        // Not "promotion": in a reply that is usually someone's new job.
        'promo(?:s|tional)?(?: codes?)?',
        'voucher(?:s)?',
        '(?:on|big|huge|flash|summer|winter|spring|autumn|fall|holiday|clearance|annual|mega|end of season|black friday) sale',
        'sale (?:ends|price|prices|items|starts)',
        // Not "a great deal of time": a quantity, not an offer.
        '(?:great|best|hot|special|daily|big|sweet|unbeatable|amazing|top) deals?(?!\\s+(?:of|more|less|better|worse)\\b)',
        'deals? of the (?:day|week|month|year)',
        'special offers?',
        'introductory offer',
        'bonus(?:es)?',
        'cheap(?:er|est)?',
        '(?:lowest|best|low|unbeatable|wholesale) prices?',
        'bargains?',
        'clearance',
        'half[- ](?:price|off)',
        'buy one,? get one',
        'bogo',
        'rebates?',
        'save (?:up to|big|more)',
        'savings',
      ].join('|') +
      String.raw`)(?![\w-])`,
    'giu',
  ),
});

export default defineRule({
  id: 'price-pitch',
  category: 'self-promotion',
  principle: 'P4',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Price pitch: {count:price or deal word|prices and deal words} that read as a flyer.',
  docs: {
    summary: 'Flags prices offered as deals, discounts and sales words (from $49, 20% off, $9.99, free shipping, discount, on sale, coupon) and price lists.',
    why: 'A message that leads with prices and deals reads as a flyer. The reader first wants to know what the thing does for them.',
    good: [
      'Feel free to forward this to anyone on your team who runs the Monday report.',
      'Are you free on Thursday at 3? I can walk you through the export.',
    ],
    bad: ['Get 20% off every plan, plus free shipping.', 'Our summer sale is on: jackets from $49.'],
  },
  options: {},
  messages: {
    price: '"{phrase}" leads with a price; say first what the reader gets for it.',
    offer: '"{phrase}" is flyer language; say what the reader gets, in their terms.',
    list: 'A price list reads as a catalogue; say what the one thing this reader needs does for them.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    const add = (messageId: 'price' | 'offer' | 'list', m: { start: number; end: number; phrase: string }) =>
      out.push({
        messageId,
        data: { phrase: m.phrase },
        start: m.start,
        end: m.end,
        suggestions: [{ kind: 'advice', label: ADVICE[messageId] }],
      });
    const lists = priceLists(draft.text);
    const listed = (m: { start: number }): boolean => lists.some((l) => m.start >= l.start && m.start < l.end);
    for (const m of lists) add('list', m);
    for (const m of findPhrases(draft, PRICE)) if (!listed(m)) add('price', m);
    for (const m of findPhrases(draft, NAIRA)) add('price', m);
    for (const m of findPhrases(draft, OFFER)) add('offer', m);
    return out.sort((a, b) => a.start - b.start);
  },
});

const ADVICE = {
  price: 'Lead with what the reader gets ("cuts your Monday report to 10 minutes"); give the price once, after it.',
  list: 'Send the price of the one thing the reader asked about, after what it does for them; send the list only to those who asked for it.',
  offer: 'Replace the deal word with the concrete benefit, or the plain terms once: "Shipping is included."',
} as const;

/**
 * testimonial (P2): praise aimed at an @handle ("thanks to @julie_fx, legit and trusted",
 * "@mentor_dan is the best") and money testimonials ("I made $4,000 in a week"). In comments
 * they are almost always paid or faked, and readers have learned it.
 * A reply that opens with the person's handle and thanks them ("@sam thanks, that helped") is
 * dialogue and passes, and so do recommendations asked for ("A few recommendations: @UO_MNCH").
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';

const HANDLE = String.raw`(?<![\w.@])@[\w.]*\w`;
const PRAISE = String.raw`(?:legit|genuine|trusted|trustworthy|reliable|honest|recommend(?:s|ed|ing)?|changed my life|is the best|is real|the real deal)`;
const MONEY = String.raw`(?:[$£€₦]\s?\d[\d,.]*k?|\d[\d,.]*\s?k\b|\d[\d,.]*\s?(?:dollars|usd|naira|pounds|euros|btc))`;
export const TESTIMONIAL = compilePhrases({
  name: 'testimonial',
  regex: new RegExp(
    // Praise, then the handle it is for: "all thanks to @julie", "I recommend @dan_fx".
    String.raw`\b(?:(?:all |big |special |huge )?thanks to|thank(?:s| you)(?: so much)? (?:to )?(?=[^\n]{0,80}\b(?:invest|profit|earn|trade|trading|mentor|recover|paid|payout)\w*)|grateful (?:to|for)|bless(?:ed)?|trusted|legit|genuine|changed my life|recommend(?:s|ed|ing)?|testif\w*|reliable)\b[^.\n@]{0,80}${HANDLE}` +
      // The handle, then praise: "@julie_fx is legit".
      String.raw`|${HANDLE}[^.\n@]{0,60}?\b${PRAISE}\b` +
      // Money made: "I made $4,000", "she earned 20k".
      String.raw`|\b(?:i|she|he|we)(?: have| just| already)? (?:made|earned|got|received|withdrew|cashed out|now earn|earn|make)\b[^.\n]{0,40}?${MONEY}`,
    'giu',
  ),
});
/** A reply opens with the handle of the person it answers. */
const OPENS_WITH_HANDLE = /^\s*@[\w.]+/;

export default defineRule({
  id: 'testimonial',
  category: 'self-promotion',
  principle: 'P2',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Testimonial: {count:line|lines} that read as paid praise.',
  docs: {
    summary: 'Flags praise aimed at an @handle ("thanks to @julie_fx, she is legit") and money testimonials ("I made $4,000 in a week").',
    why: 'In comments this reads as a paid or faked testimonial; readers have learned to scroll past it and distrust the page it is on.',
    good: [
      '@sam_lee thanks, that tip about the Monday report saved me an hour.',
      'I made the changes you suggested to the pricing page; can you take a look?',
    ],
    bad: ['All thanks to @julie_trades, I now earn every week.', 'I made $4,500 in my first month with her signals.'],
  },
  options: {},
  messages: {
    testimonial: '"{phrase}" reads as a paid testimonial; readers scroll past it.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    for (const m of findPhrases(draft, TESTIMONIAL)) {
      // "@sam thanks, that helped": a reply to the handle, not praise for it.
      if (OPENS_WITH_HANDLE.test(m.phrase) && !/\b(?:legit|genuine|trusted|trustworthy|recommend\w*|changed my life)\b/i.test(m.phrase)) {
        const lineStart = draft.lines.find((l) => l.start <= m.start && m.start < l.end)?.start ?? 0;
        if (!draft.text.slice(lineStart, m.start).trim()) continue;
      }
      out.push({
        messageId: 'testimonial',
        data: { phrase: m.phrase },
        start: m.start,
        end: m.end,
        suggestions: [
          {
            kind: 'advice',
            label: 'Say what actually happened, with a detail only a real user knows, and leave out the handle and the sums.',
          },
        ],
      });
    }
    return out;
  },
});

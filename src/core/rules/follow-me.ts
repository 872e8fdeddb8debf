/**
 * follow-me (P1, P10): comments that route readers to the writer's own channel ("check out my
 * page", "follow me", "DM me", "WhatsApp", "@trade_with_julie"). They use someone else's
 * conversation as an ad slot; a person answers what was said. A brand's own "follow us",
 * "link in bio" are brand-only-routing's.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { FOLLOW_ME } from '../lexicon/crowd.ts';

export const FOLLOW = compilePhrases({ name: 'follow-me', withinSentence: true, alternatives: FOLLOW_ME });

/** A handle named for money: @trade_with_julie, @earn_with_maria_65, @crypto_xyz. */
export const PROMO_HANDLE = compilePhrases({
  name: 'follow-me:handle', withinSentence: true,
  regex: /(?<![\w.@])@[\w.]*(?:trad(?:e|er|es|ing)|fx|forex|invest|crypto|coin|binary|profit|(?<!l)earn|wealth|money|cash|financ|capital|options|bitcoin|btc|mining|hack|recover|loan|_official)[\w.]*/giu,
});

export default defineRule({
  id: 'follow-me',
  category: 'self-promotion',
  principle: 'P10',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Follow-me push: {count:line|lines} routing readers to a channel instead of answering them.',
  docs: {
    summary: 'Flags routing readers elsewhere: check out my page, follow me, DM me, WhatsApp, and money-named handles like @trade_with_julie.',
    why: 'Pointing people to your own channel uses their conversation as an ad slot. Answer what they said, and let them come to you.',
    good: [
      '@sam_lee good point about the onboarding call; we moved ours to day two and it helped.',
      'I follow your point about pricing: can you share the numbers you used?',
    ],
    bad: ['Love this! Check out my page for more tips.', 'Message @earn_with_maria_65 on WhatsApp, she helped me a lot.'],
  },
  options: {},
  messages: {
    follow: '"{phrase}" routes the reader to your channel instead of answering them.',
    handle: '"{phrase}" is a handle named for money: the comment reads as an ad for it.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    const handles = findPhrases(draft, PROMO_HANDLE);
    for (const m of findPhrases(draft, FOLLOW)) {
      // "Message @earn_with_maria": the handle says more, so it alone is flagged.
      if (handles.some((h) => h.start < m.end && m.start < h.end)) continue;
      out.push({
        messageId: 'follow',
        data: { phrase: m.phrase },
        start: m.start,
        end: m.end,
        suggestions: [{ kind: 'advice', label: 'Answer the post or the person in a sentence of your own; people who like it will find you.' }],
      });
    }
    for (const m of handles) {
      out.push({
        messageId: 'handle',
        data: { phrase: m.phrase },
        start: m.start,
        end: m.end,
        suggestions: [{ kind: 'advice', label: 'Drop the pointer to the account; reply to what the post says.' }],
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});

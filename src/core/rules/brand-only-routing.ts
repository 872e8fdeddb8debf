/**
 * brand-only-routing (P10): every path leads back to the brand ("visit our website", "contact
 * our team", "follow us") and nothing invites readers to share, compare or help each other.
 * The product as a "social object": people talk about it with each other, not only with you.
 * A gentle hint: the check is for the whole draft, so one invitation anywhere clears it.
 */
import { defineRule } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { BRAND_ROUTING, COMMUNITY_INVITES } from '../lexicon/asks.ts';
import type { Channel } from '../types.ts';

const ROUTING = compilePhrases(BRAND_ROUTING);
/** Anything that invites readers to talk, to you in public or to each other. */
const COMMUNITY = compilePhrases(COMMUNITY_INVITES);
/** Public feeds: a question there is answered in comments that every reader sees. */
const FEEDS: readonly Channel[] = ['linkedin-post', 'x', 'facebook'];

export default defineRule({
  id: 'brand-only-routing',
  category: 'dialogue',
  principle: 'P10',
  severity: 'hint',
  weight: 2,
  docs: {
    summary: 'Hints when every call routes back to you ("visit our website", "follow us") and nothing invites readers to share or compare.',
    why: 'Customers trust each other more than any brand; a post that lets them swap tips or stories spreads further than one that only points home.',
    good: [{ text: 'Our onboarding guide is on our blog. What would you add to it? Share your best first-week tip in the comments.', channel: 'linkedin-post' }],
    bad: [{ text: 'Our onboarding guide is out now. Visit our website to read it and follow us for more.', channel: 'linkedin-post' }],
  },
  options: {},
  messages: {
    routing: '"{phrase}" routes readers back to you; nothing invites them to share or compare notes with each other.',
  },
  check({ draft, channel, recipients }) {
    // In one-to-one messages there is no "each other" to invite.
    if (channel === 'linkedin-message' || recipients === 1) return [];
    const routes = findPhrases(draft, ROUTING);
    if (routes.length === 0 || findPhrases(draft, COMMUNITY).length > 0) return [];
    if (FEEDS.includes(channel) && draft.sentences.some((s) => s.isQuestion)) return [];
    const advice =
      channel === 'email'
        ? 'Invite a reply others can use: "Reply with your best tip; we\'ll share the top five next week."'
        : 'Invite readers to add theirs: "What would you add? Share your best tip in the comments."';
    return routes.map((m) => ({
      messageId: 'routing',
      data: { phrase: draft.text.slice(m.start, m.end) },
      start: m.start,
      end: m.end,
      suggestions: [{ kind: 'advice', label: advice }],
    }));
  },
});

/**
 * cadence (P5): sending too often. "Five or ten really well-timed communications have far
 * more power than 300 canned marketing speeches"; the top reason people unsubscribe is too
 * many messages (26 % overall, 19 % from one company: MarketingSherpa, n = 2,400; Fluent: 34.8 %
 * "too often"; shared/research/anchors.md §b). The counts come from the local send log
 * (ctx.send, filled by the noise memory); without them the rule stays silent.
 *
 * Defaults (core/history/limits.ts, editable in the options page's "Noise memory"):
 * - LinkedIn posts 2 a day, Facebook posts 2 a day: a second post the same day competes with
 *   the first for the same followers' feed, and a third is what followers mute.
 * - X 5 a day: X is a conversation medium with a fast timeline, so more fits, but a stream
 *   of announcements is still a broadcast.
 * - Emails 20 a day, LinkedIn messages 25 a day: beyond that a person is not writing each one
 *   for its reader; it is a campaign (the draft may be a reply: raise the limit if you live
 *   in your inbox).
 * - Emails to one recipient domain 1 a day: two people at the same company getting your
 *   email the same day compare notes, and it reads as a blast. Free-mail domains (gmail.com …)
 *   are not counted as one organisation.
 * No study in anchors.md gives a per-day optimum; these are editorial defaults, all editable.
 */
import { DEFAULT_DAILY_LIMITS } from '../history/limits.ts';
import { ordinal, SEND_NOUN } from '../history/wording.ts';
import { defineRule, type RuleFinding } from '../rule.ts';

export default defineRule({
  id: 'cadence',
  category: 'noise',
  needs: { history: true },
  principle: 'P5',
  severity: 'warning',
  weight: 5,
  // The finding's own message is the popup's reason: "Your 3rd LinkedIn post today (…)."
  noiseReason: '{message}',
  docs: {
    summary: 'Warns when this send would pass your daily limit for the channel, or for one email recipient domain.',
    why: 'Frequency is the top reason people unsubscribe: fewer, better-timed messages get read.',
    good: [{ text: 'What is the one report you would drop if you could? Mine is the weekly status deck.', channel: 'linkedin-post', context: { sentToday: 1 } }],
    bad: [{ text: 'Another update from our team: the spring release is live, with a new scheduler.', channel: 'linkedin-post', context: { sentToday: 2 } }],
  },
  options: {},
  messages: {
    channel: 'Your {nth} {noun} today: more than the {limit} a day you aim for.',
    domain: 'Your {nth} email to {domain} today: more than the {limit} a day you aim for per company.',
  },
  check({ channel, send }) {
    const out: RuleFinding[] = [];
    const limit = send.dailyLimit ?? DEFAULT_DAILY_LIMITS[channel];
    const sent = send.sentToday ?? 0;
    if (limit > 0 && sent >= limit) {
      out.push({
        messageId: 'channel',
        data: { nth: ordinal(sent + 1), noun: SEND_NOUN[channel], limit },
        // No span: the whole send is the problem, not a word in it.
        start: 0,
        end: 0,
        // Each send past the limit costs more, up to double.
        scale: Math.min(2, 1 + (sent - limit) / limit),
        suggestions: [
          { kind: 'advice', label: 'Save it for tomorrow, or fold it into the post you already sent.' },
          { kind: 'advice', label: 'If it can wait, schedule it: one well-timed message beats three in a row.' },
        ],
      });
    }
    const domain = channel === 'email' ? send.busiestDomain : null;
    if (domain && domain.limit > 0 && domain.sentToday >= domain.limit) {
      out.push({
        messageId: 'domain',
        data: { nth: ordinal(domain.sentToday + 1), domain: domain.domain, limit: domain.limit },
        start: 0,
        end: 0,
        suggestions: [
          { kind: 'advice', label: `Write to one person at ${domain.domain} and ask them to pass it on, or wait a day.` },
        ],
      });
    }
    return out;
  },
});

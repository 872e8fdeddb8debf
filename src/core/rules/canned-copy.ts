/**
 * canned-copy (P5, P9): the draft is (nearly) a message already sent in the last 30 days.
 * "Five or ten really well-timed communications have far more power than 300 canned marketing
 * speeches": the same text sent again, or sent to the next name on a list, is the canned
 * speech. The noise memory compares fingerprints (core/history/fingerprint.ts) that ignore
 * names, numbers, links, merge fields and sentence order, so a personalised template still
 * counts as the same message.
 *
 * Default threshold 80 % (editable in "Noise memory"): reordered sentences, a changed name and
 * an added sign-off stay above it (tests/unit/fingerprint.test.ts); a genuinely rewritten
 * message on the same topic falls well below. Short drafts (under 12 words) are skipped:
 * "Thanks, see you on Monday" is allowed to repeat.
 */
import { DEFAULT_DUPLICATE_THRESHOLD } from '../history/limits.ts';
import { sentPhrase, shortDate } from '../history/wording.ts';
import { int } from '../options.ts';
import { defineRule } from '../rule.ts';

/** From this similarity on, say "the same" rather than a percentage. */
const IDENTICAL = 0.99;

export default defineRule({
  id: 'canned-copy',
  category: 'noise',
  needs: { history: true },
  principle: 'P5',
  severity: 'warning',
  weight: 12,
  // The finding's own message is the popup's reason: "This is 90% the same as … on 12 Nov."
  noiseReason: '{message}',
  docs: {
    summary: 'Warns when the draft is nearly the same as something you sent in the last 30 days, names and numbers aside.',
    why: 'Canned copy is noise: readers recognise a template, and the same post twice teaches followers to scroll past.',
    good: [{ text: 'Last week I asked what you would cut from your reporting; forty of you answered, and here is what came up most.', channel: 'linkedin-post', context: { nearestDuplicate: { similarity: 0.3, sentAt: Date.UTC(2025, 10, 12, 12), channel: 'linkedin-post' } } }],
    bad: [{ text: 'Our spring release is live: a new scheduler, side-by-side channels and cleaner exports for your reports.', channel: 'linkedin-post', context: { nearestDuplicate: { similarity: 0.9, sentAt: Date.UTC(2025, 10, 12, 12), channel: 'linkedin-post' } } }],
  },
  options: {
    minWords: int({ default: 12, min: 1, max: 200, label: 'Skip drafts shorter than (words)' }),
  },
  messages: {
    near: 'This is {percent}% the same as {sent} on {date}.',
    same: 'This is the same as {sent} on {date}.',
  },
  check({ draft, options, send }) {
    const match = send.nearestDuplicate;
    const threshold = send.duplicateThreshold ?? DEFAULT_DUPLICATE_THRESHOLD;
    if (!match || match.similarity < threshold || draft.words.length < options.minWords) return [];
    const data = { percent: Math.floor(match.similarity * 100), sent: sentPhrase(match.channel), date: shortDate(match.sentAt) };
    return [
      {
        messageId: match.similarity >= IDENTICAL ? 'same' : 'near',
        data,
        // No span: the whole message is the repeat.
        start: 0,
        end: 0,
        suggestions: [
          { kind: 'advice', label: 'Write it for this reader: open with something only they would recognise.' },
          { kind: 'advice', label: `If it is worth saying again, say what is new since ${data.date}, or let the first one work.` },
        ],
      },
    ];
  },
});

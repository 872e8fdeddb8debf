/**
 * hashtag-stuffing (P5): more hashtags than the channel rewards. On X 1–2 help and 3+ hurt;
 * LinkedIn suggests no more than 5; in an email or direct message they do nothing.
 * The limit is the channel target `maxHashtags` (editable per channel).
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { CHANNEL_LABELS } from '../channels.ts';
import { topicTags } from '../nlp/topic-tags.ts';

export default defineRule({
  id: 'hashtag-stuffing',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Hashtag stuffing: {count:hashtag|hashtags} over the channel limit.',
  docs: {
    summary: "Flags hashtags beyond the channel's limit: 2 on X, 5 on LinkedIn, none in emails.",
    why: 'A wall of hashtags reads as a bid for reach, not a message to a person; past 2 on X, engagement drops.',
    good: [{ text: 'How do you plan a launch with a team of two? Here is our checklist. #marketing', channel: 'x' }],
    bad: [{ text: 'Spring sale is live! #sale #growth #marketing #b2b', channel: 'x' }],
  },
  options: {},
  messages: {
    tooMany: '{count} hashtags: for this {channel}, {max} or fewer work best.',
    none: 'Hashtags do nothing in this {channel}; readers see them as marketing.',
  },
  check({ draft, channel, targets }) {
    const max = targets.maxHashtags;
    const tags = topicTags(draft);
    const label = channel === 'generic' ? 'post' : channel === 'email' ? 'email' : CHANNEL_LABELS[channel];
    return tags.slice(max).map((tag): RuleFinding => ({
      messageId: max === 0 ? 'none' : 'tooMany',
      data: { count: tags.length, max, channel: label },
      start: tag.start,
      end: tag.end,
      suggestions: [
        { kind: 'replace', label: `Delete ${tag.text}`, replacement: '' },
        {
          kind: 'advice',
          label:
            max === 0
              ? `Drop the hashtags from this ${label}; name the topic in a sentence if it matters.`
              : `Keep the ${max === 1 ? 'one hashtag' : `${max} hashtags`} your readers actually follow.`,
        },
      ],
    }));
  },
});

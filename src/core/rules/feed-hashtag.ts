/**
 * feed-hashtag (P1): a hashtag within the channel's limit. A tag files the message under a topic
 * for strangers who follow it: it is written to a feed, not to the person in front of you. The
 * brand data shows it: a quarter of brands' own posts carry one, almost none of their replies.
 * Tags past the channel's limit are hashtag-stuffing's; this rule reads the ones it lets through.
 * In a public post that answers one person ("Way to go, Ducks! #GoDucks") a tag is part of the
 * cheer and carries a third of the evidence, as a link there does; in a comment or a message a
 * tag stays the crowd's (scam comments thank their "mentor" with tags).
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { groupOf } from '../model.ts';
import { topicTags } from '../nlp/topic-tags.ts';
import { feedSignShare } from '../strengths/index.ts';

export default defineRule({
  id: 'feed-hashtag',
  category: 'dialogue',
  principle: 'P1',
  severity: 'hint',
  weight: 1,
  docs: {
    summary: 'Notes hashtags the channel allows: a tag writes to the feed that follows it, not to a person.',
    why: 'A hashtag asks strangers who follow a topic to look; in a reply to someone it says the message is really for the crowd. Keep it for posts meant for that crowd.',
    good: [{ text: 'So sorry about the wait, Sam. Could you DM us your order number so we can look into it?', channel: 'x' }],
    bad: [{ text: 'Our spring menu is here. Come taste it this weekend! #SpringMenu', channel: 'x' }],
  },
  options: {},
  messages: {
    tag: '{tag} files this under a topic for its feed: it is written to the crowd that follows the tag.',
  },
  check({ draft, targets, strengths, channel }) {
    const scale = groupOf(channel) === 'post' ? feedSignShare(strengths) : 1;
    // The first maxHashtags tags; hashtag-stuffing flags the rest (none at all in an email).
    return topicTags(draft)
      .slice(0, targets.maxHashtags)
      .map((tag): RuleFinding => ({
        messageId: 'tag',
        data: { tag: tag.text },
        start: tag.start,
        end: tag.end,
        ...(scale === 1 ? {} : { scale }),
        suggestions: [
          { kind: 'replace', label: `Delete ${tag.text}`, replacement: '' },
          { kind: 'advice', label: 'In a reply to a person, leave the tag out; in a post, keep only a tag your readers follow.' },
        ],
      }));
  },
});

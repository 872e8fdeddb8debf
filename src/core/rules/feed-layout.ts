/**
 * feed-layout (P1): an X post laid out in several lines or paragraphs. On X a turn in a
 * conversation is one breath; line breaks, a list or a "thread" layout set a post out for a
 * feed. The brand data shows it: a fifth to a quarter of brands' own posts on X are laid out in
 * lines, and almost none of their replies to people. X only: there the data speaks, and a longer
 * channel (an email, a LinkedIn post) uses paragraphs in any message.
 */
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'feed-layout',
  category: 'dialogue',
  principle: 'P1',
  severity: 'hint',
  weight: 1,
  channels: ['x'],
  docs: {
    summary: 'Notes an X post laid out in lines or paragraphs: a layout for a feed, not a turn in a conversation.',
    why: 'A reply on X reads as one breath; a post set out line by line is staged for a crowd. If you answer a person, say it in one paragraph.',
    good: [{ text: 'So sorry about the wait, Sam. Could you DM us your order number so we can look into it?', channel: 'x' }],
    bad: [{ text: 'Our end-of-summer list:\n\nGrab a shake\nTry the new melt\nRepeat', channel: 'x' }],
  },
  options: {},
  messages: {
    layout: 'Set out in {count} lines, this reads as a post staged for a feed, not a reply to a person.',
  },
  check({ draft }) {
    const lines = draft.lines.filter((line) => line.end > line.start);
    if (lines.length < 2) return [];
    // Marked at the second line: the break is what lays the post out.
    const second = lines[1]!;
    return [
      {
        messageId: 'layout',
        data: { count: lines.length },
        start: second.start,
        end: second.end,
        suggestions: [{ kind: 'advice', label: 'If this answers someone, join the lines into one short paragraph.' }],
      },
    ];
  },
});

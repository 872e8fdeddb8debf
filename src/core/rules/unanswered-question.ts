/**
 * unanswered-question (P3): the message this draft answers asks something, and the draft does
 * not take it up. The finding points into their message (field 'replyTo': offsets index
 * replyTo.text) and quotes their question as text. What counts as taking it up (shared words,
 * a yes/no to a yes/no question, a promise to find out) is fitted on real replies (reply/).
 */
import { defineRule } from '../rule.ts';

/** Their question as quoted in the message: one line, not the whole of a long paragraph. */
const QUOTE_CHARS = 140;
const quoteOf = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : flat;
};

export default defineRule({
  id: 'unanswered-question',
  category: 'dialogue',
  principle: 'P3',
  severity: 'warning',
  weight: 3,
  docs: {
    summary: 'Flags a question or request in the message you reply to that your reply does not answer.',
    why: 'Listening comes first: a reply that skips what they asked tells them they were not heard, however good the rest is.',
    good: [
      {
        text: 'Hi Dana, yes: the second tier includes phone support, and the price stays the same for annual plans.',
        replyTo: { text: 'Does the second tier include phone support? Thanks, Dana' },
      },
      { text: 'Thanks Sam, Thursday at 10 works for me.', replyTo: { text: 'Could we move the review to Thursday at 10?' } },
    ],
    bad: [
      {
        text: 'Hi there, our spring release is out now with a brand new dashboard. Take a look when you can.',
        replyTo: { text: 'Does the second tier include phone support? Thanks, Dana' },
      },
    ],
  },
  options: {},
  messages: {
    open: 'They asked: "{question}" Your reply does not answer it yet.',
  },
  check({ exchange }) {
    if (!exchange) return [];
    return exchange.unanswered.map((q) => {
      const question = quoteOf(q.text);
      return {
        messageId: 'open',
        data: { question },
        start: q.start,
        end: q.end,
        field: 'replyTo' as const,
        suggestions: [
          { kind: 'advice' as const, label: `Answer their question first: "${question}"` },
          { kind: 'advice' as const, label: 'If you cannot answer yet, say when you will.' },
        ],
      };
    });
  },
});

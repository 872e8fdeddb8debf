/**
 * pitch-instead-of-answer (P3, P1): the draft answers someone (AnalyzeInput.replyTo) but does not
 * take up their topic, and asks them to buy, sign up, book or click instead. Their message
 * became an opening for a pitch. "Takes up their topic" is the fitted answers-them measure of
 * the exchange (reply/exchange.ts).
 */
import { type AskKind, findAsks } from '../signals/asks.ts';
import { defineRule } from '../rule.ts';

/** Asks that sell: what a reply that answers them rarely needs. */
const PITCH_ASKS: ReadonlySet<AskKind> = new Set(['call', 'demo', 'buy', 'signup', 'visit', 'download', 'follow']);

export default defineRule({
  id: 'pitch-instead-of-answer',
  category: 'dialogue',
  principle: 'P3',
  severity: 'warning',
  weight: 3,
  docs: {
    summary: 'Flags a reply that leaves the topic of the message it answers for a pitch of its own.',
    why: 'They wrote about their problem; a reply that turns it into a sales opening shows you were waiting to talk, not listening.',
    good: [
      {
        text: 'Hi Dana, the export failed because the file was over 50 MB. Split it in two and it goes through; check out the help page on exports if it happens again.',
        replyTo: { text: 'My export keeps failing with a 50 MB file. What am I doing wrong? Dana' },
      },
    ],
    bad: [
      {
        text: 'Thanks for reaching out! Our Pro plan is 20% off this week. Book a demo today and see what it can do for your team.',
        replyTo: { text: 'My export keeps failing with a 50 MB file. What am I doing wrong? Dana' },
      },
    ],
  },
  options: {},
  messages: {
    pitch: 'This reply pitches instead of answering: it does not take up what they wrote about.',
  },
  check({ draft, exchange }) {
    if (!exchange || exchange.answered) return [];
    const ask = findAsks(draft).find((a) => PITCH_ASKS.has(a.kind));
    if (!ask) return [];
    return [
      {
        messageId: 'pitch',
        start: ask.start,
        end: ask.end,
        suggestions: [
          { kind: 'advice', label: 'Answer what they wrote about first, in their words.' },
          { kind: 'advice', label: 'Keep the offer for later, or drop it: they did not ask for it.' },
        ],
      },
    ];
  },
});

/**
 * one-to-many (P1, P9): nothing in the draft is written to one person: no name, no reply to
 * what they said, no thanks, no question for them, no plan with them. Every draft starts with
 * this baseline; each strength found (strengths/) pays part of it off, so a real reply never
 * sees it. Its cost is fitted on real broadcast and real replies (model.ts), and a short draft
 * carries less of it: there was less room for a sign of dialogue. On public posts (X, LinkedIn,
 * Facebook) it is fitted on brands' own posts against their replies to people: a post that
 * only announces reads as broadcast there too, one that answers or asks someone does not. A
 * reply (AnalyzeInput.replyTo) is written to the person it answers, so the baseline of a mass
 * message does not apply to it: whether it answers them is what unanswered-question and
 * pitch-instead-of-answer judge.
 */
import { baselineShare, groupOf, strengthCredit } from '../model.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'one-to-many',
  category: 'dialogue',
  principle: 'P1',
  severity: 'hint',
  weight: 3,
  docs: {
    summary: 'Flags a draft with no sign of being written to one person: no name, no reply to them, no thanks, question or plan.',
    why: 'Readers tune out what was written for everyone. One line that could only go to this reader turns a broadcast into a conversation.',
    good: ['Hi Dana, thanks for the notes on the pricing page. I think you are right about the second tier; can we go through it on Tuesday?'],
    bad: ['Introducing the new spring range: fresh colours, new fabrics and our lightest jacket yet.', 'Stay focused and keep going. Every day is a new chance to grow.'],
  },
  options: {},
  messages: {
    none: 'Nothing here is written to one person yet: no name, no reply to what they said, no thanks, question or plan.',
    thin: 'Little here is written to one person; name them, pick up what they said, or ask them something.',
    post: 'This post talks at its readers: nothing in it answers, asks or thanks anyone yet.',
  },
  check({ draft, strengths, channel, exchange }) {
    if (exchange) return [];
    const group = groupOf(channel);
    const credit = strengthCredit(strengths, group);
    if (credit >= 1) return [];
    // Flag the opening, where a name or a reply to the reader would go.
    const opening = draft.sentences[0];
    if (!opening) return [];
    return [
      {
        messageId: group === 'post' ? 'post' : credit > 0 ? 'thin' : 'none',
        start: opening.start,
        end: opening.end,
        scale: (1 - credit) * baselineShare(draft.words.length, group),
        suggestions: [
          { kind: 'advice', label: 'Open with their name and what they said or asked, in their words.' },
          { kind: 'advice', label: 'Add one line only this reader could get: a thanks, a question about them, or a time to talk.' },
        ],
      },
    ];
  },
});

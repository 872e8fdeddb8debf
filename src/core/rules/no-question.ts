/**
 * no-question (P3): the draft never asks the reader anything and never invites a reply. A
 * message that only talks cannot start a conversation.
 */
import { defineRule } from '../rule.ts';
import { int } from '../options.ts';
import { closingSentence } from '../nlp/clauses.ts';
import { findAsks } from '../signals/asks.ts';
import { baitSentences } from '../signals/bait.ts';

const ENDS_SENTENCE = /[.!?…:"'”’)]$/;

export default defineRule({
  id: 'no-question',
  category: 'dialogue',
  principle: 'P3',
  severity: 'hint',
  coaching: true,
  weight: 8,
  docs: {
    summary: 'Flags drafts with no real question to the reader and no invitation to reply.',
    why: 'Listening starts with asking. One real question about the reader\'s situation turns a broadcast into a conversation.',
    good: [
      'We moved the export button to the top of Reports. What would make your Monday report faster?',
      'Here is the checklist we use for onboarding. Let me know which step you would cut.',
    ],
    bad: ['Our new export button sits at the top of Reports. It saves a few clicks every Monday.'],
  },
  options: {
    minWords: int({ default: 8, min: 0, max: 500, label: 'Check only drafts of at least this many words' }),
  },
  messages: {
    noQuestion: 'Nothing here asks the reader anything. Ask one real question or invite a reply.',
  },
  check({ draft, options, channel }) {
    if (draft.words.length < options.minWords) return [];
    // Real questions and invitations ("Let me know", "Feel free to reply") are asks of kind reply.
    // ("Comment ME below for a chance to win" is prize bait, not an invitation to talk.)
    const bait = baitSentences(draft);
    if (findAsks(draft).some((a) => a.kind === 'reply' && !bait.has(a.sentence))) return [];
    const closing = closingSentence(draft);
    if (!closing) return [];
    return [
      {
        messageId: 'noQuestion',
        start: closing.start,
        end: closing.end,
        suggestions: [
          { kind: 'replace', label: 'Add "What do you think?"', replacement: `${closing.text}${ENDS_SENTENCE.test(closing.text) ? '' : '.'} What do you think?` },
          { kind: 'advice', label: 'Better still, ask about their situation: "How do you handle this today?" or "What would you change?"' },
        ],
        // A post on X often stands alone; asking is still better, so it is a hint there.
        scale: channel === 'x' ? 0.5 : 1,
      },
    ];
  },
});

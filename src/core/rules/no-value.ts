/**
 * no-value (P4): nothing in the draft the reader can use: no number, step, example, how-to,
 * finding or story. The sender's own metrics ("Revenue up 140%") and prize bait are boasts and
 * bait, not facts for the reader (signals/value.ts). Hype alone gives the reader no reason to read the next message either.
 */
import { defineRule } from '../rule.ts';
import { int } from '../options.ts';
import { isRealQuestion } from '../signals/questions.ts';
import { hasValue } from '../signals/value.ts';

export default defineRule({
  id: 'no-value',
  category: 'value',
  principle: 'P4',
  severity: 'hint',
  coaching: true,
  weight: 10,
  docs: {
    summary: 'Flags drafts with nothing the reader can use: no number, step, example, how-to or story.',
    why: 'Every message should leave the reader with useful, actionable information or joy; otherwise it is noise.',
    good: [
      'Three steps cut our clients\' Monday reporting from 3 hours to 40 minutes: schedule the export, share one link, skip the meeting.',
      'Last week a customer told us she now plans the whole month on Friday afternoon.',
    ],
    bad: ['Our platform transforms the way modern teams work. Experience the future of collaboration today with a smarter workspace.'],
  },
  options: {
    minWords: int({ default: 8, min: 0, max: 500, label: 'Check only drafts of at least this many words' }),
    shortWords: int({ default: 40, min: 0, max: 1000, label: 'Below this many words, only a hint' }),
  },
  messages: {
    noValue: 'Nothing here the reader can use: no fact about their work, step, example, how-to or story.',
  },
  check({ draft, options }) {
    const words = draft.words.length;
    const short = words < options.shortWords;
    if (words < options.minWords || hasValue(draft)) return [];
    // A short post that asks the reader a real question is a listening post: the replies are the value.
    if (short && draft.sentences.some((s) => isRealQuestion(draft, s))) return [];
    const first = draft.sentences[0];
    if (!first) return [];
    return [
      {
        messageId: 'noValue',
        start: first.start,
        end: first.end,
        suggestions: [
          {
            kind: 'advice',
            label: 'Add one thing the reader can use today: a number ("from 3 hours to 40 minutes"), a step ("open Reports, press Export") or a one-line customer story.',
          },
        ],
        // A one-liner has little room for value: a gentle nudge, not half the dimension.
        scale: short ? 0.5 : 1,
      },
    ];
  },
});

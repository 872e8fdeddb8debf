/**
 * custom-phrases (P11): the user's own "always flag" list (settings.words.flag): house-style
 * bans, a competitor's slogan, a phrase the boss hates. Flagged in the body and the subject.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import type { Draft } from '../nlp/draft.ts';
import { isDroppableModifier, wholeSentence } from '../nlp/edits.ts';
import { cachedPhrases, findPhrases } from '../nlp/phrases.ts';

export default defineRule({
  id: 'custom-phrases',
  category: 'noise',
  principle: 'P11',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Your own list: {count:phrase|phrases} you asked Parley to flag.',
  docs: {
    summary: 'Flags every phrase on your own "always flag" list (Options → Words), in the body and the subject.',
    why: 'You know your readers and your house style best; phrases you have banned should never slip through.',
    good: [{ text: 'Thanks for the notes on the draft; I have moved the pricing section up.', words: { flag: ['synergy'] } }],
    bad: [{ text: 'This partnership creates real synergy for both teams.', words: { flag: ['synergy'] } }],
  },
  options: {},
  messages: {
    listed: '"{phrase}" is on your list of phrases to avoid.',
  },
  check({ draft, subject, words }) {
    if (words.flag.length === 0) return [];
    const matcher = cachedPhrases(words.flag);
    const out = findingsIn(draft, findPhrases(draft, matcher), 'body');
    if (subject) out.push(...findingsIn(subject, findPhrases(subject, matcher), 'subject'));
    return out;
  },
});

function findingsIn(draft: Draft, matches: ReturnType<typeof findPhrases>, field: 'body' | 'subject'): RuleFinding[] {
  return matches.map((m) => {
    const phrase = draft.text.slice(m.start, m.end);
    // Deleting is safe when the phrase is a whole sentence or a modifier ("our [synergistic] plan").
    const sentence = wholeSentence(draft, m.start, m.end);
    const droppable = sentence !== null || isDroppableModifier(draft, m.firstToken, m.lastToken);
    const span = sentence ?? m;
    return {
      messageId: 'listed',
      data: { phrase },
      start: span.start,
      end: span.end,
      ...(field === 'subject' ? { field } : {}),
      suggestions: [
        ...(droppable ? [{ kind: 'replace' as const, label: `Delete "${phrase}"`, replacement: '' }] : []),
        { kind: 'advice', label: `Rewrite without "${phrase}", or remove it from your list under Options → Words.` },
      ],
    };
  });
}

/**
 * reading-grade (P6): the draft reads above the channel's target grade (Boomerang: 3rd-grade
 * emails get 36% more replies than college-level ones). Underlines the hardest sentences.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { int } from '../options.ts';
import { matchCase } from '../nlp/clauses.ts';
import type { Draft, Sentence } from '../nlp/draft.ts';
import { PLAIN_WORDS } from '../lexicon/plain-english.ts';
import { perSentence } from '../nlp/per-sentence.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { readingGrade, syllables } from '../nlp/readability.ts';
import type { Suggestion } from '../types.ts';

const PLAIN = compilePhrases(PLAIN_WORDS.keys());
const LETTERS = /\p{L}/u;
/** Sentences shorter than this say little about the grade on their own. */
const MIN_SENTENCE_WORDS = 6;

export default defineRule({
  id: 'reading-grade',
  category: 'clarity',
  principle: 'P6',
  severity: 'hint',
  coaching: true,
  weight: 4,
  docs: {
    summary: "Flags drafts that read above the channel's target grade and underlines the hardest sentences.",
    why: 'Easy reading gets more replies: short words and short sentences let the reader think about your point, not your prose.',
    good: ['Your report is ready. Open it, check the three numbers at the top, and tell me if anything looks off.'],
    bad: [
      'Additionally, our implementation methodology facilitates the transformation of your organization through individualized consultation regarding the functionality of your operations.',
    ],
  },
  options: {
    minWords: int({ default: 12, min: 0, max: 1000, label: 'Check only drafts of at least this many words' }),
    maxSentences: int({ default: 2, min: 1, max: 10, label: 'Most sentences to underline' }),
  },
  messages: {
    grade: 'Reads at grade {grade} (target {max} or lower). This is one of the hardest sentences.',
  },
  check({ draft, options, targets }) {
    if (draft.words.length < options.minWords) return [];
    const grade = readingGrade(draft);
    if (grade <= targets.maxGrade) return [];
    // Hardest words first: long sentences are long-sentence's to flag, so rank by word length.
    const hardest = draft.sentences
      .map((s) => ({ s, ...difficulty(draft, s.index) }))
      .filter((x) => x.grade > targets.maxGrade)
      .sort((a, b) => b.perWord - a.perWord || b.grade - a.grade)
      .slice(0, options.maxSentences);
    if (hardest.length === 0) return [];
    // The whole excess costs weight × (excess / 2), from 0.5 to 2, shared by the sentences.
    const total = Math.min(2, Math.max(0.5, (grade - targets.maxGrade) / 2));
    return hardest.map(({ s }): RuleFinding => ({
      messageId: 'grade',
      data: { grade, max: targets.maxGrade },
      start: s.start,
      end: s.end,
      suggestions: suggestionsFor(draft, s),
      scale: total / hardest.length,
    }));
  },
});

/**
 * Flesch–Kincaid grade and syllables per word of one sentence; 0 when too short to judge. Kept
 * per sentence: a draft over its target grade asks for every sentence on every keystroke.
 */
const difficulty = perSentence((s: Sentence): { grade: number; perWord: number } => {
  const words = s.tokens.filter((t) => LETTERS.test(t.text));
  if (words.length < MIN_SENTENCE_WORDS) return { grade: 0, perWord: 0 };
  const perWord = words.reduce((sum, w) => sum + syllables(w.text), 0) / words.length;
  return { grade: 0.39 * words.length + 11.8 * perWord - 15.59, perWord };
});

function suggestionsFor(draft: Draft, s: Sentence): Suggestion[] {
  const longWords = [...new Set(s.tokens.filter((t) => LETTERS.test(t.text) && syllables(t.text) >= 4).map((t) => t.text))].slice(0, 3);
  const advice: Suggestion = {
    kind: 'advice',
    label: longWords.length
      ? `Use shorter words for ${longWords.map((w) => `"${w}"`).join(', ')}, and split the sentence if it carries two ideas.`
      : 'Split the sentence: one idea each, with the subject and verb close together.',
  };
  let plain = '';
  let from = s.start;
  for (const m of findPhrases(draft, PLAIN)) {
    if (m.start < s.start || m.end > s.end) continue;
    plain += draft.text.slice(from, m.start) + matchCase(draft.text.slice(m.start, m.end), PLAIN_WORDS.get(m.phrase)!);
    from = m.end;
  }
  if (from === s.start) return [advice];
  return [{ kind: 'replace', label: 'Use the short words', replacement: plain + draft.text.slice(from, s.end) }, advice];
}

/**
 * self-praise (P2): superlatives and brag words about oneself. "Award-winning" tells the reader
 * nothing they can check; a concrete fact does the work better, or no claim at all.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { words } from '../options.ts';

/** Brag words and phrases, lower-case. Multi-word entries match across tokens. */
export const BRAG_PHRASES = [
  'award-winning', 'award winning', 'industry-leading', 'industry leading', 'best-in-class', 'best in class',
  'world-class', 'world class', 'revolutionary', 'cutting-edge', 'cutting edge', 'state-of-the-art',
  'game-changing', 'game changer', 'game-changer', 'groundbreaking', 'ground-breaking', 'market-leading',
  'leading provider', 'unparalleled', 'unrivaled', 'unrivalled', 'second to none', 'best-of-breed',
  'next-generation', 'next-gen', 'premier', 'top-notch', 'unmatched', 'number one', '#1', 'no. 1',
  'proud to', 'thrilled to announce', 'excited to announce', 'pleased to announce', 'delighted to announce',
  'the best', 'the leading', 'innovative', 'disruptive', 'the only', 'visionary', 'trusted by thousands',
];

export default defineRule({
  id: 'self-praise',
  category: 'self-promotion',
  principle: 'P2',
  severity: 'warning',
  weight: 6,
  noiseReason: 'Self-praise: {count} brag word(s) that readers tune out.',
  docs: {
    summary: 'Flags brag words about yourself: award-winning, industry-leading, best-in-class, #1.',
    why: 'Self-promotion is noise: readers skip claims they cannot check. Show a concrete fact instead.',
    good: ['Teams using the scheduler cut their reporting time from 3 hours to 40 minutes a week.'],
    bad: ['We are proud to be the award-winning, industry-leading platform for modern teams.'],
  },
  options: {
    extraWords: words({ default: [], label: 'Extra brag words to flag' }),
  },
  messages: {
    brag: '"{phrase}" is self-praise the reader cannot check.',
  },
  check({ draft, options, words: lists }) {
    const phrases = [...BRAG_PHRASES, ...options.extraWords.map((w) => w.toLowerCase()), ...lists.brag];
    const lower = draft.text.toLowerCase();
    const out: RuleFinding[] = [];
    const taken: [number, number][] = [];
    // Longest phrases first, so "thrilled to announce" wins over a shorter overlap.
    for (const phrase of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
      for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + phrase.length)) {
        const end = i + phrase.length;
        if (!isWordBoundary(lower, i, end)) continue;
        if (taken.some(([s, e]) => i < e && end > s)) continue;
        taken.push([i, end]);
        out.push({
          messageId: 'brag',
          data: { phrase: draft.text.slice(i, end) },
          start: i,
          end,
          suggestions: [
            { kind: 'advice', label: 'Replace the claim with a fact the reader can check (a number, a customer, a result).' },
            { kind: 'replace', label: 'Remove the word', replacement: '' },
          ],
        });
      }
    }
    return out;
  },
});

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const word = /[\p{L}\p{N}-]/u;
  return (before === undefined || !word.test(before)) && (after === undefined || !word.test(after));
}

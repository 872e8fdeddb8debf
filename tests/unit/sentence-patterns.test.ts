/**
 * A pattern that says it stays within a sentence (`withinSentence`, nlp/phrases.ts) is matched
 * sentence by sentence, so that typing in a long paragraph matches the edited sentence again,
 * not the whole line. That is exact only if the pattern finds, stretch by stretch, what it finds
 * in the whole line: checked here on every line of our drafts, of the rules' examples, of odd
 * input and, when present, of the real texts in shared/data. A pattern that fails here must not
 * say `withinSentence`.
 */
import { expect, test } from 'vitest';
import { hasData, loadData } from '../../scripts/judgement/data.ts';
import { RULES } from '../../src/core/index.ts';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { linesOf } from '../../src/core/nlp/phrase-lines.ts';
import { patternMatchesIn } from '../../src/core/nlp/pattern-matches.ts';
import { patternsBySentence, sentencePatterns } from '../../src/core/nlp/phrase-sentences.ts';
import { loadCorpus } from '../corpus/corpus.ts';

const ODD = [
  'Prices from $1,299.99. Save 20% today! Visit www.example.com/deal?a=1. Free shipping… "Only $5." (Or call us.)',
  'Text JOIN to 12345. It\'s free! Reply STOP to opt out. Sorry to hear that, @sam. #1 in town. 100% risk-free!',
  'I think we can win a prize... maybe?! Dr. Smith, Mr. Jones and U.S. teams met at 3 p.m. "Thanks!" she said. (Great job.)',
  'C O L L E G E degrees. V-i-a-g-r-a now. 0rder t0day!! Onlμne pharmacy. contact me on whatsapp: +1 555 0100.',
  'hello how are you doing today my friend i hope you are well and your family is fine and the weather is nice where you live now okay',
  'Emoji 🎉🎉 and flags 🇬🇧 — free?! Win a $500 gift card. Congratulations!!! You have been selected. Claim your reward now.',
];

const withinSentence = sentencePatterns();

/** Where matching by sentence finds other matches than matching the whole line. */
function mismatches(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const draft = buildDraft(text);
    for (const line of linesOf(draft)) {
      const bySentence = patternsBySentence(draft, line);
      withinSentence.forEach((pattern, i) => {
        const byLine = JSON.stringify(patternMatchesIn(line.text, pattern, (offset) => line.tokenAt(offset)));
        const sentenceWise = bySentence ? JSON.stringify(bySentence[i]) : byLine; // a line without sentences is matched whole
        if (byLine !== sentenceWise) out.push(`${pattern.name}: ${line.text.slice(0, 160)}\n  line:     ${byLine}\n  sentence: ${sentenceWise}`);
      });
    }
  }
  return out;
}

const examples = (): string[] => RULES.flatMap((r) => [...r.docs.good, ...r.docs.bad]).map((e) => (typeof e === 'string' ? e : e.text));

test('most patterns say they stay within a sentence; those that look across sentences do not', () => {
  const names = withinSentence.map((p) => p.name);
  expect(names.length).toBeGreaterThan(20);
  expect(names).toContain('link-out');
  expect(names).not.toContain('testimonial');
  expect(names).not.toContain('names-them');
});

test('odd input: prices, links, short codes, quotes, brackets, abbreviations, spaced letters, emoji', () => {
  expect(mismatches(ODD)).toEqual([]);
});

test("our drafts and the rules' examples", () => {
  expect(mismatches([...loadCorpus().map((d) => d.text), ...examples()])).toEqual([]);
});

test.skipIf(!hasData())('every line of the real texts in shared/data', () => {
  const texts = loadData().map((t) => t.text);
  expect(texts.length).toBeGreaterThan(5_000);
  expect(mismatches(texts).slice(0, 5)).toEqual([]);
}, 120_000);

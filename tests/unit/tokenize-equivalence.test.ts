/**
 * Parley's tokenizer (nlp/compromise.ts) skips the parts of compromise's it does not use and
 * normalises plain words itself. It must give, term for term, what compromise's own
 * `nlp.tokenize(chunk).json({ offset: true })` gives: every rule's matching rests on it. Checked
 * on every sentence of our drafts, of the real texts in shared/data when present, and of odd input.
 */
import nlp from 'compromise';
import { expect, test } from 'vitest';
import { hasData, loadData } from '../../scripts/judgement/data.ts';
import { loadCorpus } from '../corpus/corpus.ts';
import { splitSentences, tokenize } from '../../src/core/nlp/compromise.ts';

interface JsonSentence {
  offset: { start: number; length: number };
  terms: { text: string; normal: string; post: string; implicit?: string; offset: { start: number } }[];
}

const ODD = [
  "We're thrilled!!! Can't wait… you'll LOVE it — 50% off, $1,299.99 (today only).",
  'Björk’s café — naïve “smart quotes” and ‘single’ ones, rock’n’roll.',
  'N.D.A. signed by the C.E.O. at 3:30pm; e-mail me at sam@example.com or https://x.co/a?b=1.',
  'Emoji 🎉🎉 and flags 🇬🇧, zero\u200bwidth, tabs\there, non\u00a0breaking, #hashtag @handle.',
  "'Quoted' (bracketed) [square] {curly} ...trailing... ?!? 4km 5-9pm 44-2 1,000,000 don't y'all",
  '日本語のテキスト и русский текст and English, mixed.',
];

function expected(chunk: string): string {
  const json = nlp.tokenize(chunk).json({ offset: true }) as JsonSentence[];
  return JSON.stringify(json.map((s) => [s.offset.start, s.terms.map((t) => [t.text, t.normal, t.implicit ?? null, t.post, t.offset.start])]));
}

function actual(chunk: string): string {
  return JSON.stringify(tokenize(chunk).map((s) => [s.start, s.terms.map((t) => [t.text, t.normal, t.implicit, t.post, t.start])]));
}

function sentencesOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.split('\n').flatMap((line) => splitSentences(line))).filter((chunk) => chunk.trim());
}

function mismatches(chunks: readonly string[]): string[] {
  return chunks.filter((chunk) => actual(chunk) !== expected(chunk));
}

test('odd input: punctuation, accents, emoji, acronyms, numbers, other scripts', () => {
  expect(mismatches(sentencesOf(ODD))).toEqual([]);
});

test("our drafts' sentences", () => {
  expect(mismatches(sentencesOf(loadCorpus().map((d) => d.text)))).toEqual([]);
});

test.skipIf(!hasData())('every sentence of the real texts in shared/data', () => {
  const chunks = sentencesOf(loadData().map((t) => t.text));
  expect(chunks.length).toBeGreaterThan(10_000);
  expect(mismatches(chunks).slice(0, 5)).toEqual([]);
}, 60_000);

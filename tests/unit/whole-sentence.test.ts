/** wholeSentence (nlp/edits.ts): a span that covers all of a sentence's words offers to delete the sentence. */
import { expect, test } from 'vitest';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { wholeSentence } from '../../src/core/nlp/edits.ts';
import { intBetween, prng, randomText } from './randomText.ts';

const text = 'Act now! We ship on Monday, so you get it first.\nLimited time only. Reply with one word.';
const draft = buildDraft(text);
const span = (words: string): [number, number] => [text.indexOf(words), text.indexOf(words) + words.length];

test('a span over all of a sentence is that sentence, wherever the sentence stands', () => {
  expect(wholeSentence(draft, ...span('Act now'))?.text).toBe('Act now!');
  expect(wholeSentence(draft, ...span('Limited time only'))?.text).toBe('Limited time only.');
  expect(wholeSentence(draft, ...span('Reply with one word'))?.text).toBe('Reply with one word.');
});

test('a span over part of a sentence, or past its start, is not', () => {
  expect(wholeSentence(draft, ...span('We ship on Monday'))).toBeNull();
  expect(wholeSentence(draft, ...span('only. Reply'))).toBeNull();
  expect(wholeSentence(draft, text.length, text.length)).toBeNull();
});

test('the sentence found is the one a walk from the first sentence finds, on random drafts', () => {
  const rand = prng(3);
  for (let n = 0; n < 30; n++) {
    const d = buildDraft(randomText(rand, 12));
    for (let k = 0; k < 20; k++) {
      const start = intBetween(rand, 0, d.text.length);
      const end = intBetween(rand, start, Math.min(d.text.length, start + 80));
      const walked = d.sentences.find((s) => s.end > start) ?? null;
      const expected = walked && walked.start <= start && walked.tokens.every((t) => (t.start >= start && t.end <= end) || !/[\p{L}\p{N}]/u.test(t.text)) ? walked : null;
      expect(wholeSentence(d, start, end)).toBe(expected);
    }
    for (const s of d.sentences) expect(wholeSentence(d, s.start, s.end)).toBe(s);
  }
});

/** A long paste is prepared in slices that end on line breaks where it can, and cover the text. */
import { expect, test } from 'vitest';
import { nextSliceEnd, PREPARE_SLICE_CHARS, prepareNextSlice } from '../../src/content/paste-slices.ts';
import { analyze, prepareText } from '../../src/core/analyze.ts';
import { clearCaches } from '../../src/core/nlp/draft.ts';
import { marketingText } from '../bench/texts.ts';

test('a text short enough past what is prepared is analysed at once', () => {
  expect(nextSliceEnd('a'.repeat(PREPARE_SLICE_CHARS), 0)).toBeNull();
  expect(nextSliceEnd('a'.repeat(PREPARE_SLICE_CHARS * 3), PREPARE_SLICE_CHARS * 2)).toBeNull();
});

test('a slice ends at the last line break in reach, else after the slice size', () => {
  const paragraph = `${'word '.repeat(200).trim()}\n`; // 1,000 characters a line
  const text = paragraph.repeat(5);
  expect(nextSliceEnd(text, 0)).toBe(999);
  expect(nextSliceEnd('x'.repeat(5000), 0)).toBe(PREPARE_SLICE_CHARS);
});

test('the slices move forward and cover the whole paste', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Line ${i}: ${'some words '.repeat(i % 7 === 0 ? 200 : 10)}`).join('\n');
  let prepared = 0;
  const ends: number[] = [];
  for (let end = nextSliceEnd(text, prepared); end !== null; end = nextSliceEnd(text, prepared)) {
    expect(end).toBeGreaterThan(prepared);
    expect(end - prepared).toBeLessThanOrEqual(PREPARE_SLICE_CHARS);
    ends.push(end);
    prepared = end;
  }
  expect(ends.length).toBeGreaterThan(2);
  expect(text.length - prepared).toBeLessThanOrEqual(PREPARE_SLICE_CHARS);
});

test('a composer prepares its paste one growing prefix a run, with the input its analysis will get, until the rest is short enough to analyse', () => {
  const session = { text: `${'a sentence of words. '.repeat(60)}\n`.repeat(4), prepared: 0 };
  const input = { channel: 'linkedin' };
  const prepared: string[] = [];
  while (
    prepareNextSlice(session, input, {
      prepare: (t, given) => {
        expect(given).toBe(input);
        prepared.push(t);
      },
      warmUp: () => false,
    })
  )
    expect(session.prepared).toBe(prepared.at(-1)!.length);
  expect(prepared.length).toBeGreaterThan(1);
  prepared.forEach((t) => expect(session.text.startsWith(t)).toBe(true));
  expect(session.text.length - session.prepared).toBeLessThanOrEqual(PREPARE_SLICE_CHARS);
  expect(prepareNextSlice({ text: 'Short note.', prepared: 0 }, input, { prepare: () => expect.unreachable(), warmUp: () => expect.unreachable() })).toBe(false);
});

test("a paste prepared in slices gets the report it gets at once, with the user's settings and channel", () => {
  const text = marketingText(1000, 31, 0.8);
  const input = { channel: 'linkedin-post' as const, settings: { words: { flag: ['the deadline'] }, rules: { 'self-praise': { severity: 'error' as const } } } };
  clearCaches();
  const atOnce = analyze(text, input);
  clearCaches();
  const session = { text, prepared: 0 };
  let slices = 0;
  while (prepareNextSlice(session, input, { prepare: prepareText, warmUp: () => false })) slices++;
  expect(slices).toBeGreaterThan(1);
  expect(analyze(text, input)).toEqual(atOnce);
  expect(atOnce.findings.some((f) => f.rule === 'custom-phrases')).toBe(true);
});

test("a long paste waits for the engine's warm-up, a task's worth a run, before its first slice", () => {
  const session = { text: `${'a sentence of words. '.repeat(60)}\n`.repeat(4), prepared: 0 };
  let warmUpLeft = 2;
  const prepared: string[] = [];
  const core = { prepare: (t: string) => void prepared.push(t), warmUp: () => warmUpLeft-- > 0 };
  expect(prepareNextSlice(session, {}, core)).toBe(true);
  expect(prepareNextSlice(session, {}, core)).toBe(true);
  expect(prepared).toEqual([]);
  expect(session.prepared).toBe(0);
  expect(prepareNextSlice(session, {}, core)).toBe(true);
  expect(prepared).toHaveLength(1);
  // A short text is analysed at once, warm or not: typing's first hint does not wait.
  expect(prepareNextSlice({ text: 'Short note.', prepared: 0 }, {}, { prepare: () => expect.unreachable(), warmUp: () => expect.unreachable() })).toBe(false);
});

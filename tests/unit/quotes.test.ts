/** Quoted passages: which offsets and spans a quotation covers (nlp/quotes.ts). */
import { expect, test } from 'vitest';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { isQuoted, quotedRanges, touchesQuote } from '../../src/core/nlp/quotes.ts';

const text = 'She said "we saved hours" and then “it just works”.\nNo quote here. "Open quote runs to the line end\nNext line.';
const draft = buildDraft(text);

test('a quotation covers the words between its marks, and never runs past its line', () => {
  const [first, second] = quotedRanges(draft);
  expect(text.slice(first!.start, first!.end)).toBe('we saved hours');
  expect(text.slice(second!.start, second!.end)).toBe('it just works');
  expect(quotedRanges(draft)).toHaveLength(2); // the unclosed quote closes nothing
  expect(isQuoted(draft, text.indexOf('saved'))).toBe(true);
  expect(isQuoted(draft, text.indexOf('and then'))).toBe(false);
});

test('a span touches a quotation when they overlap, not when they only meet', () => {
  const { start, end } = quotedRanges(draft)[0]!;
  expect(touchesQuote(draft, 0, start)).toBe(false); // ends where the quotation starts
  expect(touchesQuote(draft, 0, start + 1)).toBe(true);
  expect(touchesQuote(draft, end, end + 5)).toBe(false); // starts where it ends
  expect(touchesQuote(draft, end - 1, end + 5)).toBe(true);
  expect(touchesQuote(draft, start - 3, end + 3)).toBe(true); // holds it whole
  expect(touchesQuote(draft, text.indexOf('No quote'), text.indexOf('No quote') + 14)).toBe(false);
  expect(touchesQuote(buildDraft('No quotes at all.'), 0, 17)).toBe(false);
});

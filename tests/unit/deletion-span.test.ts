/** Deleting a flagged phrase through a fix must leave tidy text behind (no double spaces). */
import { describe, expect, it } from 'vitest';
import { deletionSpan } from '../../src/core/nlp/edits.ts';

describe('deletionSpan', () => {
  it('takes one of the spaces around a removed word', () => {
    const text = 'the award-winning platform';
    const span = deletionSpan(text, 4, 17);
    expect(text.slice(0, span.start) + text.slice(span.end)).toBe('the platform');
  });
  it('takes the space before a word removed before punctuation', () => {
    const text = 'we are the best.';
    const span = deletionSpan(text, 7, 15);
    expect(text.slice(0, span.start) + text.slice(span.end)).toBe('we are.');
  });
  it('takes the space after a word removed at the start', () => {
    const text = 'Revolutionary tools for you';
    const span = deletionSpan(text, 0, 13);
    expect(text.slice(0, span.start) + text.slice(span.end)).toBe('tools for you');
  });
  it('deletes a whole sentence with one of the spaces beside it', () => {
    const text = 'Act now. The guide is free.';
    const span = deletionSpan(text, 0, 8);
    expect(text.slice(0, span.start) + text.slice(span.end)).toBe('The guide is free.');
  });
});

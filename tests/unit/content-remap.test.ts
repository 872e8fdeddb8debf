import { describe, expect, it } from 'vitest';
import { diffEdit, remapSpans } from '../../src/content/text/remap.ts';

describe('diffEdit', () => {
  it('finds the typed part', () => {
    // The inserted word is placed where it starts a word, not inside "the".
    expect(diffEdit('We are the best.', 'We are truly the best.')).toEqual({ start: 7, oldEnd: 7, newEnd: 13 });
  });
  it('finds a deletion and a replacement', () => {
    expect(diffEdit('one two three', 'one three')).toEqual({ start: 4, oldEnd: 8, newEnd: 4 });
    expect(diffEdit('a team the best', 'a the best')).toEqual({ start: 2, oldEnd: 7, newEnd: 2 });
    expect(diffEdit('the best team', 'the top team')).toEqual({ start: 4, oldEnd: 8, newEnd: 7 });
  });
  it('says nothing changed', () => {
    expect(diffEdit('same', 'same')).toBeNull();
  });
});

describe('remapSpans', () => {
  const text = 'Our award-winning team is the best.';
  const praise = { start: 4, end: 17, id: 'a' };
  const best = { start: 26, end: 34, id: 'b' };

  it('keeps hints before the edit and shifts hints after it', () => {
    const after = 'Our award-winning team is truly the best.';
    const edit = diffEdit(text, after)!;
    const moved = remapSpans([praise, best], edit, after);
    expect(moved).toEqual([praise, { ...best, start: 32, end: 40 }]);
    expect(after.slice(moved[1]!.start, moved[1]!.end)).toBe('the best');
  });

  it('drops a hint whose words the edit touched', () => {
    const after = 'Our award-winnin team is the best.';
    expect(remapSpans([praise, best], diffEdit(text, after)!, after).map((s) => s.id)).toEqual(['b']);
    const glued = 'Our award-winning team is xthe best.';
    expect(remapSpans([praise, best], diffEdit(text, glued)!, glued).map((s) => s.id)).toEqual(['a']);
  });

  it('keeps a hint when the user types a space or punctuation right after it', () => {
    const after = 'Our award-winning, team is the best.';
    expect(remapSpans([praise], diffEdit(text, after)!, after)).toEqual([praise]);
  });
});

import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import { codePointBoundary, splitsSurrogatePair } from '../../src/core/nlp/code-points.ts';

const ROCKET = '🚀'; // two UTF-16 units

describe('codePointBoundary', () => {
  const text = `Go ${ROCKET} now`; // the rocket's halves sit at 3 and 4

  test('moves an offset inside an emoji to its start, or past it for the end of a span', () => {
    expect(splitsSurrogatePair(text, 4)).toBe(true);
    expect(codePointBoundary(text, 4)).toBe(3);
    expect(codePointBoundary(text, 4, 'after')).toBe(5);
  });

  test('leaves offsets between characters alone, including the ends of the text', () => {
    for (const offset of [0, 3, 5, text.length]) expect(codePointBoundary(text, offset)).toBe(offset);
    expect(codePointBoundary('\uDC00 lone low half', 0)).toBe(0);
  });
});

describe('findings never cut an emoji in two', () => {
  test("an X post whose 280-character limit falls inside an emoji underlines the whole emoji", () => {
    const text = 'What would you change about your Monday planning? '.repeat(6).slice(0, 279) + ROCKET + ' Tell me what you think.';
    expect(splitsSurrogatePair(text, 280)).toBe(true);
    const over = analyze(text, { channel: 'x' }).findings.find((f) => f.messageId === 'overLimit');
    expect(over).toBeDefined();
    expect(text.slice(over!.start, over!.start + 2)).toBe(ROCKET);
  });

  test('a long emoji-only subject is underlined on character boundaries', () => {
    const subject = `${'🎉'.repeat(30)} Spring prices`;
    const report = analyze('Hi Sam, what would you change about your Monday planning this spring?', { channel: 'email', subject });
    const long = report.findings.find((f) => f.field === 'subject' && f.messageId === 'long');
    expect(long).toBeDefined();
    for (const f of report.findings.filter((x) => x.field === 'subject')) {
      expect(splitsSurrogatePair(subject, f.start)).toBe(false);
      expect(splitsSurrogatePair(subject, f.end)).toBe(false);
    }
  });
});

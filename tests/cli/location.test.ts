import { describe, expect, it } from 'vitest';
import { locator } from '../../src/cli/location.ts';

describe('locator', () => {
  it('gives 1-based line and column', () => {
    const at = locator('Hello you.\nWe are award-winning.');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(18)).toEqual({ line: 2, column: 8 });
  });

  it('counts columns in UTF-16 code units, so an emoji counts as two', () => {
    const text = '🚀🚀 We are award-winning.';
    expect(locator(text)(text.indexOf('award'))).toEqual({ line: 1, column: 13 });
  });

  it('ends lines at \\r\\n, \\n and a lone \\r alike', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const at = locator(text);
    expect(at(text.indexOf('two'))).toEqual({ line: 2, column: 1 });
    expect(at(text.indexOf('three'))).toEqual({ line: 3, column: 1 });
    expect(at(text.indexOf('four'))).toEqual({ line: 4, column: 1 });
  });

  it('places the end of the text after its last character', () => {
    expect(locator('ab\ncd')(5)).toEqual({ line: 2, column: 3 });
  });
});

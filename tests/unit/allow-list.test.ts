import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';

const settings = (allow: string[]) => ({ words: { allow } });

describe('allow list', () => {
  const text = 'Shop at World Class Fitness, we are the world-class gym for busy parents.';

  test('drops a finding inside an allowed name, keeps the same words elsewhere', () => {
    const spans = (allow: string[]) => analyze(text, { settings: settings(allow) }).findings.filter((f) => f.rule === 'self-praise').map((f) => text.slice(f.start, f.end).trim());
    expect(spans([])).toEqual(['World Class', 'world-class']);
    expect(spans(['world class fitness'])).toEqual(['world-class']);
  });

  test('keeps a hint that merely contains an allowed name', () => {
    const long = 'At Best Buy ' + 'we think that the people who come to our stores every single weekend deserve a calmer and friendlier place to shop for the things they need at home and at work.';
    const ids = (allow: string[]) => analyze(long, { settings: { ...settings(allow), rules: { 'long-sentence': { options: { maxWords: 15 } } } } }).findings.map((f) => f.rule);
    expect(ids(['best buy'])).toContain('long-sentence');
  });
});

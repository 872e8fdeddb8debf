/** The coach bundle's breakdown (tests/bench/coach-bundle.ts) charges each byte to the right source. */
import { expect, test } from 'vitest';
import { partsOf } from '../bench/coach-bundle.ts';

test('each segment owns the text up to the next one on its line; line breaks are glue', () => {
  const sources = ['../../node_modules/compromise/src/2-two/postTagger/model.js', '../../src/core/rules/urgency.ts'];
  // Line 1: "tagger" from source 0, then "rule" from source 1 (column +6, source +1);
  // line 2: "xy" from source 0 again (source -1).
  const parts = partsOf('taggerrule\nxy', { sources, mappings: 'AAAA,MCAA;ADAA' });
  expect(Object.fromEntries(parts.map((p) => [p.part, p.bytes]))).toEqual({
    "compromise's post-tagger": 8,
    'the rules (checks, messages, fixes)': 4,
    'unmapped (bundler glue)': 1,
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DECLARED, LISTED_TWICE } from '../../src/core/lexicon/lists.ts';
import { phraseWords } from '../../src/core/nlp/phrases.ts';

const dir = new URL('../../src/core/lexicon/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) await import(new URL(file, dir).href);

/** A regex alternative that is a plain phrase ("lottery", "risk free") compares like one; any other is its own entry. */
const LITERAL = /^[\p{L}\p{N} '’#%-]+$/u;
const keyOf = (kind: 'phrases' | 'patterns', entry: string): string => (kind === 'phrases' || LITERAL.test(entry) ? phraseWords(entry).join(' ') : entry);

describe('the lexicon', () => {
  test('lists every word and phrase once, across all its lists (or says why two lists need it)', () => {
    expect(DECLARED.size).toBeGreaterThan(10);
    const homes = new Map<string, string[]>();
    for (const [name, { kind, entries }] of DECLARED) {
      for (const entry of entries) {
        const key = keyOf(kind, entry);
        homes.set(key, [...(homes.get(key) ?? []), name]);
      }
    }
    const twice = [...homes].filter(([key, lists]) => lists.length > 1 && !(key in LISTED_TWICE)).map(([key, lists]) => `${key}: ${lists.join(', ')}`);
    expect(twice).toEqual([]);
  });

  test('says why of every word it lists twice, and lists it twice', () => {
    const counts = new Map<string, number>();
    for (const { kind, entries } of DECLARED.values()) for (const e of entries) counts.set(keyOf(kind, e), (counts.get(keyOf(kind, e)) ?? 0) + 1);
    for (const [word, why] of Object.entries(LISTED_TWICE)) {
      expect(why.length, word).toBeGreaterThan(20);
      expect(counts.get(word), word).toBeGreaterThan(1);
    }
  });
});

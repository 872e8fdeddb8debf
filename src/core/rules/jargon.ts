/**
 * jargon (P6): business words the reader has to translate: synergy, leverage, solutions, best
 * practices, circle back. Offers the plain word where the meaning is clear.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { words } from '../options.ts';
import { matchCase } from '../nlp/clauses.ts';
import type { Draft } from '../nlp/draft.ts';
import { JARGON, type PlainWords } from '../lexicon/plain-english.ts';
import { cachedPhrases, compilePhrases, findPhrases, type PhraseMatch } from '../nlp/phrases.ts';
import type { Suggestion } from '../types.ts';
import { wordOf } from '../nlp/words.ts';

const BUILT_IN = compilePhrases(Object.keys(JARGON));
const LETTERS = /\p{L}/u;
/** What may follow a verb as its object: "leverage [our] data", "leverage [AI]", "leverage [existing] tools". */
const OBJECT_TAGS = ['Determiner', 'Possessive', 'Pronoun', 'Noun', 'Adjective', 'Value'];
/** Words before a noun use: "our leverage", "gives you more leverage". */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'more', 'less', 'some', 'any', 'no', 'much', 'of', 'real', 'financial']);

export default defineRule({
  id: 'jargon',
  category: 'clarity',
  principle: 'P6',
  severity: 'warning',
  weight: 2,
  docs: {
    summary: 'Flags business jargon (synergy, leverage, solutions, best practices, circle back) and offers plain words.',
    why: 'Customers think in their own words, not yours. Plain words are read faster and trusted more.',
    good: ['Use the report template to see which campaigns paid for themselves last month.'],
    bad: ['We leverage synergies to deliver holistic solutions.', "Let's circle back on best practices next week."],
  },
  options: {
    extraWords: words({ default: [], label: 'More jargon to flag' }),
  },
  messages: {
    jargon: '"{phrase}" is jargon: say it the way your reader would.',
  },
  check({ draft, options }) {
    const matches = [...findPhrases(draft, BUILT_IN), ...(options.extraWords.length ? findPhrases(draft, cachedPhrases(options.extraWords)) : [])];
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: RuleFinding[] = [];
    let lastEnd = -1;
    for (const m of matches) {
      if (m.start < lastEnd) continue;
      const entry = JARGON[m.phrase];
      if (entry?.verb && !usedAsVerb(draft, m)) continue;
      lastEnd = m.end;
      const phrase = draft.text.slice(m.start, m.end);
      out.push({ messageId: 'jargon', data: { phrase }, start: m.start, end: m.end, suggestions: suggestionsFor(phrase, entry) });
    }
    return out;
  },
});

function suggestionsFor(phrase: string, entry: PlainWords | undefined): Suggestion[] {
  if (entry?.plain) {
    return [{ kind: 'replace', label: `Say "${entry.plain}"`, replacement: matchCase(phrase, entry.plain) }];
  }
  return [{ kind: 'advice', label: entry?.advice ?? `Say what "${phrase}" means in the words your reader would use.` }];
}

/**
 * Verb, not noun: "we leverage [data]", "Leverage [our] data" take an object; "give you leverage
 * when…" and "our leverage" do not. Lexicon tags suffice (an unknown word is usually a noun),
 * so no sentence pays for the context tagger on every keystroke.
 */
function usedAsVerb(draft: Draft, m: PhraseMatch): boolean {
  const token = draft.tokens[m.lastToken]!;
  const before = draft.tokens[m.firstToken - 1];
  const next = draft.tokens[m.lastToken + 1];
  if ((before && before.sentence === token.sentence && NOUN_BEFORE.has(wordOf(before))) || /[^\s]/.test(token.post)) return false;
  if (!next || next.sentence !== token.sentence || !LETTERS.test(next.text)) return false;
  return next.tags.length === 0 || OBJECT_TAGS.some((t) => next.tags.includes(t));
}

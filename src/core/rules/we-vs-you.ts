/**
 * we-vs-you (P1): the draft talks about the sender (we, our, I) more than about the reader (you,
 * your). Underlines the self words in the sentences that lean furthest towards the sender.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { int } from '../options.ts';
import type { Suggestion } from '../types.ts';
import { findAsks } from '../signals/asks.ts';
import { baitSentences } from '../signals/bait.ts';
import { matchCase } from '../nlp/clauses.ts';
import type { Draft } from '../nlp/draft.ts';
import { ownedPhrase } from '../nlp/noun-phrase.ts';
import { firstTokenOf, perSentence } from '../nlp/per-sentence.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { READER_FIRST } from '../lexicon/reader-first.ts';
import { isQuoted, touchesQuote } from '../nlp/quotes.ts';
import { hasValue } from '../signals/value.ts';
import { READER_WORDS, SELF_WORDS, wordOf } from '../nlp/words.ts';

const REWRITES = new Map(Object.entries(READER_FIRST));
/** One pass finds both: courtesy ("thank you", whose "you" is not the reader's situation) and rewritable openings. */
const PHRASES = compilePhrases(['thank you', ...REWRITES.keys()]);

export default defineRule({
  id: 'we-vs-you',
  category: 'dialogue',
  principle: 'P1',
  severity: 'hint',
  coaching: true,
  weight: 6,
  docs: {
    summary: 'Flags drafts where we / our / I outnumber you / your: a broadcast about the sender.',
    why: 'Readers answer messages about their own situation. Talk about what they get and do, so "you" outnumbers "we".',
    good: [
      'You mentioned your team loses Mondays to reporting. You can schedule the export on Friday and start the week with it done.',
      'I read your post on onboarding. How do you handle the first week with new hires?',
    ],
    bad: ['We are a team of experts. Our platform helps our clients grow. We offer training and we provide support.'],
  },
  options: {
    minSelfWords: int({ default: 3, min: 1, max: 50, label: 'Flag only from this many we / I words' }),
    maxSentences: int({ default: 3, min: 1, max: 20, label: 'Most sentences to underline' }),
  },
  messages: {
    selfWord: '"{word}" keeps the focus on you, the sender: the draft has {self} we/I words and {reader} you words.',
    rewrite: '"{phrase}" starts from the sender. Start from what the reader gets.',
  },
  check({ draft, options }) {
    const phrases = findPhrases(draft, PHRASES);
    const ignoredYou = new Set<number>();
    for (const m of phrases) if (m.phrase === 'thank you') ignoredYou.add(m.lastToken);
    const bait = baitSentences(draft);
    // Counts per sentence first (every keystroke, every sentence); the sender's words are gathered
    // only for the few sentences that get underlined.
    const selfBySentence = new Int32Array(draft.sentences.length);
    const readerBySentence = new Int32Array(draft.sentences.length);
    let self = 0;
    let reader = 0;
    const tokens = draft.tokens;
    for (let s = 0; s < draft.sentences.length; s++) {
      const people = peopleWordsOf(draft, s);
      if (people.length === 0) continue;
      const first = firstTokenOf(draft, s);
      const sentence = draft.sentences[s]!;
      // Looked up word by word only in the few sentences a quotation touches.
      const quoted = touchesQuote(draft, sentence.start, sentence.end);
      for (const { at, sender } of people) {
        const i = first + at;
        if (quoted && isQuoted(draft, tokens[i]!.start)) continue; // a customer's words, not the sender's
        if (sender) selfBySentence[s]!++;
        else if (!ignoredYou.has(i) && !bait.has(s)) readerBySentence[s]!++;
      }
      self += selfBySentence[s]!;
      reader += readerBySentence[s]!;
    }
    if (self < options.minSelfWords || self <= reader) return [];
    // "We" that sets up a real question and something usable is context, not a broadcast
    // ("We can't decide between two dishes: which would you order?"): flag only a strong lean.
    const conversing = findAsks(draft).some((a) => a.kind === 'reply') && hasValue(draft);
    if (conversing && self <= 2 * reader + 2) return [];

    const leaning: number[] = [];
    for (let s = 0; s < draft.sentences.length; s++) if (selfBySentence[s]! > readerBySentence[s]!) leaning.push(s);
    const lean = (s: number): number => selfBySentence[s]! - readerBySentence[s]!;
    const worst = leaning.sort((a, b) => lean(b) - lean(a) || a - b).slice(0, options.maxSentences);
    const chosen = new Set(worst);
    // The whole imbalance costs weight × (excess / 2), from 0.5 to 2.5, shared by its findings.
    const total = Math.min(2.5, Math.max(0.5, (self - reader) / 2)) * (conversing ? 0.5 : 1);
    const data = { self, reader };
    const out: RuleFinding[] = [];
    const covered = new Set<number>();
    for (const m of phrases) {
      if (!REWRITES.has(m.phrase) || !chosen.has(draft.tokens[m.firstToken]!.sentence)) continue;
      const phrase = draft.text.slice(m.start, m.end);
      for (let i = m.firstToken; i <= m.lastToken; i++) covered.add(i);
      out.push({
        messageId: 'rewrite',
        data: { ...data, phrase },
        start: m.start,
        end: m.end,
        suggestions: [{ kind: 'replace', label: 'Start from the reader', replacement: matchCase(phrase, REWRITES.get(m.phrase)!) }],
      });
    }
    for (const s of worst) {
      const sentence = draft.sentences[s]!;
      const quoted = touchesQuote(draft, sentence.start, sentence.end);
      const first = firstTokenOf(draft, s);
      for (const { at, sender } of peopleWordsOf(draft, s)) {
        const i = first + at;
        if (!sender || covered.has(i) || (quoted && isQuoted(draft, tokens[i]!.start))) continue;
        const t = tokens[i]!;
        out.push({ messageId: 'selfWord', data: { ...data, word: t.text }, start: t.start, end: t.end, suggestions: [adviceFor(draft, i)] });
      }
    }
    for (const f of out) f.scale = total / out.length;
    return out;
  },
});

/** The sentence's we/I words (sender) and you words, by place in the sentence. */
const peopleWordsOf = perSentence((sentence) => {
  const found: { at: number; sender: boolean }[] = [];
  sentence.tokens.forEach((t, at) => {
    if (t.normal.length > 10) return; // longer than any pronoun: skip the lookups
    const word = wordOf(t);
    // "US" and "U.S." are the country, not the sender.
    const sender = SELF_WORDS.has(word) && t.text !== 'US' && t.text !== 'U.S.';
    if (sender || READER_WORDS.has(word)) found.push({ at, sender });
  });
  return found;
});

function adviceFor(draft: Draft, i: number): Suggestion {
  const t = draft.tokens[i]!;
  const owned = wordOf(t) === 'our' || wordOf(t) === 'my' ? ownedPhrase(draft, i + 1) : '';
  if (owned) return { kind: 'advice', label: `Make it the reader's: "your ${owned}" if they will use it, or "the ${owned}".` };
  return { kind: 'advice', label: 'Turn the sentence round to the reader: what do they get or do? ("You can…" rather than "We offer…").' };
}

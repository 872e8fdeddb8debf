/**
 * word-salad (P5): lines of words strung together with no grammar ("Behind, electric sing
 * knew. Mother sudden sun window. Feel very pull."), pasted into bulk mail so that a spam
 * filter counts ordinary words. English sentences of three words or more almost always carry a
 * small word (the, a, of, to, is, you, it…); a run of sentences with none reads as filler. So
 * does a string of 30 letters or more with no space ("iconoclasmdinahtaxiwaynouveau…"): words
 * glued together, where the longest English words in use stop short. So do strings of random
 * letters ("xjgpzyoh qmukrlqbmpv", nlp/random-letters.ts), five or more of them: the "hash
 * buster" lines bulk mail adds so that no two copies match. On the labelled email it marks an
 * eighth of the Enron spam and almost no reply.
 * Sentence-local: each sentence is read once and remembered (nlp/per-sentence.ts).
 */
import { perSentence } from '../nlp/per-sentence.ts';
import { defineRule, type RuleFinding } from '../rule.ts';
import { GRAMMAR_WORDS } from '../lexicon/grammar-words.ts';
import { isRandomLetters } from '../nlp/random-letters.ts';

/** Letters in one unbroken string before it reads as words glued together ("iconoclasmdinahtaxiwaynouveau…"): the longest English words in use ("antidisestablishmentarianism") stop short of it. */
const GLUED_LETTERS = 30;
const GLUED = new RegExp(`^\\p{L}{${GLUED_LETTERS},}$`, 'u');

/** Sentences of random words a draft needs before it reads as filler: one or two are a headline or a list item. */
const MIN_SENTENCES = 3;
/** Words a sentence needs before its lack of small words says anything; a long one is prose gone wrong, not salad. */
const MIN_WORDS = 3;
const MAX_WORDS = 12;

const LETTERS = /^\p{L}[\p{L}'’]*$/u;
const UPPER = /^\p{Lu}/u;

/** A sentence of 3–12 plain words, none capitalised after the first, none a small word of grammar. */
const isSalad = perSentence((sentence) => {
  let words = 0;
  for (const [i, t] of sentence.tokens.entries()) {
    if (!t.text) continue;
    // A digit, a handle, a link or a capitalised name mid-sentence: a list, an address or a heading, not salad.
    if (!LETTERS.test(t.text)) {
      if (/[\p{L}\p{N}]/u.test(t.text)) return false;
      continue;
    }
    if (i > 0 && UPPER.test(t.text)) return false;
    if (GRAMMAR_WORDS.has(t.normal)) return false;
    words++;
  }
  return words >= MIN_WORDS && words <= MAX_WORDS;
});

/** Places in sentence.tokens of words glued into one string of letters (a hashtag, handle or link is not a plain string of letters). */
const gluedWords = perSentence((sentence) => sentence.tokens.flatMap((t, i) => (GLUED.test(t.text) ? [i] : [])));

/** Different strings of random letters a draft needs before they read as filler: a typo or two can look random ("avbailable"). */
const MIN_RANDOM = 5;
/** The sentence's strings of random letters, written in lower case (a capitalised one may be a name). */
const randomStrings = perSentence((sentence) => sentence.tokens.flatMap((t) => (t.text === t.normal && isRandomLetters(t.normal) ? [t.normal] : [])));

const CUT_FILLER = { kind: 'advice', label: 'Cut the filler; write only the sentences a reader needs.' } as const;

export default defineRule({
  id: 'word-salad',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Word salad: {count:line|lines} of random words, filler to get past spam filters.',
  docs: {
    summary: 'Flags three or more "sentences" of random words with no grammar, words glued into one long string of letters, and strings of random letters: filler pasted into bulk mail to get past spam filters.',
    why: 'No reader can use a line of random words; it is there for a filter, and readers and filters both know the trick.',
    good: ['Thanks for the notes. I moved the call to Friday and sent the deck. Let me know if that works.', 'Agenda:\nBudget review\nHiring plan\nQ3 targets'],
    bad: [
      'Behind, electric sing knew. Mother sudden sun window, turn this death. Page, let bird. Together clear, together egg. Cross section straight.',
      'Your order ships today, and you will love it.\niconoclasmdinahtaxiwaynouveausacramentgristmillzoroaster.',
      'Get your approval in hours.\nxtgibejp hufsxjq. nwehakqaw owrss, ubsowsz qxtvazc dpqlwy.\nkqynt ixkbo rhloht jluclwjlv.',
    ],
  },
  options: {},
  messages: {
    salad: '{count} sentences of random words read as filler pasted in to beat spam filters.',
    glued: '{count} letters with no space between words read as filler pasted in to beat spam filters.',
    random: '{count} strings of random letters read as filler pasted in to beat spam filters.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    const salad: number[] = [];
    const random = new Set<string>();
    let firstRandom = -1;
    for (let i = 0; i < draft.sentences.length; i++) {
      if (isSalad(draft, i)) salad.push(i);
      const strings = randomStrings(draft, i);
      if (strings.length > 0 && firstRandom < 0) firstRandom = i;
      for (const s of strings) random.add(s);
      const { tokens } = draft.sentences[i]!;
      for (const k of gluedWords(draft, i)) {
        const t = tokens[k]!;
        out.push({ messageId: 'glued', data: { count: t.text.length }, start: t.start, end: t.end, suggestions: [{ kind: 'replace', label: 'Delete the filler', replacement: '' }] });
      }
    }
    if (salad.length >= MIN_SENTENCES) {
      const first = draft.sentences[salad[0]!]!;
      out.push({
        messageId: 'salad',
        data: { count: salad.length },
        start: first.start,
        end: first.end,
        suggestions: [{ ...CUT_FILLER }],
      });
    }
    if (random.size >= MIN_RANDOM) {
      const first = draft.sentences[firstRandom]!;
      out.push({ messageId: 'random', data: { count: random.size }, start: first.start, end: first.end, suggestions: [{ ...CUT_FILLER }] });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});

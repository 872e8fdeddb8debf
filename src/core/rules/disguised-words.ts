/**
 * disguised-words (P5): words spelled to slip past spam filters: digits hidden inside them
 * ("V1agra", "pr0duct", "Sa35ve", "0rgasm"), symbols ("Pha*rmacy"), letters set apart
 * ("C O L L E G E", "V-i-a-g-r-a", "C_I_A_L_I_S", "M.E.R.I.D.I.A") or a Greek or Cyrillic
 * look-alike inside a Latin word ("Onlμne"), letters doubled where English never doubles them,
 * in two words or more ("Valliuum", "Viiagra", "shiiping"); and runs of lowercase words with no
 * punctuation, on one line or wrapped over several (filler text pasted in to beat filters).
 * Textese with a digit at the edge ("2day", "b4", "any1", "gr8"), codes ("MH370", "Q3",
 * "3pm", "mp3", "B2B", "pkz300b"), a bracket or semicolon typed without its space
 * ("Academy(glass house)") and accented letters mangled in transit ("legislaciF3n") pass: on
 * the labelled data these were most of what it marked in replies.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { GRAMMAR_WORDS } from '../lexicon/grammar-words.ts';
import { isKnownWord } from '../nlp/compromise.ts';
import type { Draft } from '../nlp/draft.ts';

/**
 * Letters, digits, letters: at least one letter on both sides of every digit run, at most two
 * runs (longer mixes are IDs and codes), and not inside a handle, link or file name. A zero
 * for an O opens a word too ("0rder", "0rgasm"): no number starts with 0 and then letters.
 */
export const DISGUISED = compilePhrases({
  name: 'disguised-words', withinSentence: true,
  regex: /(?<![\p{L}\p{N}_'’@#./=-])(?:\p{L}+(?:\d+\p{L}+){1,2}|0(?![xX])\p{L}{3,})(?![\p{L}\p{N}_'’@-])/gu,
});
/**
 * Letters broken by symbols no word carries ("Pha*rmacy", "Cia{lis", "m~eds", "Xan)ax", "Valiu;m"),
 * not "friend(s)" or a handle, link or file name.
 */
export const BROKEN = compilePhrases({ name: 'disguised-words:symbols', withinSentence: true, regex: /(?<![\p{L}\p{N}_'’@#./=~*{}()|^\\;-])\p{L}+(?:[~*{}()|^\\;]+(?!s\))\p{L}+){1,4}(?![\p{L}\p{N}_@~*{}()|^\\;-])/gu });
/**
 * Five or more single letters set apart by one kind of gap: "C O L L E G E", "V-i-a-g-r-a",
 * "C_I_A_L_I_S", "M.E.R.I.D.I.A" (initials, "U.S.A." and "e.g." stop short of five; a handle
 * such as "@n.r.a.d.a" is a name).
 */
export const SPACED = compilePhrases({ name: 'disguised-words:spaced', withinSentence: true, regex: /(?<![\p{L}\p{N}_.@#-])\p{L}(?:( |_+|-|\.)\p{L})(?:\1\p{L}){3,}(?![\p{L}\p{N}_])/gu });
/**
 * Twelve or more lowercase words in a row with nothing but spaces between them, and with few of
 * the small words of grammar (isFiller): lower-cased prose typed without punctuation is a person
 * writing, not filler. A run under SURE_RUN words counts only when no punctuation closes it:
 * a person's dense phrase ends its sentence ("…without surrounding quotation marks."), pasted
 * filler just stops.
 */
export const SALAD = compilePhrases({ name: 'disguised-words:salad', withinSentence: true, regex: /(?<![\p{L}\p{N}'’-])(?:[a-z]{2,} +){11,}[a-z]{2,}(?![\p{L}\p{N}'’-])/gu });
const SURE_RUN = 25;
const CLOSING = /[.,;:!?)]/;
/** Words a run of filler needs, on one line (SALAD's twelve) or wrapped over several (wrappedFiller). */
const MIN_RUN_WORDS = 12;
/**
 * A letter doubled where English words almost never double it ("ii", "uu", "vv", "aa" before
 * another letter: "Valliuum", "Viiagra", "VVeight", "CHEAAP"), in a word of five letters or more
 * the dictionary does not know ("skiing" and "vacuum" it knows). Not a run of three: "fiiiinally"
 * is a voice stretching a word. One such word is a typo ("informatiion"); the rule reads two.
 */
export const STRETCHED = compilePhrases({ name: 'disguised-words:stretched', withinSentence: true, regex: /(?<![\p{L}\p{N}_'’@#./=-])\p{L}*(?:ii|uu|vv|aa|II|UU|VV|AA)\p{L}+(?![\p{L}\p{N}_'’@-])/gu });
const TRIPLED = /(\p{L})\1\1/iu;
const MIN_STRETCHED_WORDS = 2;
/** A Greek or Cyrillic letter between Latin ones: a look-alike swapped in ("Onlμne", "ejaculatνon"). */
export const LOOK_ALIKE = compilePhrases({
  name: 'disguised-words:look-alike', withinSentence: true,
  regex: /\p{Script=Latin}+[\p{Script=Greek}\p{Script=Cyrillic}]+\p{Script=Latin}+/gu,
});

/**
 * Filler strung together carries almost none of the small words of grammar (Enron's spam: none in
 * 135 runs of 170); a person's unpunctuated prose, about half (every run in every reply of the
 * labelled data: 0.4–0.6).
 */
const MAX_GRAMMAR_SHARE = 0.2;
function isFiller(words: readonly string[]): boolean {
  return words.filter((w) => GRAMMAR_WORDS.has(w)).length < MAX_GRAMMAR_SHARE * words.length;
}

/** A line of nothing but lower-case words: no capital, digit or punctuation (matched line by line, so only an edited line is read again). */
export const BARE_LINE = compilePhrases({ name: 'disguised-words:bare-line', regex: /(?<=^[ \t]*)[a-z]{2,}(?: +[a-z]{2,})*(?=[ \t\r]*$)/g });
/** What lies between two lines next to each other: one line break, no blank line. */
const NEXT_LINE = /^[ \t\r]*\n[ \t]*$/;

interface Block {
  start: number;
  end: number;
  words: string[];
  lines: number;
}

/**
 * Filler wrapped over lines ("degree left central ran / enough us has writer twice / ready
 * develop year criticize"): two or more lines in a row of nothing but lower-case words, together
 * as long as a run (MIN_RUN_WORDS) and as poor in the small words of grammar (isFiller). SALAD is
 * matched line by line, so it never sees such a run whole. A person's hard-wrapped prose has a
 * capital, a digit or a stop on nearly every line, and its small words besides.
 */
function wrappedFiller(draft: Draft): Block[] {
  const found: Block[] = [];
  let block: Block | undefined;
  const close = (): void => {
    if (block && block.lines >= 2 && block.words.length >= MIN_RUN_WORDS && isFiller(block.words)) found.push(block);
    block = undefined;
  };
  for (const line of findPhrases(draft, BARE_LINE)) {
    if (block && !NEXT_LINE.test(draft.text.slice(block.end, line.start))) close();
    block ??= { start: line.start, end: line.end, words: [], lines: 0 };
    block.end = line.end;
    block.words.push(...line.phrase.split(/ +/));
    block.lines++;
  }
  close();
  return found;
}

/**
 * Punctuation typed without its space, not a disguise: "Academy(glass house)", "own)as" after an
 * opening bracket, "stress;Kill" before a capital. A bracket that pairs up within the line is a
 * parenthesis; a disguise ("Xan)ax", "remov(ed") leaves it unpaired.
 */
function isMissingSpace(text: string, start: number, phrase: string): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  const symbols = [...phrase.matchAll(/[~*{}()|^\\;]+/g)];
  return symbols.every((s) => {
    const at = start + s.index!;
    if (s[0] === '(') return text.slice(at + 1, lineEnd).includes(')');
    if (s[0] === ')') return text.slice(lineStart, at).includes('(');
    if (s[0] === ';') return /\p{Lu}/u.test(text.charAt(at + 1));
    return false;
  });
}

const letters = (w: string): number => w.replace(/\d/g, '').length;

/**
 * Not a disguise but a code or a mangled letter: a number of three digits or more with four
 * letters or fewer around it is a model or file number ("pkz300b", "rx300h"); an upper-case hex
 * pair inside lower-case letters is an accented letter whose quoted-printable "=" got lost
 * ("legislaciF3n" for "legislación", "GF6teborg" for "Göteborg").
 */
const isModelNumber = (word: string): boolean => /\d{3}/.test(word) && letters(word) <= 4;
const LOST_ACCENT = /(?<=\p{L})[C-F][0-9A-F](?=\p{Ll})/u;

/** Textese syllables: "l8r", "w8ing", "2nite" use a lone 2, 4 or 8 for a sound, not a letter. */
const SOUND_DIGIT = /^\p{L}+[248]\p{L}+$/u;
/** "A B C D E": the alphabet recited, not a word taken apart. */
const inAlphabetOrder = (spaced: string): boolean => {
  const codes = [...spaced.replace(/[^\p{L}]/gu, '').toLowerCase()].map((c) => c.charCodeAt(0));
  return codes.every((c, i) => i === 0 || c === codes[i - 1]! + 1);
};

export default defineRule({
  id: 'disguised-words',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Disguised words: {count:place|places} written to dodge spam filters.',
  docs: {
    summary: 'Flags words spelled to dodge spam filters: digits or symbols inside (V1agra, pr0duct, Pha*rmacy), letters set apart (C O L L E G E, V-i-a-g-r-a, M.E.R.I.D.I.A), a Greek look-alike letter (Onlμne) or letters doubled where English never doubles them (Valliuum, Viiagra), and unpunctuated runs of filler words, on one line or wrapped over several.',
    why: 'Spelling tricks and filler text are how spam dodges filters; readers spot them at once and filters learned them long ago.',
    good: ['c u 2day at 3pm? b4 the Q3 review, any1 can join the call on MH370 notes.', 'The B2B plan ships with 1Gb of storage and mp3 export.', 'Ask your friend(s) and see note (a); the *final* file is in reports/q3.'],
    bad: [
      'Cheap V1agra and C1alis, no prescription.',
      'Or32der our pr0duct Onlin0e today.',
      'Buy from our Onl*ine Pha*rmacy, and get your m~eds with no p~r~escription.',
      'Get your C O L L E G E  D E G R E E in weeks: 0rder V-i-a-g-r-a from our Onlμne store.',
    ],
  },
  options: {},
  messages: {
    disguised: '"{word}" hides digits or symbols in a word, a spam-filter dodge readers spot at once.',
    spaced: '"{word}" is a word taken apart letter by letter, a spam-filter dodge readers spot at once.',
    lookAlike: '"{word}" swaps in a look-alike letter from another alphabet, a spam-filter dodge.',
    salad: 'A run of {count} unpunctuated words reads as filler pasted in to beat spam filters.',
    stretched: '"{word}" doubles a letter English does not double there, a spam-filter dodge readers spot at once.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    const advice = 'Spell the word plainly; if a filter would catch it, the message needs rethinking, not disguising.';
    const disguised = [...findPhrases(draft, DISGUISED), ...findPhrases(draft, BROKEN)].sort((a, b) => a.start - b.start);
    for (const m of disguised) {
      // Short codes (h2o, i18n, k8s, a11y) and textese (l8r, w8ing) are not disguises.
      if (letters(m.phrase.replace(/[^\p{L}]/gu, '')) < 4 || SOUND_DIGIT.test(m.phrase)) continue;
      if (isModelNumber(m.phrase) || LOST_ACCENT.test(m.phrase)) continue;
      if (!/\d/.test(m.phrase) && isMissingSpace(draft.text, m.start, m.phrase)) continue;
      out.push({ messageId: 'disguised', data: { word: m.phrase }, start: m.start, end: m.end, suggestions: [{ kind: 'advice', label: advice }] });
    }
    for (const m of findPhrases(draft, SPACED)) {
      if (inAlphabetOrder(m.phrase)) continue;
      out.push({ messageId: 'spaced', data: { word: m.phrase }, start: m.start, end: m.end, suggestions: [{ kind: 'advice', label: advice }] });
    }
    for (const m of findPhrases(draft, LOOK_ALIKE)) {
      out.push({ messageId: 'lookAlike', data: { word: m.phrase }, start: m.start, end: m.end, suggestions: [{ kind: 'advice', label: advice }] });
    }
    const stretched = findPhrases(draft, STRETCHED).filter((m) => m.phrase.length >= 5 && !TRIPLED.test(m.phrase) && !isKnownWord(m.phrase.toLowerCase()));
    if (new Set(stretched.map((m) => m.phrase.toLowerCase())).size >= MIN_STRETCHED_WORDS) {
      for (const m of stretched) out.push({ messageId: 'stretched', data: { word: m.phrase }, start: m.start, end: m.end, suggestions: [{ kind: 'advice', label: advice }] });
    }
    const salad = (start: number, end: number, count: number): RuleFinding => ({
      messageId: 'salad',
      data: { count },
      start,
      end,
      suggestions: [
        { kind: 'replace', label: 'Delete the filler', replacement: '' },
        { kind: 'advice', label: 'Cut filler text; write the sentences a reader needs, with punctuation.' },
      ],
    });
    const runs: RuleFinding[] = [];
    for (const m of findPhrases(draft, SALAD)) {
      const words = m.phrase.trim().split(/ +/);
      if (words.length < SURE_RUN && CLOSING.test(draft.text.charAt(m.end))) continue;
      if (!isFiller(words)) continue;
      runs.push(salad(m.start, m.end, words.length));
    }
    out.push(...runs);
    // A wrapped block that holds a run already found is flagged once, by the run.
    for (const block of wrappedFiller(draft)) {
      if (!runs.some((r) => block.start <= r.start && r.end <= block.end)) out.push(salad(block.start, block.end, block.words.length));
    }
    return out.sort((a, b) => a.start - b.start);
  },
});

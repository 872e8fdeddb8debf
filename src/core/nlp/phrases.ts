/**
 * The phrase engine: every rule, strength and signal that looks for set phrases ("act now",
 * "award-winning", "I hope this email finds you well") finds them here, with one compile step
 * (compilePhrases), one scan (findPhrases) and one kind of match (PhraseMatch).
 *
 * A list is given in one of two forms (PhraseSpec):
 * - words, matched on the draft's tokens: a phrase starts and ends on word boundaries, may be
 *   written with spaces or hyphens ("award winning" = "award-winning"), in any case or
 *   apostrophe style, and does not run across punctuation ("act, now" is not "act now");
 * - a regular expression, or whole-word alternatives, where a word needs its forms or its
 *   context spelled out ("best price" but not "best regards"); `phrase` is then the matched text.
 * Both are matched line by line, and each line's matches are remembered (phrase-lines.ts), so
 * after an edit only the edited line is matched again (word lists: the edited sentence,
 * phrase-sentences.ts). A rule does not care which form its list takes.
 */
import type { Draft } from './draft.ts';
import { foundByLines, itemsOfLines } from './by-lines.ts';
import { firstStartingFrom } from './first-index.ts';
import { type DraftLine, linesOf } from './phrase-lines.ts';
import { patternMatchesIn } from './pattern-matches.ts';
import { patternsBySentence, registerSentencePattern, sentencePatterns, sharedBySentence } from './phrase-sentences.ts';
import { Lru } from './lru.ts';
import { byFirstWord, type PhraseMatch, registerFirstWords, scanShared, scanStream, shareList, sharedLists, type WordList } from './phrase-stream.ts';
import { DraftMemo } from './draft-memo.ts';

export { NUMBER_SLOT, type PhraseMatch } from './phrase-stream.ts';
export { clearPhraseCaches } from './phrase-lines.ts';

/**
 * A pattern may say that it never runs across two sentences and reads nothing beyond the one it
 * matches in (no ^ or $, nothing that matches or looks past a sentence's end): it is then tested
 * on the edited sentence after a keystroke instead of the whole line. The test
 * tests/unit/sentence-patterns.test.ts checks, line by line on text, that it finds the same.
 */
interface PatternScope {
  readonly withinSentence?: boolean;
}

/** A regular expression, global, tested against one line (or one sentence) at a time. */
export interface RegexSpec extends PatternScope {
  readonly name: string;
  readonly regex: RegExp;
}

/** Whole-word, case-insensitive alternatives, each a regular expression starting with a letter or digit ("click here", "sorry (?:to hear|about)"). */
export interface AlternativesSpec extends PatternScope {
  readonly name: string;
  readonly alternatives: readonly string[];
}

/** A phrase list as the lexicon or a rule gives it: words and phrases, or a pattern. */
export type PhraseSpec = Iterable<string> | RegexSpec | AlternativesSpec;

/** Each list's matches per draft, made once: most lists are read by more than one rule, strength or signal. */
interface DraftMatches {
  readonly matches: DraftMemo<readonly PhraseMatch[]>;
}

interface WordPhrases extends WordList, DraftMatches {
  readonly kind: 'words';
  /** Built in, so matched with every other built-in list in one pass (phrase-stream.ts scanShared). */
  readonly shared: boolean;
}

interface PatternPhrases extends DraftMatches {
  readonly kind: 'pattern';
  readonly name: string;
  readonly regex: RegExp;
  /** Matches right after "@" or "#" are part of a handle or a hashtag, not words: skipped. */
  readonly notInTags: boolean;
  /** Matched sentence by sentence (phrase-sentences.ts patternBySentence). */
  readonly withinSentence: boolean;
}

/** A compiled phrase list (compilePhrases): what findPhrases scans for. */
export type Phrases = WordPhrases | PatternPhrases;

const CURLY_QUOTES = /[’‘`]/g;
const WORD_BREAKS = /[\s\-‑]+/;
/** Punctuation around a phrase word, kept: '#' ("#1"), '{…}' (slots), apostrophes and '%'. */
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}#{'%]+|[^\p{L}\p{N}}'%]+$/gu;

/** Lower-case words of a phrase; hyphens and apostrophe styles normalised like the draft's. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(CURLY_QUOTES, "'")
    .split(WORD_BREAKS)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter((w) => w !== '');
}

const isRegex = (spec: PhraseSpec): spec is RegexSpec => 'regex' in spec && spec.regex instanceof RegExp;
const isAlternatives = (spec: PhraseSpec): spec is AlternativesSpec => 'alternatives' in spec && Array.isArray(spec.alternatives);

export function compilePhrases(spec: PhraseSpec): Phrases {
  return compile(spec, true);
}

function compile(spec: PhraseSpec, share: boolean): Phrases {
  if (isRegex(spec)) {
    if (!spec.regex.global) throw new Error(`phrases ${spec.name}: the regex must be global`);
    return remember({ kind: 'pattern', name: spec.name, regex: spec.regex, notInTags: false, withinSentence: spec.withinSentence === true, matches: new DraftMemo() });
  }
  if (isAlternatives(spec)) {
    // Longest first, so "click here" wins over "click". `\b` without the u flag scans about a
    // third faster than a lookbehind at every position; handles and hashtags are checked on the match.
    const body = [...spec.alternatives].sort((a, b) => b.length - a.length).join('|');
    return remember({ kind: 'pattern', name: spec.name, regex: new RegExp(`\\b(?:${body})(?!\\w)`, 'gi'), notInTags: true, withinSentence: spec.withinSentence === true, matches: new DraftMemo() });
  }
  const phrases: { phrase: string; words: string[] }[] = [];
  for (const phrase of spec) {
    const words = phraseWords(phrase);
    if (words.length > 0) phrases.push({ phrase, words });
  }
  const byFirst = byFirstWord(phrases);
  registerFirstWords(byFirst.keys());
  const list: WordPhrases = { kind: 'words', byFirst, shared: share, matches: new DraftMemo() };
  if (share) shareList(list);
  return list;
}

/** A pattern that stays within a sentence joins the ones a changed line matches together (phrase-sentences.ts). */
function remember(pattern: PatternPhrases): PatternPhrases {
  if (pattern.withinSentence) registerSentencePattern(pattern);
  return pattern;
}

const userLists = new Lru<string, Phrases>(16);

/** A user's word list, compiled once per distinct list (settings change rarely). */
export function cachedPhrases(phrases: readonly string[]): Phrases {
  const key = phrases.join('\n');
  let compiled = userLists.get(key);
  if (!compiled) {
    compiled = compile(phrases, false);
    userLists.set(key, compiled);
  }
  return compiled;
}

/** No match: one shared empty list, so a line's cache entry costs nothing for the lists it lacks. */
const NONE: readonly PhraseMatch[] = [];


/**
 * Every match of the list in the draft, in text order, with offsets into draft.text. Word
 * lists: non-overlapping, left to right, the longest phrase first at each position. `until`
 * stops the scan at that text offset (e.g. a rule that only reads the opening sentence).
 * The result is shared: read it, never change it. After an edit, the lines the draft took over
 * from the last one keep that draft's matches (draft-build.ts foundByLines): only the edited
 * lines are read, instead of every line's cache entry once per list.
 */
export function findPhrases(draft: Draft, phrases: Phrases, until = Infinity): readonly PhraseMatch[] {
  const memo = phrases.matches;
  // Most calls find the list already matched for this draft: no closure for them.
  const all = memo.get(draft) ?? foundByLines(draft, memo, (d, from, to) => {
    const lines = linesOf(d);
    // The non-empty lines (linesOf) among draft.lines[from, to).
    const [first, end] = itemsOfLines(lines, d, from, to);
    return matchLines(d, phrases, lines, first, end);
  });
  if (until === Infinity) return all;
  const end = firstStartingFrom(all, until);
  return end === all.length ? all : all.slice(0, end);
}

/** Matches of the list in lines[from, to) of the draft's lines (linesOf). */
function matchLines(draft: Draft, phrases: Phrases, lines: readonly DraftLine[], from: number, to: number): readonly PhraseMatch[] {
  // Most lists find nothing in the edited line: no array for them.
  let out: PhraseMatch[] | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    let matches = line.entry.get(phrases);
    if (!matches) {
      matches = matchLine(draft, line, phrases);
      line.entry.set(phrases, matches);
    }
    if (matches.length === 0) continue;
    const first = line.firstToken;
    out ??= [];
    for (const m of matches) {
      // max: a token index of -1 is the last token before the line, or the first of the draft.
      out.push({ phrase: m.phrase, start: line.start + m.start, end: line.start + m.end, firstToken: Math.max(0, first + m.firstToken), lastToken: Math.max(0, first + m.lastToken) });
    }
  }
  return out ?? NONE;
}

/** The list's matches in one line, in the line's terms (phrase-lines.ts). */
function matchLine(draft: Draft, line: DraftLine, phrases: Phrases): readonly PhraseMatch[] {
  if (phrases.kind === 'pattern') {
    // Every pattern that stays within a sentence at once, sentence by sentence: the line's entry then holds them all.
    const bySentence = phrases.withinSentence ? patternsBySentence(draft, line) : null;
    if (!bySentence) return patternMatches(line, phrases);
    sentencePatterns().forEach((pattern, i) => line.entry.set(pattern, orNone(bySentence[i]!)));
    return line.entry.get(phrases)!;
  }
  if (!phrases.shared) {
    const possible = line.possibleStarts();
    return possible.length ? orNone(scanStream(line.text, line.stream(), phrases, possible)) : NONE;
  }
  // Every built-in list at once, sentence by sentence where it can be: the line's entry then holds them all.
  const all = sharedBySentence(draft, line) ?? scanShared(line.text, line.stream(), line.possibleStarts());
  sharedLists().forEach((list, i) => line.entry.set(list, orNone(all[i]!)));
  return line.entry.get(phrases)!;
}

const orNone = (matches: PhraseMatch[]): readonly PhraseMatch[] => (matches.length ? matches : NONE);

function patternMatches(line: DraftLine, pattern: PatternPhrases): readonly PhraseMatch[] {
  return orNone(patternMatchesIn(line.text, pattern, (offset) => line.tokenAt(offset)));
}

/**
 * Signs that a draft gives the reader something to use (P4): a number, a step, an example, a
 * how-to, a finding or a short story. Heuristic by design (anchors.md §d6): any one sign is
 * enough, so the value rules stay quiet on real content and speak up on pure hype.
 */
import type { Draft, Token } from './draft.ts';
import { NUMBER_SLOT, compilePhrases, findPhrases } from './phrases.ts';
import { quotedRanges } from './quotes.ts';
import { isEmail, isHashtag, isUrl, wordOf } from './words.ts';

const USABLE = compilePhrases([
  'how to', "here's how", 'here is how', 'this is how', `step ${NUMBER_SLOT}`, 'steps', 'tip', 'tips', 'for example', 'for instance',
  'e.g', 'such as', 'example', 'case study', 'checklist', 'template', 'guide', 'playbook', 'worksheet', 'cheat sheet',
  'lesson', 'lessons', 'we learned', 'i learned', 'we found', 'i found', 'found that', 'we noticed', 'i noticed',
  'we tested', 'i tested', 'study', 'research', 'survey', 'last week', 'last month', 'last year', 'last quarter',
  'yesterday', 'ago', 'a customer', 'one customer', 'a client', 'one client', 'told me', 'told us', 'try this', 'the trick',
  'mistake', 'mistakes', 'what worked', 'what works', 'why it works', 'instead of', 'the reason', 'because',
]);
/** Number words that state a quantity ("three steps"); "one" is too often "one of a kind". */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'twenty', 'fifty', 'hundred', 'thousand', 'half', 'dozen']);
/** Digits that carry no fact: "#1" is a brag, "10x" a promise. */
const EMPTY_NUMBER = /^#\d+$|^\d+x$/i;
const DIGIT = /\d/;
const LIST_LINE = /^\s*(?:[-•*▪◦–]|\d{1,2}[.)])\s+\S/;

function isFigure(t: Token): boolean {
  if (NUMBER_WORDS.has(wordOf(t))) return true;
  // Cheap test first: the link and handle checks run only on the few tokens with a digit.
  if (!DIGIT.test(t.text) || EMPTY_NUMBER.test(t.text)) return false;
  return !(isUrl(t) || isEmail(t) || isHashtag(t) || t.text.startsWith('@'));
}

export interface ValueSigns {
  /** Sentences (by index) that hold a figure or a usable phrase. */
  sentences: ReadonlySet<number>;
  /** Draft-wide signs: a list of two or more items, or a quoted passage (a customer's words). */
  structure: boolean;
}

const cache = new WeakMap<Draft, ValueSigns>();

export function valueSigns(draft: Draft): ValueSigns {
  let signs = cache.get(draft);
  if (signs) return signs;
  const sentences = new Set<number>();
  for (const t of draft.words) if (isFigure(t)) sentences.add(t.sentence);
  for (const m of findPhrases(draft, USABLE)) sentences.add(draft.tokens[m.firstToken]!.sentence);
  const listLines = draft.lines.filter((l) => LIST_LINE.test(draft.text.slice(l.start, l.end))).length;
  const quoted = quotedRanges(draft).some(([s, e]) => e - s >= 20);
  signs = { sentences, structure: listLines >= 2 || quoted };
  cache.set(draft, signs);
  return signs;
}

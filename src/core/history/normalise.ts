/**
 * Turns a draft into the word sequences its fingerprint is built from. Whatever a mail merge
 * or a quick edit changes between copies of the same message (names, addresses, numbers,
 * links, {{merge fields}}) becomes a placeholder, so "Hi Anna" and "Hi Ben" read the same.
 */

/** Placeholders. Runs of them collapse to one ("Anna Smith" and "Ben" are both one name). */
const NAME = '<name>';
const EMAIL = '<email>';
const URL = '<url>';
const NUMBER = '<num>';

// Merge-field syntaxes of common tools: {{first_name}}, {first_name}, [First Name], %FNAME%,
// *|FNAME|*, <<Name>>. Each stands for whatever the merge put there (usually a name).
const MERGE_FIELD = /\{\{[^{}]{1,40}\}\}|\{[^{}\s][^{}]{0,39}\}|\[[A-Za-z][\w .-]{0,39}\]|%[A-Za-z_][\w]{0,39}%|\*\|[\w]{1,40}\|\*|<<[^<>]{1,40}>>/g;
const EMAIL_RE = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[A-Za-z]{2,}/g;
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
// Sentence ends and line breaks: fingerprints are built per sentence so reordering is free.
const SENTENCE_BREAK = /[.!?…]+(?=\s|$)|\n+/;
const WORD = /<(?:name|email|url|num)>|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const HAS_DIGIT = /\p{N}/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Capitalised words that are common words, not names: they keep their identity so two
 * unrelated drafts do not look alike because every sentence starts with "<name>".
 */
const COMMON_CAPITALISED: ReadonlySet<string> = new Set(
  ('a about after all also an and any are as at be because but by can could dear did do does for from good ' +
    'great had has have he hello her hey hi his how i i\'m i\'ve i\'ll i\'d if in is it it\'s just let let\'s ' +
    'like many may more most my no not now of on one or our please quick she so some thank thanks that the ' +
    'their then there these they this those to today we we\'re we\'ve we\'ll what when where which who why ' +
    'will with would yes you you\'re you\'ll your best regards cheers sincerely kind warm').split(' '),
);

/** The normalised words of each sentence of `text`, in order; empty sentences are dropped. */
export function normalisedSentences(text: string): string[][] {
  const replaced = text
    .replace(URL_RE, ` ${URL} `)
    .replace(EMAIL_RE, ` ${EMAIL} `)
    .replace(MERGE_FIELD, ` ${NAME} `);
  const out: string[][] = [];
  for (const sentence of replaced.split(SENTENCE_BREAK)) {
    const words = normaliseWords(sentence);
    if (words.length > 0) out.push(words);
  }
  return out;
}

function normaliseWords(sentence: string): string[] {
  const words: string[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const word = placeholderFor(match[0]);
    const previous = words[words.length - 1];
    if (word.startsWith('<') && word === previous) continue;
    words.push(word);
  }
  return words;
}

function placeholderFor(raw: string): string {
  if (raw.startsWith('<')) return raw;
  if (HAS_DIGIT.test(raw)) return NUMBER;
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (CAPITALISED.test(raw) && !COMMON_CAPITALISED.has(lower)) return NAME;
  return lower;
}

/** Word classes several rules and the stats share. Lower-case normals. */
import type { Token } from './draft.ts';

export const READER_WORDS: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", 'ya', 'y’all', "y'all"]);
export const SELF_WORDS: ReadonlySet<string> = new Set(['we', 'our', 'ours', 'us', 'ourselves', "we're", "we've", "we'll", "we'd", 'i', 'my', 'me', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"]);

const CURLY_APOSTROPHES = /[’‘`]/g;

/** The word a token stands for, with apostrophe styles unified ("We’re" -> "we're"). */
export function wordOf(token: Pick<Token, 'normal'>): string {
  const normal = token.normal;
  // Runs per token in many rules: most words have no apostrophe, so skip the regex for them.
  return normal.includes('’') || normal.includes('‘') || normal.includes('`') ? normal.replace(CURLY_APOSTROPHES, "'") : normal;
}

export const isReaderWord = (t: Token): boolean => READER_WORDS.has(wordOf(t));
export const isSelfWord = (t: Token): boolean => SELF_WORDS.has(wordOf(t));
// Hoisted: these run per token on every keystroke, and a \p{…} regex literal inside a function
// is rebuilt on each call (about 3× slower than a shared one).
const URL_PATTERN = /^(https?:\/\/|www\.)\S+|^\S+\.(com|org|net|io|co|ly)(\/\S*)?$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HASHTAG_PATTERN = /^#[\p{L}\p{N}_]+/u;
export const isUrlText = (text: string): boolean => URL_PATTERN.test(text);
export const isHashtagText = (text: string): boolean => HASHTAG_PATTERN.test(text);
export const isUrl = (t: Token): boolean => URL_PATTERN.test(t.text);
export const isEmail = (t: Token): boolean => EMAIL_PATTERN.test(t.text);
export const isHashtag = (t: Token): boolean => HASHTAG_PATTERN.test(t.text);
const RANK_PATTERN = /^#\d+$/;
/** A hashtag that tags a topic for a feed: "#1" is a rank, not a tag. */
export const isTopicTag = (t: Token): boolean => t.text.startsWith('#') && HASHTAG_PATTERN.test(t.text) && !RANK_PATTERN.test(t.text);


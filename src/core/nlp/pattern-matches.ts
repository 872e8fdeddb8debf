/**
 * A pattern's matches in a piece of text: a whole line (phrases.ts) or one chunk of it
 * (phrase-sentences.ts), with offsets in that text and tokens as `tokenAt` counts them.
 */
import type { PhraseMatch } from './phrase-stream.ts';

/** A regular expression (global), and whether a match right after "@" or "#" is part of a handle or a hashtag and skipped. */
export interface TextPattern {
  readonly name?: string;
  readonly regex: RegExp;
  readonly notInTags: boolean;
}

export function patternMatchesIn(text: string, { regex, notInTags }: TextPattern, tokenAt: (offset: number) => number): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  // exec, not matchAll: matchAll clones the regex for every call, which cost more than the match.
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (notInTags && m.index > 0 && (text[m.index - 1] === '@' || text[m.index - 1] === '#')) continue;
    const end = m.index + m[0].length;
    out.push({ phrase: m[0], start: m.index, end, firstToken: tokenAt(m.index), lastToken: tokenAt(end - 1) });
  }
  return out;
}

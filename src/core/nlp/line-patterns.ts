/**
 * Regular-expression signals matched line by line, each line's matches cached by its text, so
 * after an edit only the edited line is scanned again (the same bargain as the sentence cache
 * in draft.ts). A signal never spans two lines: a line break ends a thought in every composer.
 */
import type { Draft } from './draft.ts';
import { Lru } from './lru.ts';

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

export interface LinePattern {
  readonly name: string;
  /** Global and case-insensitive where the signal is; tested against one line at a time. */
  readonly regex: RegExp;
  /** Line text → [start, end) pairs relative to the line. */
  readonly cache: Lru<string, readonly number[]>;
}

/** Enough lines for the last few drafts of any length the composer holds. */
const LINES_PER_PATTERN = 600;
/** Every pattern made, so clearCaches() in draft.ts can make a cold run truly cold. */
const made: LinePattern[] = [];

export function linePattern(name: string, regex: RegExp): LinePattern {
  if (!regex.global) throw new Error(`linePattern ${name}: the regex must be global`);
  const pattern = { name, regex, cache: new Lru<string, readonly number[]>(LINES_PER_PATTERN) };
  made.push(pattern);
  return pattern;
}

/** Builds a whole-word, case-insensitive pattern from alternatives ("click here", "order now"). */
export function wordsPattern(name: string, alternatives: readonly string[]): LinePattern {
  // Longest first, so "click here" wins over "click".
  const body = [...alternatives].sort((a, b) => b.length - a.length).join('|');
  return linePattern(name, new RegExp(`(?<![\\w@#])(?:${body})(?![\\w])`, 'giu'));
}

function scanLine(pattern: LinePattern, line: string): readonly number[] {
  const cached = pattern.cache.get(line);
  if (cached) return cached;
  const spans: number[] = [];
  pattern.regex.lastIndex = 0;
  for (const m of line.matchAll(pattern.regex)) {
    if (m[0].length === 0) continue;
    spans.push(m.index, m.index + m[0].length);
  }
  pattern.cache.set(line, spans);
  return spans;
}

/** Every match of the pattern in the draft, in order, with offsets into draft.text. */
export function matchesIn(draft: Draft, pattern: LinePattern): TextMatch[] {
  const out: TextMatch[] = [];
  for (const line of draft.lines) {
    if (line.end === line.start) continue;
    const spans = scanLine(pattern, draft.text.slice(line.start, line.end));
    for (let i = 0; i < spans.length; i += 2) {
      const start = line.start + spans[i]!;
      const end = line.start + spans[i + 1]!;
      out.push({ start, end, text: draft.text.slice(start, end) });
    }
  }
  return out;
}

/** How many times the pattern matches in the draft. */
export const countIn = (draft: Draft, pattern: LinePattern): number => {
  let count = 0;
  for (const line of draft.lines) if (line.end > line.start) count += scanLine(pattern, draft.text.slice(line.start, line.end)).length / 2;
  return count;
};

export function clearLinePatternCaches(): void {
  for (const p of made) p.cache.clear();
}

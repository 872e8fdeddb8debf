/**
 * Emoji found in the raw text (the tokenizer splits ZWJ sequences and flags unevenly), grouped
 * into runs: emoji next to each other, or apart only by spaces, read as one burst ("🚀🚀🚀").
 */

import type { Draft } from './draft.ts';
import { foundInLineTexts } from './by-lines.ts';
import { DraftMemo } from './draft-memo.ts';

/** One emoji: a flag pair, a keycap, or a pictograph with its modifiers and ZWJ joins. */
const EMOJI = /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0F\p{EMod}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{EMod}]*)*/gu;
/** Pictographic by Unicode, but plain text symbols in prose when not in emoji style. */
const TEXT_SYMBOLS = new Set(['©', '®', '™', '‼', '↔', '↩', '↪', '▪', '▫', '⁉']);

export interface EmojiRun {
  readonly start: number;
  readonly end: number;
  /** The emoji in the run, in order. */
  readonly emoji: readonly string[];
}

const runsByDraft = new DraftMemo<readonly EmojiRun[]>();

/** The draft's emoji runs, once per draft; a run never spans a line, so an edit reads the edited lines only. */
export function draftEmojiRuns(draft: Draft): readonly EmojiRun[] {
  return foundInLineTexts(draft, runsByDraft, emojiRuns);
}

export function emojiRuns(text: string): EmojiRun[] {
  const runs: { start: number; end: number; emoji: string[] }[] = [];
  for (const m of text.matchAll(EMOJI)) {
    if (TEXT_SYMBOLS.has(m[0])) continue;
    const last = runs.at(-1);
    if (last && /^[ \t\u00a0\uFE0F]*$/.test(text.slice(last.end, m.index))) {
      last.end = m.index + m[0].length;
      last.emoji.push(m[0]);
    } else runs.push({ start: m.index, end: m.index + m[0].length, emoji: [m[0]] });
  }
  return runs;
}

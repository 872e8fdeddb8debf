/**
 * Emoji found in the raw text (the tokenizer splits ZWJ sequences and flags unevenly), grouped
 * into runs: emoji next to each other, or apart only by spaces, read as one burst ("🚀🚀🚀").
 */

/** One emoji: a flag pair, a keycap, or a pictograph with its modifiers and ZWJ joins. */
const EMOJI = /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0F\p{EMod}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{EMod}]*)*/gu;
/** Pictographic by Unicode, but plain text symbols in prose when not in emoji style. */
const TEXT_SYMBOLS = new Set(['©', '®', '™', '‼', '↔', '↩', '↪', '▪', '▫', '⁉']);

export interface EmojiRun {
  start: number;
  end: number;
  /** The emoji in the run, in order. */
  emoji: string[];
}

export function emojiRuns(text: string): EmojiRun[] {
  const runs: EmojiRun[] = [];
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

/**
 * A long paste is analysed in slices, each its own task, before the analysis that shows it:
 * a cold 1,000-word analysis in one go is a long task (issue 20). The analysis core caches
 * sentences and each line's matches, so the analysis after the last slice costs about what an
 * edit costs.
 */

/** A text longer than this past what is already prepared is sliced. */
export const PREPARE_SLICE_CHARS = 1500;

/**
 * Where the next slice of `text` ends, given that its first `prepared` characters are already
 * tokenized: at a line break when one is in reach (a slice then ends on whole sentences), else
 * after PREPARE_SLICE_CHARS. Null when the rest is short enough to analyse at once.
 */
export function nextSliceEnd(text: string, prepared: number): number | null {
  if (text.length - prepared <= PREPARE_SLICE_CHARS) return null;
  const end = text.lastIndexOf('\n', prepared + PREPARE_SLICE_CHARS);
  return end > prepared ? end : prepared + PREPARE_SLICE_CHARS;
}

/** What preparing a paste needs from the analysis core. */
export interface Preparer<Input> {
  /** Fills the core's caches for a text, with the input the analysis will get. */
  prepare(text: string, input: Input): void;
  /** Runs a task's worth of the engine's warm-up if it has not finished; true when it did. */
  warmUp(): boolean;
}

/**
 * Prepares the next slice of a composer's text, if its unprepared rest is long: first the
 * engine's warm-up, while it has not finished (a cold engine compiles its patterns inside the
 * first slice, a long task when the paste follows the first focus at once), then the slices.
 * True when it did some of either, and the analysis should wait for a task of its own.
 */
export function prepareNextSlice<Input>(session: { readonly text: string; prepared: number }, input: Input, core: Preparer<Input>): boolean {
  const end = nextSliceEnd(session.text, session.prepared);
  if (end === null) return false;
  if (core.warmUp()) return true;
  session.prepared = end;
  core.prepare(session.text.slice(0, end), input);
  return true;
}

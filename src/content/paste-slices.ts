/**
 * A long paste is tokenized in slices, each its own task, before the analysis that shows it:
 * a cold 1,000-word analysis in one go is a long task (issue 20). The analysis core caches
 * sentences, so the analysis after the last slice costs about what an edit costs.
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

/**
 * Prepares the next slice of a composer's text, if its unprepared rest is long (`prepare` fills
 * the core's sentence cache); true when it did, and the analysis should wait for a task of its own.
 */
export function prepareNextSlice(session: { readonly text: string; prepared: number }, prepare: (text: string) => void): boolean {
  const end = nextSliceEnd(session.text, session.prepared);
  if (end === null) return false;
  session.prepared = end;
  prepare(session.text.slice(0, end));
  return true;
}

/**
 * How much two texts share at their start and at their end: where an edit changed a draft.
 * Halving the unknown part, each step compares two slices natively: about twice the text's
 * length in all, against a loop of charCodeAt calls through the whole draft on every keystroke.
 */

/** The longest length up to `most` whose every stretch [from, to) `agree` accepts, found by halving. */
function longestAgreeing(most: number, agree: (from: number, to: number) => boolean): number {
  let same = 0;
  while (same < most) {
    const mid = (same + most + 1) >> 1;
    if (agree(same, mid)) same = mid;
    else most = mid - 1;
  }
  return same;
}

/** Length of the common start of a and b. */
export const commonStart = (a: string, b: string): number =>
  longestAgreeing(Math.min(a.length, b.length), (from, to) => a.slice(from, to) === b.slice(from, to));

/** Length of the common end of a and b, at most `limit`. */
export const commonEnd = (a: string, b: string, limit: number): number =>
  longestAgreeing(limit, (from, to) => a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from));

/**
 * The verdict: what a score says about a draft, as a key. Callers show `VERDICT_LABELS[key]`
 * (Report.verdict carries that wording) and key their own words on the key, so rewording a
 * label never blanks another screen.
 */
export type Verdict = 'real-dialogue' | 'mostly-dialogue' | 'leaning-broadcast' | 'mostly-broadcast';

/** Lowest score of each verdict, best first; the last one takes everything below. */
export const VERDICT_FROM: readonly (readonly [Verdict, number])[] = [
  ['real-dialogue', 80],
  ['mostly-dialogue', 60],
  ['leaning-broadcast', 40],
  ['mostly-broadcast', 0],
];

export const VERDICT_LABELS: Record<Verdict, string> = {
  'real-dialogue': 'Real dialogue',
  'mostly-dialogue': 'Mostly dialogue',
  'leaning-broadcast': 'Leaning broadcast',
  'mostly-broadcast': 'Mostly broadcast',
};

export function verdictFor(score: number): Verdict {
  return (VERDICT_FROM.find(([, from]) => score >= from) ?? VERDICT_FROM[VERDICT_FROM.length - 1]!)[0];
}

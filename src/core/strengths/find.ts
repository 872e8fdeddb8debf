/** Runs every strength over a draft: one entry per strength found, first sign's span and count. */
import type { Draft } from '../nlp/draft.ts';
import type { StrengthFound } from '../types.ts';
import { STRENGTHS } from './index.ts';

export function findStrengths(draft: Draft): StrengthFound[] {
  const found: StrengthFound[] = [];
  for (const strength of STRENGTHS) {
    const matches = strength.find(draft);
    const first = matches[0];
    if (first) found.push({ id: strength.id, label: strength.label, count: matches.length, start: first.start, end: first.end });
  }
  return found;
}

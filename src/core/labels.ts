/** Words the UI shows for ids: rule titles, dimensions, severities, word lists. */
import type { WordLists } from './rule.ts';
import type { Dimension, Severity } from './types.ts';

/** Words an id spells in lower case that people write otherwise. */
const PROPER: Record<string, string> = { linkedin: 'LinkedIn', cta: 'CTA', url: 'URL', urls: 'URLs' };

/** "linkedin-fold" -> "LinkedIn fold". Rules carry no title of their own; the id reads well enough. */
export function ruleTitle(id: string): string {
  const words = id.split('-').map((w) => PROPER[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const DIMENSION_LABELS: Record<Dimension, string> = {
  dialogue: 'Dialogue',
  value: 'Value',
  'self-promotion': 'Self-promotion',
  noise: 'Noise',
  clarity: 'Clarity',
  'call-to-action': 'Call to action',
};

/** One line per dimension: what its rules look for (PRINCIPLES.md). */
export const DIMENSION_BLURBS: Record<Dimension, string> = {
  dialogue: 'Talk with the reader, not at them: ask, listen and invite a reply.',
  value: 'Give the reader something they can use: a tip, a number, a step, a story.',
  'self-promotion': 'Claims about yourself that the reader cannot check are noise.',
  noise: 'Urgency clichés, shouting, stuffing and canned copy make readers tune out.',
  clarity: 'Plain words and short sentences, at a length that suits the channel.',
  'call-to-action': 'One clear, easy next step.',
};

export const SEVERITY_LABELS: Record<Severity, string> = { hint: 'Hint', warning: 'Warning', error: 'Error' };

export const WORD_LIST_LABELS: Record<keyof WordLists, string> = {
  brag: 'Extra brag and hype words',
  flag: 'Phrases to always flag',
  allow: 'Never flag (allow list)',
};

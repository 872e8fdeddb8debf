/** One colour per score dimension, for underlines, the card's tag and the panel's bars. */
import type { Dimension } from '../../core/types.ts';

export const CATEGORY_COLOURS: Record<Dimension, { light: string; dark: string }> = {
  'self-promotion': { light: '#cf222e', dark: '#ff8182' },
  noise: { light: '#bf3989', dark: '#f778ba' },
  dialogue: { light: '#0969da', dark: '#79c0ff' },
  value: { light: '#1a7f37', dark: '#56d364' },
  clarity: { light: '#9a6700', dark: '#e3b341' },
  'call-to-action': { light: '#8250df', dark: '#d2a8ff' },
};

export const CATEGORY_LABELS: Record<Dimension, string> = {
  'self-promotion': 'Self-promotion',
  noise: 'Noise',
  dialogue: 'Dialogue',
  value: 'Value',
  clarity: 'Clarity',
  'call-to-action': 'Call to action',
};

/** Score bands shared with the toolbar badge (background/badge.ts). */
export function scoreColour(score: number | null): string {
  if (score === null) return '#6e7781';
  return score >= 70 ? '#1a7f37' : score >= 45 ? '#9a6700' : '#cf222e';
}

/** Is this element drawn on a dark background? Walks up to the first opaque background. */
export function isOnDarkBackground(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!match || match[4] === '0') continue;
    return 0.2126 * Number(match[1]) + 0.7152 * Number(match[2]) + 0.0722 * Number(match[3]) < 110;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

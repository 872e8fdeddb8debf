/** One colour per score dimension, for underlines, the card's tag, the panel's and the popup's bars. */
import type { Dimension } from '../core/types.ts';

export const DIMENSION_COLOURS: Record<Dimension, { light: string; dark: string }> = {
  'self-promotion': { light: '#cf222e', dark: '#ff8182' },
  noise: { light: '#bf3989', dark: '#f778ba' },
  dialogue: { light: '#0969da', dark: '#79c0ff' },
  value: { light: '#1a7f37', dark: '#56d364' },
  clarity: { light: '#9a6700', dark: '#e3b341' },
  'call-to-action': { light: '#8250df', dark: '#d2a8ff' },
};

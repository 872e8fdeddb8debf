/** What the toolbar badge shows for a draft (background/badge-look.ts). */
import { expect, test } from 'vitest';
import { badgeFor } from '../../src/background/badge-look.ts';
import { BAND_COLOURS } from '../../src/report/score-band.ts';

test.each([
  [{ score: 92, noise: 'low' as const }, '92', BAND_COLOURS.good],
  [{ score: 70, noise: 'low' as const }, '70', BAND_COLOURS.good],
  [{ score: 69, noise: 'medium' as const }, '69', BAND_COLOURS.fair],
  [{ score: 45, noise: 'low' as const }, '45', BAND_COLOURS.fair],
  [{ score: 44, noise: 'medium' as const }, '44', BAND_COLOURS.poor],
  [{ score: 80, noise: 'high' as const }, '!', BAND_COLOURS.poor],
])('%j shows %s', (state, text, colour) => {
  expect(badgeFor(state)).toMatchObject({ text, colour });
});

test('no draft, or a draft too short to score, clears the badge', () => {
  expect(badgeFor(null).text).toBe('');
  expect(badgeFor({ score: null, noise: 'low' }).text).toBe('');
});

test('the tooltip says in words what the colour says', () => {
  expect(badgeFor({ score: 31, noise: 'high' }).title).toBe('Parley: 31/100, high noise');
  expect(badgeFor({ score: 88, noise: 'low' }).title).toBe('Parley: 88/100');
});

test('white badge text passes WCAG AA (4.5:1) on every band colour', () => {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  for (const colour of Object.values(BAND_COLOURS)) expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
});

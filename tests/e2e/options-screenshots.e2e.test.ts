/**
 * The options page as users see it, for the README (docs/screenshots/options.png and
 * options-dark.png), plus the layout checks a screenshot would show: nothing spills sideways
 * on a wide or a phone-sized window.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './harness.ts';
import { openOptions } from './options-helpers.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

let h: Harness;
let page: Page;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await launch();
  page = await openOptions(h);
});
afterAll(() => h?.close());

const overflow = (p: Page): Promise<number> => p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.each([
  ['light', 'options.png'],
  ['dark', 'options-dark.png'],
] as const)('%s scheme screenshot', async (scheme, file) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${file}` });
  expect(await overflow(page)).toBe(0);
});

test('a phone-sized window has no sideways scrolling', async () => {
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await overflow(page)).toBe(0);
});

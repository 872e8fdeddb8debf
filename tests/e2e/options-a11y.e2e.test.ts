/**
 * The options page with axe-core (no serious or critical violations, light and dark) and with
 * the keyboard only: every control is reachable, shows a visible focus ring, and works.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type Harness, launch } from './harness.ts';
import { focusStop, openOptions, saved, seriousViolations, storedSettings, tabUntil } from './options-helpers.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await launch();
  page = await openOptions(h);
});
afterAll(() => h?.close());

describe('axe', () => {
  test.each(['light', 'dark'] as const)('%s scheme: no serious or critical violations', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('keyboard only', () => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('every tab stop, in order, is on screen with a visible focus ring', async () => {
    await page.reload();
    await page.locator('#rules').waitFor();
    const seen = new Set<string>();
    const bad: string[] = [];
    for (let i = 0; i < 1000; i++) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      if (!stop || seen.has(stop.key)) break; // Past the last stop.
      seen.add(stop.key);
      if (!stop.ring || !stop.visible) bad.push(`${stop.label} (${stop.ring ? '' : 'no ring '}${stop.visible ? '' : `hidden: ${stop.where}`})`);
    }
    expect(bad).toEqual([]);
    // Every rule has at least its switch and severity; plus channels, lists, sites, memory, import.
    expect(seen.size).toBeGreaterThan(100);
  });

  test('skip link, then switch a rule off and make another louder', async () => {
    await page.reload();
    await page.locator('#rules').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to settings');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabUntil(page, '#rule-self-praise input[role="switch"]');
    await page.keyboard.press('Space');
    await saved(page);
    expect(await storedSettings(page)).toMatchObject({ analysis: { rules: { 'self-praise': { enabled: false } } } });

    await tabUntil(page, '#rule-we-vs-you input[type="radio"]:checked');
    await page.keyboard.press('ArrowRight');
    await saved(page);
    expect(await storedSettings(page)).toMatchObject({ analysis: { rules: { 'we-vs-you': { severity: 'warning' } } } });
  });

  test('an out-of-range number shows its error next to the field and is not saved', async () => {
    await tabUntil(page, '#rule-long-sentence-maxWords');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5');
    const error = page.locator('#rule-long-sentence-maxWords-error');
    // The field's message is the one validator's (core/option-check.ts), as a pack's check would say it.
    await expect.poll(() => error.textContent()).toBe('"Most words in a sentence" is 5, outside the allowed 10–100; not saved.');
    expect(await page.locator('#rule-long-sentence-maxWords').getAttribute('aria-invalid')).toBe('true');
    await saved(page);
    expect(JSON.stringify(await storedSettings(page))).not.toContain('long-sentence');

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('15');
    await saved(page);
    expect(await error.count()).toBe(0);
    expect(await storedSettings(page)).toMatchObject({ analysis: { rules: { 'long-sentence': { options: { maxWords: 15 } } } } });
  });

  test('channel tabs follow the arrow keys', async () => {
    await tabUntil(page, '#channel-tab-email');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('channel-tab-linkedin-post');
    expect(await page.locator('#channel-tab-linkedin-post').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('target-linkedin-post-maxChars');
  });

  test('word lists: an empty item is refused, a real one is added and removed', async () => {
    await tabUntil(page, '#words-allow');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#words-allow-error').textContent()).toMatch(/not added: an empty item\./);
    await page.keyboard.type('Best Buy');
    await page.keyboard.press('Enter');
    await saved(page);
    expect(await storedSettings(page)).toMatchObject({ analysis: { words: { allow: ['Best Buy'] } } });

    await tabUntil(page, 'button[aria-label="Remove \\"Best Buy\\""]');
    await page.keyboard.press('Enter');
    await saved(page);
    expect(JSON.stringify(await storedSettings(page))).not.toContain('Best Buy');
  });
});

describe('axe after edits', () => {
  test.each(['light', 'dark'] as const)('%s: with a rule off, a refused number and an import preview', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('#rule-self-praise input[role="switch"]').uncheck();
    await page.locator('#rule-long-sentence-maxWords').fill('5');
    await page.getByTestId('import-file').setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ parley: 1, settings: { rules: { 'no-such-rule': {}, urgency: { enabled: false } } } })),
    });
    await page.getByTestId('import-preview').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
});

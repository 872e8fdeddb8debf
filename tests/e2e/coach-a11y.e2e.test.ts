/**
 * The overlay for screen-reader and keyboard users: axe finds no serious or critical problem
 * in the card or the panel (light and dark pages); hints and the pill carry labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PLAYGROUND_URL } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, typeInto, waitForRule } from './coach-helpers.ts';
import { axeViolations } from './popup-helpers.ts';

const DARK = 'html,body{background:#0d1117!important;color:#e6edf3!important}.box{background:#161b22!important;color:#e6edf3!important}';

/** axe's serious and critical findings inside Parley's overlay only (the page is not ours). */
async function overlayViolations(page: Page): Promise<unknown[]> {
  return (await axeViolations(page)).filter((v) => v.targets.some((t) => t.includes('parley-overlay')));
}

describe('overlay accessibility', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(() => h.close());

  it.each(['light', 'dark'])('card and panel pass axe (%s page)', async (scheme) => {
    const page = await h.open(PLAYGROUND_URL);
    if (scheme === 'dark') await page.addStyleTag({ content: DARK });
    await typeInto(page, '#contenteditable', BROADCAST);
    await waitForRule(page, 'self-praise');
    await page.keyboard.press('Alt+Shift+P');
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
    expect(await overlayViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.locator('[data-parley-pill]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-parley-panel]').waitFor({ state: 'visible' });
    expect(await overlayViolations(page)).toEqual([]);
    await page.close();
  });

  it('labels what a screen reader meets: hints, pill, card, live summary', async () => {
    const page = await h.open(PLAYGROUND_URL);
    await typeInto(page, '#contenteditable', BROADCAST);
    await waitForRule(page, 'self-praise');
    const hint = page.locator('[data-parley-rule="self-praise"]').first();
    expect(await hint.getAttribute('aria-label')).toMatch(/self-promotion: .+/);
    expect(await page.locator('[data-parley-pill]').first().getAttribute('aria-label')).toMatch(/^Parley score \d+ of 100/);
    await expect.poll(() => page.locator('[data-parley-live]').textContent()).toMatch(/suggestions?\. Alt\+Shift\+P to review/);
    await page.keyboard.press('Alt+Shift+P');
    expect(await page.locator('[data-parley-card]').getAttribute('role')).toBe('dialog');
    await page.close();
  });
});

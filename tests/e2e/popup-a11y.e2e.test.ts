/**
 * The popup for keyboard and screen-reader users: axe finds no serious or critical problem in
 * any state, light or dark; every control is reached with Tab and shows where focus is; a fix
 * is taken with Enter alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCENARIOS } from './pages/src/popup-mock/connector-mock.ts';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, typeInto } from './coach-helpers.ts';
import { axeViolations, openMockPopup, openPopup } from './popup-helpers.ts';

const BODY = '[data-fixture-compose="1"] [g_editable="true"]';

/** The focused element: what it is, and whether a focus ring is drawn around it. */
function focused(popup: Page): Promise<{ tag: string; text: string; ring: boolean }> {
  return popup.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', text: '', ring: false };
    const style = getComputedStyle(el);
    return { tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 40), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
  });
}

describe('popup accessibility', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch();
    page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, BROADCAST);
    await page.locator('[data-parley-rule="self-praise"]').first().waitFor({ state: 'attached', timeout: 15_000 });
  });
  afterAll(() => h.close());

  it.each(['light', 'dark'] as const)('axe: no serious or critical violation on a scored draft (%s)', async (scheme) => {
    const popup = await openPopup(h, page, scheme);
    await popup.locator('details').first().evaluate((d) => d.setAttribute('open', ''));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it.each(Object.keys(SCENARIOS).flatMap((s) => [[s, 'light'], [s, 'dark']] as const))('axe: no serious or critical violation in state %s (%s)', async (scenario, scheme) => {
    const popup = await openMockPopup(h, scenario, scheme);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('every control is reached with Tab, with a visible focus ring, in reading order', async () => {
    const popup = await openPopup(h, page);
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      const f = await focused(popup);
      if (f.tag === 'body' || seen.includes(`${f.tag}:${f.text}`)) break;
      expect(f.ring, `focus ring on ${f.tag} "${f.text}"`).toBe(true);
      seen.push(`${f.tag}:${f.text}`);
    }
    const kinds = seen.map((s) => s.split(':')[0]);
    expect(seen[0]).toBe('button:Settings');
    expect(kinds).toContain('select');
    expect(kinds.filter((k) => k === 'summary').length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toMatch(/^button:Pause on this site/);
    await popup.close();
  });

  it('a dimension opens with Enter, and a fix is taken with Enter alone', async () => {
    const popup = await openPopup(h, page);
    const summary = popup.locator('[data-dimension="noise"] summary');
    await summary.focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('[data-dimension="noise"] details').getAttribute('open')).not.toBeNull();
    await popup.locator('.fix').first().focus();
    // Enter takes the fix on its way down and the popup closes: a key up would find no page.
    await popup.keyboard.down('Enter');
    await expect.poll(() => popup.isClosed()).toBe(true);
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
  });
});

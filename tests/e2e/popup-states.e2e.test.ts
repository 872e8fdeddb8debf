/**
 * The popup's states without a score, in the real flow: opened before any analysis (it then
 * fills in live as the writer types), a draft too short or not English, a site Parley is not
 * enabled on, a page it cannot coach, and paused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URLS, fixtureUrl } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, typeInto, waitForRule } from './coach-helpers.ts';
import { openPopup, POPUP, ready, shown } from './popup-helpers.ts';

const BODY = '[data-fixture-compose="1"] [g_editable="true"]';

describe('popup states', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(() => h.close());

  it('opened before any analysis: says how to start, then shows the score as the writer types', async () => {
    const page = await h.open(SITE_URLS.gmail);
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-screen]').getAttribute('data-screen')).toBe('no-composer');
    expect(await popup.locator('#empty-title').textContent()).toBe('No draft on this page yet');
    // The popup stays open while the page is written in, and follows the draft.
    await typeInto(page, BODY, BROADCAST);
    await waitForRule(page, 'self-praise');
    await expect.poll(async () => (await shown(popup)).score, { timeout: 15_000 }).toMatch(/^\d+$/);
    // Hints follow each key, so a score may show before the last words are in: wait for the whole draft's.
    await expect.poll(() => popup.locator('[data-noise="high"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('a draft too short to judge, and one not in English, say so instead of a score', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, 'Hi Sam');
    const popup = await openPopup(h, page);
    await expect.poll(async () => (await shown(popup)).screen, { timeout: 15_000 }).toBe('too-short');
    expect(await popup.locator('.empty-body').textContent()).toMatch(/too short/i);
    expect(await popup.locator('.ring').count()).toBe(0);
    await page.bringToFront();
    await page.keyboard.type(', je voulais savoir si vous aviez bien reçu notre proposition pour la réunion de demain matin.');
    await expect.poll(async () => (await shown(popup)).screen, { timeout: 15_000 }).toBe('not-english');
    expect(await popup.locator('#empty-title').textContent()).toBe('Parley coaches English');
    await popup.close();
    await page.close();
  });

  it('a site without Parley: says it is not on there and how to turn it on', async () => {
    const page = await h.open(fixtureUrl('textarea'));
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-screen]').getAttribute('data-screen')).toBe('not-enabled');
    // Opened as a tab (no toolbar click, so no activeTab), the popup cannot see the address:
    // it points to the settings, where the site can be added.
    expect(await popup.getByRole('button', { name: 'Open settings' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('a page Parley can never coach (the browser’s own pages)', async () => {
    // Without ?tab= the popup opened as a tab is its own active tab: an extension page.
    const popup = await ready(await h.extensionPage(POPUP));
    expect(await popup.locator('[data-screen]').getAttribute('data-screen')).toBe('unsupported');
    await popup.close();
  });

  it('pausing stops the coaching on the page at once; resuming brings it back', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, BROADCAST);
    await waitForRule(page, 'self-praise');
    const popup = await openPopup(h, page);
    await popup.getByRole('button', { name: /Pause on this site/ }).click();
    await popup.locator('[data-screen="paused"]').waitFor();
    expect(await popup.locator('#empty-title').textContent()).toBe('Paused on mail.google.com');
    // The button that had focus is gone: focus moved to the new screen's heading.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('empty-title');
    await expect.poll(() => page.locator('[data-parley-rule]').count(), { timeout: 15_000 }).toBe(0);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await popup.locator('[data-screen="paused"]').waitFor({ state: 'detached' });
    await page.bringToFront();
    await page.evaluate((s) => window.parleyFixture?.focusOf(s), BODY);
    await waitForRule(page, 'self-praise');
    await popup.close();
    expect(h.pageErrors).toEqual([]);
  });
});

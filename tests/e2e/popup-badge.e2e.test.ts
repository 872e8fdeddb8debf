/**
 * The toolbar badge follows the draft as it changes ("!" on high noise, the score on its
 * band's colour, nothing once the draft is gone), also after the service worker was stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BAND_COLOURS } from '../../src/report/score-band.ts';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, DIALOGUE, typeInto } from './coach-helpers.ts';
import { badgeOf, openPopup, stopServiceWorker, tabIdOf } from './popup-helpers.ts';

const BODY = '[data-fixture-compose="1"] [g_editable="true"]';

async function clearDraft(page: Page): Promise<void> {
  await page.bringToFront();
  await page.evaluate((s) => window.parleyFixture?.focusOf(s), BODY);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

describe('toolbar badge', () => {
  let h: Harness;
  let page: Page;
  let tabId: number;
  beforeAll(async () => {
    h = await launch();
    page = await h.open(SITE_URLS.gmail);
    tabId = await tabIdOf(h, page);
  });
  afterAll(() => h.close());

  it('is empty before any draft', async () => {
    expect(await badgeOf(h, tabId)).toEqual({ text: '', colour: expect.any(String) });
  });

  it('shows "!" in the poor colour for a noisy broadcast draft', async () => {
    await typeInto(page, BODY, BROADCAST);
    await expect.poll(() => badgeOf(h, tabId), { timeout: 15_000 }).toEqual({ text: '!', colour: BAND_COLOURS.poor });
  });

  it('clears when the draft is emptied, then shows a dialogue draft’s score in green', async () => {
    await clearDraft(page);
    await expect.poll(async () => (await badgeOf(h, tabId)).text, { timeout: 15_000 }).toBe('');
    await page.keyboard.type(DIALOGUE);
    await expect.poll(async () => Number((await badgeOf(h, tabId)).text), { timeout: 15_000 }).toBeGreaterThanOrEqual(80);
    expect((await badgeOf(h, tabId)).colour).toBe(BAND_COLOURS.good);
  });

  it('keeps following the draft after the service worker was stopped, and the popup still reads it', async () => {
    await stopServiceWorker(h);
    // The popup talks to the tab directly: it needs no worker to show the draft.
    const popup = await openPopup(h, page);
    expect(Number(await popup.locator('.ring').getAttribute('data-score'))).toBeGreaterThanOrEqual(80);
    await popup.close();
    // The next change wakes the worker, which updates the badge.
    await clearDraft(page);
    await page.keyboard.type(BROADCAST);
    await expect.poll(() => badgeOf(h, tabId), { timeout: 15_000 }).toEqual({ text: '!', colour: BAND_COLOURS.poor });
  });

  it('clears when the composer goes away (Parley paused on the site)', async () => {
    const popup = await openPopup(h, page);
    await popup.getByRole('button', { name: /Pause on this site/ }).click();
    await popup.locator('[data-screen="paused"]').waitFor();
    await expect.poll(async () => (await badgeOf(h, tabId)).text, { timeout: 15_000 }).toBe('');
    await popup.getByRole('button', { name: 'Resume' }).click();
    await popup.locator('[data-screen="paused"]').waitFor({ state: 'detached' });
    await popup.close();
  });
});

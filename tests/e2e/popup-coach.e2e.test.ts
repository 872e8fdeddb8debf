/**
 * The popup on real drafts typed into the Gmail fixture: a broadcast draft gets a low score,
 * a noise warning naming its reasons and fixes that jump to their hint on the page; a
 * dialogue draft gets a high score and no warning; the channel can be overridden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, DIALOGUE, pageState, typeInto, waitForRule } from './coach-helpers.ts';
import { openPopup } from './popup-helpers.ts';

const FIRST = '[data-fixture-compose="1"] [g_editable="true"]';
const SECOND = '[data-fixture-compose="2"] [g_editable="true"]';

describe('popup on Gmail drafts', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch();
    page = await h.open(SITE_URLS.gmail);
  });
  afterAll(() => h.close());

  it('a broadcast draft: low score, a loud noise warning naming its reasons, and fixes', async () => {
    await typeInto(page, FIRST, BROADCAST);
    // Its last rule ends at the last character: the hints are the whole draft's.
    await waitForRule(page, 'self-praise', 'urgency', 'exclamations');
    const popup = await openPopup(h, page);
    expect(Number(await popup.locator('.ring').getAttribute('data-score'))).toBeLessThan(45);
    await expect.poll(() => popup.locator('#verdict').textContent()).toMatch(/broadcast/i);
    const noise = popup.locator('[data-noise]');
    expect(await noise.getAttribute('data-noise')).toBe('high');
    const reasons = await noise.locator('li').allTextContents();
    expect(reasons.join('\n')).toMatch(/self-praise/i);
    expect(reasons.join('\n')).toMatch(/urgency/i);
    // Plurals are tidied for the reader ("4 brag words", not "word(s)").
    expect(reasons.join('\n')).not.toContain('(s)');
    const fixes = await popup.locator('.fix').count();
    expect(fixes).toBeGreaterThanOrEqual(3);
    // Each fix names its cost and what to do.
    expect(await popup.locator('.fix').first().textContent()).toMatch(/^−\d+(\.\d)? pts.+Fix: /);
    // The dimensions that lost most are listed with their findings.
    expect(await popup.locator('[data-dimension="self-promotion"] .dim-points').textContent()).toMatch(/^0\/20/);
    await popup.close();
  });

  it('the in-page panel lists the same top fixes as the popup, in the same order', async () => {
    const popup = await openPopup(h, page);
    const fromPopup = await popup.locator('.fix').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    await popup.close();
    await page.bringToFront();
    await page.locator('[data-parley-pill]').first().click();
    const panel = page.locator('[data-parley-panel]');
    await panel.waitFor({ state: 'visible' });
    const fromPanel = await panel.locator('.fixes li').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(fromPanel.length).toBeGreaterThanOrEqual(3);
    // One fix per rule, the same list everywhere.
    expect(new Set(fromPanel).size).toBe(fromPanel.length);
    expect(fromPanel).toEqual(fromPopup);
    await page.locator('[data-parley-pill]').first().click();
    await panel.waitFor({ state: 'hidden' });
  });

  it('clicking a fix opens its hint on the page and closes the popup', async () => {
    const popup = await openPopup(h, page);
    const first = popup.locator('.fix').first();
    const index = Number(await first.getAttribute('data-finding'));
    const finding = (await pageState(h, page)).draft!.report.findings[index]!;
    await popup.bringToFront();
    await first.click();
    await expect.poll(() => popup.isClosed()).toBe(true);
    const card = page.locator('[data-parley-card]');
    await card.waitFor({ state: 'visible' });
    expect(await card.locator('.message').textContent()).toBe(finding.message);
    // The hint it belongs to is the active one.
    const active = page.locator(`[data-parley-rule="${finding.rule}"][data-parley-start="${finding.start}"].active`);
    expect(await active.count()).toBe(1);
  });

  it('a dialogue draft: high score and no noise warning', async () => {
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.parleyFixture?.sites.openCompose?.());
    await page.locator(SECOND).waitFor();
    await typeInto(page, SECOND, DIALOGUE);
    await expect.poll(async () => (await pageState(h, page)).draft?.report.score ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(80);
    // The popup follows the draft, whose last words may still be on their way.
    const popup = await openPopup(h, page);
    await expect.poll(() => popup.locator('#verdict').textContent()).toBe('Real dialogue');
    expect(Number(await popup.locator('.ring').getAttribute('data-score'))).toBeGreaterThanOrEqual(80);
    expect(await popup.locator('[data-noise]').count()).toBe(0);
    await popup.close();
  });

  it('overriding the channel re-scores the draft for that channel, for this composer only', async () => {
    const popup = await openPopup(h, page);
    const select = popup.locator('#channel');
    expect(await select.inputValue()).toBe('email');
    await select.selectOption('x');
    await expect.poll(async () => (await pageState(h, page)).draft?.channel).toBe('x');
    expect((await pageState(h, page)).draft?.detectedChannel).toBe('email');
    await popup.bringToFront();
    await expect.poll(() => popup.locator('#channel-note').textContent()).toMatch(/You chose this; Parley detected Email/);
    await select.selectOption('email');
    await expect.poll(async () => (await pageState(h, page)).draft?.channel).toBe('email');
    await popup.close();
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});

/**
 * Noise memory in Gmail: a draft closed with Discard records nothing; Send (or Ctrl+Enter)
 * records one email, with the recipients' company domain and no address; "Don't keep
 * history" clears the log and records nothing until it is turned back on. Undo Send takes the
 * send back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness.ts';
import { pageState } from './coach-helpers.ts';
import { allStorage, launchExtension, memoryFindings, setMemorySettings, storedSends, waitForStoredSends, writeDraft } from './memory-helpers.ts';
import { SITE_URLS } from './pages.ts';

const compose = (id: string): string => `[data-fixture-compose="${id}"]`;
const body = (id: string): string => `${compose(id)} [g_editable="true"]`;
const DRAFT = 'Hi Maya, here are the slides from Tuesday. Which part should we go deeper on next time? Happy to send the recording too.';

async function openCompose(page: Page, id: string): Promise<void> {
  await page.evaluate(() => window.parleyFixture?.sites.openCompose?.());
  await page.locator(body(id)).waitFor();
}

describe('Gmail: what counts as a send', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await h.open(SITE_URLS.gmail);
  });
  afterAll(() => h.close());

  it('a discarded draft records nothing; a sent one records one email', async () => {
    await writeDraft(h, page, body('1'), DRAFT);
    await page.locator(`${compose('1')} [aria-label="Discard draft"]`).click();
    await page.locator(compose('1')).waitFor({ state: 'detached' });
    await openCompose(page, '2');
    await writeDraft(h, page, body('2'), DRAFT);
    await page.keyboard.press('Control+Enter');
    // The send after the discard is the only one: the discard was never recorded.
    await waitForStoredSends(h, 1);
  });

  it('keeps the company domain of recipients for the per-company limit, never an address', async () => {
    await page.evaluate(() => window.parleyFixture?.sites.openReply?.());
    await writeDraft(h, page, body('reply'), DRAFT);
    await page.locator(`${compose('reply')} .IZ .Up div > div[role="button"]:not([aria-haspopup="true"])`).click();
    await waitForStoredSends(h, 2);
    const stored = await allStorage(h);
    expect(stored).toContain('example.com');
    expect(stored).not.toContain('maya@');
    expect(stored.toLowerCase()).not.toContain('slides');
  });

  it('"Don\'t keep history" clears the log and records nothing', async () => {
    await setMemorySettings(h, { keepHistory: false });
    await waitForStoredSends(h, 0);
    await openCompose(page, '3');
    await writeDraft(h, page, body('3'), DRAFT);
    await page.keyboard.press('Control+Enter');
    await page.locator(compose('3')).waitFor({ state: 'detached' });
    // Back on: the next send is the only one in the log, so the one made while off was not kept.
    await setMemorySettings(h, { keepHistory: true });
    await openCompose(page, '4');
    await writeDraft(h, page, body('4'), DRAFT);
    await page.keyboard.press('Control+Enter');
    await waitForStoredSends(h, 1);
    expect(await storedSends(h)).toBe(1);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('Gmail: Undo Send', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await h.open(SITE_URLS.gmail);
  });
  afterAll(() => h.close());

  it('an undone send is forgotten, and the draft it brings back is not a repeat of itself', async () => {
    await openCompose(page, '2');
    await writeDraft(h, page, body('2'), DRAFT);
    await page.keyboard.press('Control+Enter');
    await waitForStoredSends(h, 1);

    await page.locator('#link_undo').click();
    await page.locator(body('2-undone')).waitFor();
    expect(await page.evaluate((s) => window.parleyFixture?.getTextOf(s), body('2-undone'))).toBe(DRAFT);
    await waitForStoredSends(h, 0);
    await page.evaluate((s) => window.parleyFixture?.focusOf(s), body('2-undone'));
    await expect.poll(async () => (await pageState(h, page)).draft?.report.stats.words, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await memoryFindings(h, page)).toEqual([]);

    // Sent for real this time: one email, and typing it again in a new compose is a repeat.
    await page.keyboard.press('Control+Enter');
    await waitForStoredSends(h, 1);
    await openCompose(page, '3');
    await writeDraft(h, page, body('3'), DRAFT);
    await expect.poll(() => memoryFindings(h, page), { timeout: 15_000 }).toEqual([expect.stringMatching(/^canned-copy: This is the same as the email you sent/)]);
    expect(h.pageErrors).toEqual([]);
  });
});

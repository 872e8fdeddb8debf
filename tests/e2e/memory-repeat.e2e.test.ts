/**
 * Noise memory on X (Post clears the composer instead of closing it): a send is confirmed by
 * the composer emptying, by the button or Ctrl+Enter, and the same post typed again in the same
 * composer is flagged as a repeat, while the popup shows this week's sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shortDate } from '../../src/core/history/wording.ts';
import { pageState } from './coach-helpers.ts';
import type { Harness } from './harness.ts';
import { launchExtension, memoryFindings, waitForStoredSends, writeDraft } from './memory-helpers.ts';
import { SITE_URLS } from './pages.ts';

const COMPOSER = '[data-testid="tweetTextarea_0"]';
const POST = 'Small test from our team: we answered every support ticket within an hour for a week. What would you measure first?';
const OTHER = 'Reading list for the weekend: three short essays on pricing pages, and why the boring ones convert better.';

describe('X posts: repeats', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await h.open(SITE_URLS.x);
  });
  afterAll(() => h.close());

  it('a post is recorded when the composer empties after Post', async () => {
    await writeDraft(h, page, COMPOSER, POST);
    expect(await memoryFindings(h, page)).toEqual([]);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await waitForStoredSends(h, 1);
  });

  it('re-typing the sent post raises the repeat finding', async () => {
    await writeDraft(h, page, COMPOSER, POST);
    const repeat = `canned-copy: This is the same as the post you sent on X on ${shortDate(Date.now())}.`;
    await expect.poll(() => memoryFindings(h, page), { timeout: 15_000 }).toEqual([repeat]);
    expect((await pageState(h, page)).draft?.report.noise.reasons).toContain(repeat.replace('canned-copy: ', ''));
  });

  it('Ctrl+Enter sends too, and the popup counts this week\'s posts', async () => {
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await writeDraft(h, page, COMPOSER, OTHER);
    await page.keyboard.press('Control+Enter');
    await waitForStoredSends(h, 2);
    await expect.poll(async () => (await pageState(h, page)).draft?.sentThisWeek?.x, { timeout: 15_000 }).toBe(2);
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

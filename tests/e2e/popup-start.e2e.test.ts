/**
 * A tab that was open before Parley could run on its site (allowed later, or installed after
 * the tab was opened): the popup offers to start Parley there without a reload, which would
 * lose the draft, and the draft already written is coached at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUrl } from './pages.ts';
import type { Harness } from './harness.ts';
import { BROADCAST, waitForRule } from './coach-helpers.ts';
import { launchAllowedButNotStarted, openPopup, shown } from './popup-helpers.ts';

describe('popup on a tab from before Parley was allowed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchAllowedButNotStarted();
  });
  afterAll(() => h.close());

  it('starts Parley on the tab in place, and the draft in progress is coached', async () => {
    const page = await h.open(fixtureUrl('textarea'));
    await page.locator('#composer').fill(BROADCAST);
    const popup = await openPopup(h, page);
    expect((await shown(popup)).screen).toBe('start');
    expect(await popup.locator('#empty-title').textContent()).toBe('Start Parley on this tab');
    await popup.getByRole('button', { name: 'Start on this tab' }).click();
    // The writer was in the box: the coach starts there and scores what is written so far.
    await expect.poll(async () => (await shown(popup)).screen, { timeout: 15_000 }).toBe('report');
    expect(Number((await shown(popup)).score)).toBeLessThan(45);
    // Nothing was reloaded: the draft is still there, now with its hints.
    expect(await page.locator('#composer').inputValue()).toBe(BROADCAST);
    await waitForRule(page, 'self-praise');
    expect(h.pageErrors).toEqual([]);
  });
});

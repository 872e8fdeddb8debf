/**
 * Noise memory on LinkedIn's share box (Post closes the modal): three posts in a day raise the
 * cadence warning on the fourth draft, a re-typed post raises the repeat finding, the log
 * holds no words of any draft, and "Clear history" in the options page removes both warnings.
 * In messaging, Enter sends (LinkedIn's "Press Enter to Send") and counts; a new line does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shortDate } from '../../src/core/history/wording.ts';
import { pageState } from './coach-helpers.ts';
import type { Harness } from './harness.ts';
import { ENTER_CONFIRM_WITHIN_MS } from '../../src/content/sends.ts';
import { allStorage, clearDraft, launchExtension, memoryFindings, setMemorySettings, storedSends, waitForStoredSends, writeDraft } from './memory-helpers.ts';
import { SITE_URLS } from './pages.ts';

const SHARE_BOX = '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"]';
const POSTS = [
  'Last quarter our support team tried answering every ticket within one hour. Replies got shorter and customers got happier. What would you try first in your own queue?',
  'A small habit that helped our planning meetings: everyone writes their top risk on a sticky note before anyone speaks. Which ritual keeps your meetings honest?',
  'We moved our weekly report from slides to a shared document with three questions. Reading time dropped from twenty minutes to five. What does your team measure?',
];
/** Words that appear in the drafts and nowhere in Parley: none may reach storage. */
const DRAFT_WORDS = ['sticky', 'ritual', 'honest', 'quarter', 'slides', 'customers', 'planning'];

describe('LinkedIn posts: cadence and repeats', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    // A limit of 3 a day, so the fourth post is the first over it.
    await setMemorySettings(h, { dailyLimits: { 'linkedin-post': 3 } });
    page = await h.open(SITE_URLS.linkedin);
  });
  afterAll(() => h.close());

  it('sending three posts raises the cadence warning on the fourth draft', async () => {
    for (const [i, post] of POSTS.entries()) {
      if (i > 0) await page.evaluate(() => window.parleyFixture?.sites.openShareBox?.());
      await writeDraft(h, page, SHARE_BOX, post);
      expect(await memoryFindings(h, page)).toEqual([]);
      await page.locator('button.share-actions__primary-action').click();
      await waitForStoredSends(h, i + 1);
    }
    await page.evaluate(() => window.parleyFixture?.sites.openShareBox?.());
    await writeDraft(h, page, SHARE_BOX, 'Quick question for people who run small teams: how do you decide which meeting to cancel first?');
    await expect.poll(() => memoryFindings(h, page), { timeout: 15_000 }).toEqual([expect.stringMatching(/^cadence: Your 4th LinkedIn post today/)]);
    const state = await pageState(h, page);
    // The popup shows the reason next to the noise warning, and this week's sends.
    expect(state.draft?.report.noise.reasons[0]).toMatch(/^Your 4th LinkedIn post today/);
    expect(state.draft?.sentThisWeek?.['linkedin-post']).toBe(3);
  });

  it('re-typing a sent post raises the repeat finding, with the day and the channel', async () => {
    await clearDraft(page, SHARE_BOX);
    await writeDraft(h, page, SHARE_BOX, POSTS[0]!);
    const repeat = `canned-copy: This is the same as the post you sent on LinkedIn on ${shortDate(Date.now())}.`;
    await expect.poll(() => memoryFindings(h, page), { timeout: 15_000 }).toContain(repeat);
  });

  it('storage holds no words of any draft', async () => {
    const stored = (await allStorage(h)).toLowerCase();
    expect(stored).toContain('parley.memory'); // the log is there…
    for (const word of DRAFT_WORDS) expect(stored).not.toContain(word); // …but no text
    expect(h.outbound).toEqual([]);
  });

  it('after "Clear history" both warnings are gone', async () => {
    const options = await h.extensionPage('src/options/index.html');
    await options.getByRole('button', { name: 'Clear history…' }).click();
    await options.getByRole('button', { name: 'Clear history', exact: true }).click();
    await expect.poll(() => options.getByText('No sends remembered.', { exact: false }).isVisible()).toBe(true);
    await options.close();
    await expect.poll(() => memoryFindings(h, page), { timeout: 15_000 }).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('LinkedIn messages: Enter sends', () => {
  const BOX = '.msg-form .msg-form__contenteditable';
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await h.open(SITE_URLS.linkedinMessaging);
  });
  afterAll(() => h.close());

  it('a new line (Shift+Enter) is not a send; Enter that sends is counted once', async () => {
    await writeDraft(h, page, BOX, 'Hi Dana, thanks for the intro to your ops team.');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Which day suits you for a short call about the rota?');
    // Past the Enter window: the new line was not taken for a send.
    await page.waitForTimeout(ENTER_CONFIRM_WITHIN_MS + 500);
    expect(await storedSends(h)).toBe(0);
    await page.keyboard.press('Enter');
    await waitForStoredSends(h, 1);
    expect(await page.evaluate((s) => window.parleyFixture?.getTextOf(s), BOX)).toBe('');
    expect(h.pageErrors).toEqual([]);
  });
});

/**
 * A hostile page (X's composer plus a script that attacks Parley, pages/src/pages/hostile.ts)
 * against the user's own input. Only trusted events count: forged sends are not recorded,
 * synthetic hovers, shortcuts and clicks open and change nothing, and the overlay a page can
 * read holds no fact from the noise memory. The control cases use Playwright's real input
 * (trusted, like a person's) and must still work: a real Post and Ctrl+Enter are recorded, a
 * real Alt+Shift+P opens the card and a real click applies a fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/index.ts';
import { shortDate } from '../../src/core/history/wording.ts';
import { BROADCAST, modelText, pageState, typeInto } from './coach-helpers.ts';
import { currentWorker, type Harness } from './harness.ts';
import { COMPOSER, POST_BUTTON, attack, openHostile, overlayRules, waitForOverlayRule } from './hostile-helpers.ts';
import { allStorage, clearDraft, launchExtension, memoryFindings, storedSends, waitForStoredSends, writeDraft } from './memory-helpers.ts';

const SENT = 'Small test from our team: we answered every support ticket within an hour for a week. What would you measure first?';
const OTHER = 'Reading list for the weekend: three short essays on pricing pages, and why the boring ones convert better.';

describe('a hostile page cannot act for the user', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await openHostile(h);
  });
  afterAll(() => h.close());

  it('forged sends in a loop are not recorded; a real Post and Ctrl+Enter are', async () => {
    // The coach is running on this composer (the page's own script can get it this far).
    await attack(page, 'write', BROADCAST);
    await waitForOverlayRule(page, 'self-praise');
    // 20 sends through the site's own path: text in, Post clicked / Ctrl+Enter, box emptied.
    expect(await attack<number>(page, 'forgeSends', 'We are thrilled to announce our award-winning platform', 20)).toBe(20);

    // The user's own Post: recorded, and it is the only send in the log.
    await clearDraft(page, COMPOSER);
    await writeDraft(h, page, COMPOSER, SENT);
    await page.locator(POST_BUTTON).click();
    await waitForStoredSends(h, 1);
    await writeDraft(h, page, COMPOSER, OTHER);
    await page.keyboard.press('Control+Enter');
    await waitForStoredSends(h, 2);
    expect(await storedSends(h)).toBe(2);
    // Not even one forged send reached the worker (none was refused there either).
    const worker = await currentWorker(h);
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({});
  });

  it('the noise memory is no oracle: the page\'s overlay is the same as for a user who never sent anything', async () => {
    // The page pastes a guess of what the user sent (the real post) and reads the overlay.
    await attack(page, 'write', SENT);
    // Control: the memory knows it is a repeat, and says so where only the user looks (the popup).
    const repeat = `canned-copy: This is the same as the post you sent on X on ${shortDate(Date.now())}.`;
    await expect.poll(() => memoryFindings(h, page), { timeout: 15_000 }).toEqual([repeat]);
    const alone = analyze(SENT, { channel: 'x' });
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-parley-overlay]')?.shadowRoot?.querySelector('[data-parley-pill]')?.getAttribute('data-parley-score'))).toBe(String(alone.score));

    // Even with the panel open (the user clicked the pill), nothing of the memory is in the page.
    await page.locator('[data-parley-pill]').click();
    await expect.poll(() => attack<boolean>(page, 'panelOpen')).toBe(true);
    const markup = await attack<string>(page, 'overlayMarkup');
    expect(markup).toContain(`Noise: ${alone.noise.level}`);
    for (const fact of ['same as', 'you sent', shortDate(Date.now()), 'today', 'this week', 'canned-copy', 'cadence']) expect(markup).not.toContain(fact);
    expect(await overlayRules(page)).not.toContain('canned-copy');
    await page.locator('[data-parley-pill]').click();
    await expect.poll(() => attack<boolean>(page, 'panelOpen')).toBe(false);
  });

  it('synthetic hover, shortcut and pill clicks open nothing; the real shortcut does', async () => {
    await clearDraft(page, COMPOSER);
    await typeInto(page, COMPOSER, BROADCAST);
    await waitForOverlayRule(page, 'self-praise');
    await page.mouse.move(5, 5); // the real pointer is away from every hint
    expect(await attack<boolean>(page, 'hoverHint', 'self-praise')).toBe(true);
    await attack(page, 'shortcut');
    await attack(page, 'clickPill');
    // A real hover opens its card after 250 ms; give the forged ones well past that.
    await page.waitForTimeout(800);
    expect(await attack<boolean>(page, 'cardOpen')).toBe(false);
    expect(await attack<boolean>(page, 'panelOpen')).toBe(false);

    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => attack<boolean>(page, 'cardOpen')).toBe(true);
    // On to the first hint with a one-click fix, for the next test.
    for (let i = 0; i < 10 && (await page.locator('[data-parley-card] button.fix').count()) === 0; i++) await page.keyboard.press('Alt+Shift+P');
    expect(await page.locator('[data-parley-card] button.fix').count()).toBeGreaterThan(0);
  });

  it('script clicks on the card\'s buttons change nothing; a real click applies the fix', async () => {
    const before = await modelText(page, COMPOSER);
    const settingsBefore = await allStorage(h);
    const labels = await attack<string[]>(page, 'clickCardButtons');
    expect(labels).toEqual(expect.arrayContaining(['Ignore', 'Never flag this phrase']));
    // Nothing applied, ignored or allowed: the text, the hints and every storage area are as they were.
    expect(await modelText(page, COMPOSER)).toBe(before);
    expect(await attack<boolean>(page, 'cardOpen')).toBe(true);
    expect(await allStorage(h)).toBe(settingsBefore);

    await page.locator('[data-parley-card] button.fix').first().click();
    await expect.poll(() => modelText(page, COMPOSER)).not.toBe(before);
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

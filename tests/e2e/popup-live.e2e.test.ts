/**
 * The popup is pushed, not polled: while it is open and the writer types, each analysis in the
 * page reaches it within 300 ms (its findings too, not only its score), and it makes no
 * browser calls of its own meanwhile: no script injection, no tab query, no permission check,
 * no settings read.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentReport } from '../../src/report/report-view.ts';
import { pageState, typeInto } from './coach-helpers.ts';
import { type Harness, launch } from './harness.ts';
import { SITE_URLS } from './pages.ts';
import { openPopup } from './popup-helpers.ts';

const BODY = '[data-fixture-compose="1"] [g_editable="true"]';
/** Browser calls an open popup could repeat; counted from before its scripts load. */
const WATCHED = ['scripting.executeScript', 'tabs.query', 'tabs.get', 'tabs.sendMessage', 'permissions.contains', 'storage.sync.get'];

async function countCalls(popup: Page): Promise<void> {
  await popup.addInitScript((paths: string[]) => {
    const calls: Record<string, number> = {};
    (globalThis as unknown as { parleyCalls: Record<string, number> }).parleyCalls = calls;
    for (const path of paths) {
      const parts = path.split('.');
      const name = parts.pop()!;
      const owner = parts.reduce<Record<string, unknown>>((o, p) => o[p] as Record<string, unknown>, chrome as unknown as Record<string, unknown>);
      const original = owner[name] as (...args: unknown[]) => unknown;
      calls[path] = 0;
      owner[name] = (...args: unknown[]) => {
        calls[path]! += 1;
        return original.apply(owner, args);
      };
    }
  }, WATCHED);
}

const callsOf = (popup: Page): Promise<Record<string, number>> => popup.evaluate(() => ({ ...(globalThis as unknown as { parleyCalls: Record<string, number> }).parleyCalls }));

/** What the popup shows: score and the rules of its top fixes. */
const shownReport = (popup: Page): Promise<string> =>
  popup.evaluate(() => `${document.querySelector('.ring')?.getAttribute('data-score')}|${[...document.querySelectorAll('.fix')].map((f) => f.getAttribute('data-rule')).join(',')}`);

describe('the popup while the writer types', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(() => h.close());

  it('follows every analysis within 300 ms, without polling the page or the browser', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, 'Hi Maya, which part of the webinar helped your team most?');
    await expect.poll(async () => (await pageState(h, page)).draft?.report.status, { timeout: 10_000 }).toBe('ok');
    const popup = await openPopup(h, page, 'light', countCalls);
    await popup.locator('.ring').waitFor();
    const opened = await callsOf(popup);
    expect(opened['scripting.executeScript']).toBeGreaterThan(0); // The counter sees the opening look-up.

    await page.bringToFront();
    const words = ['We', 'are', 'the', 'award-winning,', 'industry-leading', 'team.', 'Act', 'now!'];
    for (const word of words) {
      const length = (await pageState(h, page)).draft!.report.stats.characters + 1 + word.length;
      await page.keyboard.type(` ${word}`);
      // The page's analysis of the whole word (hints follow each key, so earlier ones see part of it)…
      await expect.poll(async () => (await pageState(h, page)).draft?.report.stats.characters, { timeout: 10_000 }).toBe(length);
      const analysed = Date.now();
      const report = (await pageState(h, page)).draft!.report;
      const want = `${report.score}|${presentReport(report)!.topFixes.map((l) => l.rule).join(',')}`;
      // …is what the popup shows, score and fixes, within 300 ms.
      await expect.poll(() => shownReport(popup), { timeout: 300, interval: 10 }).toBe(want);
      expect(Date.now() - analysed).toBeLessThanOrEqual(300 + 100);
    }
    // Typing for several seconds cost the popup no browser call at all.
    expect(await callsOf(popup)).toEqual(opened);
    await popup.close();
  });
});

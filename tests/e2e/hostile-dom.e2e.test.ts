/**
 * A hostile page against the coach's footing in the page: DOM clobbering of the names Parley
 * once read from `window`, squatting on the overlay's element name, removing the overlay's
 * host, and making Parley appear with synthetic events. Each time the coach still runs (or
 * says in the popup why it cannot), and never silently stops.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADCAST, pageState, typeInto } from './coach-helpers.ts';
import type { Harness } from './harness.ts';
import { COMPOSER, attack, openHostile, waitForOverlayRule } from './hostile-helpers.ts';
import { launchExtension } from './memory-helpers.ts';
import { openPopup, shown } from './popup-helpers.ts';

describe('a hostile page cannot switch the coach off', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(() => h.close());

  it('DOM clobbering (<div id="__parleyCoach">, id="browser", id="chrome") does not stop coaching, and the popup finds the draft', async () => {
    const page = await openHostile(h, ['clobber']);
    await typeInto(page, COMPOSER, BROADCAST);
    await waitForOverlayRule(page, 'self-praise');
    const popup = await openPopup(h, page);
    await expect.poll(async () => (await shown(popup)).screen, { timeout: 15_000 }).toBe('report');
    await popup.close();
    await page.close();
  });

  it('a page that defined its own parley-overlay element still gets underlines (in a <div> host)', async () => {
    const page = await openHostile(h, ['squat']);
    await typeInto(page, COMPOSER, BROADCAST);
    await waitForOverlayRule(page, 'self-praise');
    expect(await page.evaluate(() => document.querySelector('[data-parley-overlay]')?.tagName)).toBe('DIV');
    // The page's own element is untouched (Parley never drew into a root it did not create).
    expect(await page.evaluate(() => document.querySelectorAll('parley-overlay').length)).toBe(0);
    expect((await pageState(h, page)).draft?.report.status).toBe('ok');
    await page.close();
  });

  it('a removed overlay host comes back at once', async () => {
    const page = await openHostile(h);
    await typeInto(page, COMPOSER, BROADCAST);
    await waitForOverlayRule(page, 'self-praise');
    await page.evaluate(() => document.querySelector('[data-parley-overlay]')?.remove());
    await expect.poll(() => attack<number>(page, 'overlayHosts')).toBe(1);
    await waitForOverlayRule(page, 'self-praise');
    expect((await pageState(h, page)).problem).toBeUndefined();
    await page.close();
  });

  it('a page that removes the host in a loop: Parley stops fighting and the popup says so, with the score', async () => {
    const page = await openHostile(h, ['evict']);
    await typeInto(page, COMPOSER, BROADCAST);
    await expect.poll(async () => (await pageState(h, page)).problem, { timeout: 15_000 }).toMatch(/keeps removing Parley’s underlines/);
    const evictions = await attack<number>(page, 'evictions');
    expect(evictions).toBeGreaterThan(1);
    expect(evictions).toBeLessThan(100); // bounded: no endless tug of war
    const popup = await openPopup(h, page);
    await expect.poll(async () => (await shown(popup)).screen, { timeout: 15_000 }).toBe('report');
    expect(await popup.locator('.notice').textContent()).toMatch(/keeps removing Parley’s underlines/);
    await popup.close();
    await page.close();
  });

  it('synthetic pointer events do not make Parley appear; the user\'s own pointer does', async () => {
    const page = await openHostile(h);
    await page.mouse.move(5, 5);
    expect(await attack<boolean>(page, 'pointAtComposer')).toBe(true);
    // Injection takes about half a second; well past that, still nothing in the page.
    await page.waitForTimeout(1_500);
    expect(await attack<number>(page, 'overlayHosts')).toBe(0);
    await page.hover(COMPOSER);
    await expect.poll(() => attack<number>(page, 'overlayHosts'), { timeout: 15_000 }).toBe(1);
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

/**
 * Firefox's permission model: with the built-in sites' access not granted at install
 * (`extensions.originControls.grantByDefault` off, as in older releases or when the user
 * withholds it), Parley says why it is idle, in the popup and on the options page, and one
 * click grants the access; the coach then starts in the open tab without a reload.
 * (The permission prompt is turned off in the test profile: a driver cannot click it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADCAST } from './coach-helpers.ts';
import { type Driver, type DriverPage, centreOf, launchDriver } from './driver.ts';
import { SITE_URLS } from './pages.ts';

const GMAIL_BODY = '[data-fixture-compose="1"] [g_editable="true"]';

const hintRules = (page: DriverPage): Promise<string[]> =>
  page.evaluate(() => [...(document.querySelector('parley-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-parley-rule]') ?? [])].map((e) => e.dataset.parleyRule ?? ''), null);

/** Clicks the element matching `selector` in a page, with the mouse. */
async function clickOn(page: DriverPage, selector: string): Promise<void> {
  const at = await centreOf(page, selector);
  await page.click(at.x, at.y);
}

describe('Firefox with access to the built-in sites withheld', () => {
  let d: Driver;
  let probe: DriverPage;
  beforeAll(async () => {
    d = await launchDriver('firefox', { grantAtInstall: false });
    probe = await d.extensionPage('src/popup/index.html');
  });
  afterAll(() => d?.close());

  const hasAccess = (pattern: string): Promise<boolean> => probe.evaluate((p) => chrome.permissions.contains({ origins: [p] }), pattern);

  it('the popup says why Parley is idle on Gmail, grants access in one click, and the coach starts without a reload', async () => {
    const gmail = await d.open(SITE_URLS.gmail);
    await gmail.evaluate((s) => window.parleyFixture?.focusOf(s), GMAIL_BODY);
    await gmail.type(BROADCAST);
    expect(await hasAccess('https://mail.google.com/*')).toBe(false);
    // Idle: no overlay is drawn (given time for one that would come).
    await new Promise((done) => setTimeout(done, 1500));
    expect(await hintRules(gmail)).toEqual([]);

    await gmail.bringToFront();
    const tab = await probe.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1, null);
    const popup = await d.extensionPage(`src/popup/index.html?tab=${tab}`);
    const shown = (): Promise<{ screen: string | null; title: string; body: string }> =>
      popup.evaluate(
        () => ({
          screen: document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? null,
          title: document.getElementById('empty-title')?.textContent ?? '',
          body: document.querySelector('.empty-body')?.textContent ?? '',
        }),
        null,
      );
    await expect.poll(async () => (await shown()).screen, { timeout: 15_000 }).toBe('no-access');
    const { title, body } = await shown();
    expect(title).toMatch(/^Firefox hasn't given Parley access to mail\.google\.com/);
    expect(`${title} ${body}`).not.toMatch(/under Sites/);

    await clickOn(popup, '.empty button');
    await expect.poll(() => hasAccess('https://mail.google.com/*'), { timeout: 15_000 }).toBe(true);
    await expect.poll(async () => (await shown()).screen, { timeout: 15_000 }).not.toBe('no-access');

    await gmail.bringToFront();
    await gmail.evaluate((s) => window.parleyFixture?.focusOf(s), GMAIL_BODY);
    await gmail.type(' Thanks');
    await expect.poll(() => hintRules(gmail), { timeout: 15_000 }).toContain('self-praise');
    expect(await gmail.evaluate(() => performance.getEntriesByType('navigation').length, null)).toBe(1);
    expect(await gmail.evaluate((s) => window.parleyFixture?.getTextOf(s), GMAIL_BODY)).toBe(`${BROADCAST} Thanks`);
    await popup.close();
  });

  it('the options page says so when access to a site is revoked, and grants it back in one click', async () => {
    await probe.evaluate(() => chrome.permissions.remove({ origins: ['https://www.linkedin.com/*'] }), null);
    const options = await d.extensionPage('src/options/index.html');
    const notice = (): Promise<string | null> => options.evaluate(() => document.querySelector('[data-site-access]')?.textContent ?? null, null);
    await expect.poll(notice, { timeout: 15_000 }).toMatch(/Firefox hasn't given Parley access to www\.linkedin\.com/);
    expect(await notice()).not.toMatch(/under Sites/);
    await clickOn(options, '[data-site-access] button');
    await expect.poll(() => hasAccess('https://www.linkedin.com/*'), { timeout: 15_000 }).toBe(true);
    await expect.poll(notice, { timeout: 15_000 }).toBeNull();
    await options.close();
  });

  it('nothing left the browser, and no page threw', () => {
    expect(d.outbound).toEqual([]);
    expect(d.pageErrors).toEqual([]);
  });
});

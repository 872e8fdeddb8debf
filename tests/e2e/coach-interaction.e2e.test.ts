/**
 * Using the coach: the keyboard shortcut cycles hints and Esc returns to the text; "Never
 * flag this phrase" lands in the allow list; pausing the site or the global switch takes
 * effect at once; composers that leave the page are dropped and coached again when they return.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_URLS, fixtureUrl } from './pages.ts';
import { type Harness, currentWorker } from './harness.ts';
import { BROADCAST, currentComposer, findHint, hintBoxes, hints, launchWithGenericSite, modelText, pageState, typeInto, waitForRule } from './coach-helpers.ts';

const cardMessage = (page: Page): Promise<string | null> => page.locator('[data-parley-card] .message').textContent();
const focusInCard = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.querySelector('parley-overlay')?.shadowRoot?.activeElement?.closest('[data-parley-card]') != null);

/** The toolbar badge text of the page's tab (the worker keeps it). */
async function badgeText(h: Harness, page: Page): Promise<string> {
  await page.bringToFront();
  const worker = await currentWorker(h);
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

async function setSettings(h: Harness, value: unknown): Promise<void> {
  const worker = await currentWorker(h);
  await worker.evaluate((v) => chrome.storage.sync.set({ 'parley.settings': v }), value);
}

describe('coach interaction', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithGenericSite();
  });
  afterAll(() => h.close());

  it('Alt+Shift+P opens the next hint with focus in the card; Esc returns to the text', async () => {
    const page = await h.open(fixtureUrl('contenteditable'));
    await typeInto(page, '#composer', BROADCAST);
    await waitForRule(page, 'self-praise');
    await page.keyboard.press('Alt+Shift+P');
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
    expect(await focusInCard(page)).toBe(true);
    const first = await cardMessage(page);
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => cardMessage(page)).not.toBe(first);
    // Ignore, from the keyboard: that hint goes, the draft stays as it is.
    const before = (await hints(page)).length;
    await page.locator('[data-parley-card] button', { hasText: 'Ignore' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await hints(page)).length).toBe(before - 1);
    await page.keyboard.press('Alt+Shift+P');
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await page.locator('[data-parley-card]').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('composer');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Ok?');
    await expect.poll(() => modelText(page, '#composer')).toBe(`${BROADCAST} Ok?`);
    await page.close();
  });

  it('"Never flag this phrase" adds it to the allow list and the hint goes away', async () => {
    const page = await h.open(fixtureUrl('contenteditable'));
    await typeInto(page, '#composer', BROADCAST);
    await expect.poll(() => findHint(page, 'self-praise', BROADCAST, 'award-winning'), { timeout: 15_000 }).toBeTruthy();
    const hint = (await findHint(page, 'self-praise', BROADCAST, 'award-winning'))!;
    const [box] = await hintBoxes(page, 'self-praise', hint.start);
    await page.mouse.move((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
    await page.locator('[data-parley-card] button', { hasText: 'Never flag this phrase' }).click();
    const worker = await currentWorker(h);
    await expect
      .poll(() => worker.evaluate(async () => ((await chrome.storage.sync.get('parley.settings'))['parley.settings'] as { analysis?: { words?: { allow?: string[] } } } | undefined)?.analysis?.words?.allow))
      .toEqual(['award-winning']);
    await expect.poll(() => findHint(page, 'self-praise', BROADCAST, 'award-winning')).toBeUndefined();
    expect(await modelText(page, '#composer')).toBe(BROADCAST);
    await setSettings(h, {});
    await page.close();
  });

  it('pausing the site or switching Parley off removes the coaching at once; on again brings it back', async () => {
    const page = await h.open(fixtureUrl('contenteditable'));
    await typeInto(page, '#composer', BROADCAST);
    await waitForRule(page, 'self-praise');
    await setSettings(h, { sites: { paused: ['example.com'], disabled: [] } });
    await expect.poll(() => page.locator('parley-overlay').count()).toBe(0);
    expect((await pageState(h, page)).active).toBe(false);
    await setSettings(h, {});
    await waitForRule(page, 'self-praise');
    await setSettings(h, { enabled: false });
    await expect.poll(() => page.locator('parley-overlay').count()).toBe(0);
    await setSettings(h, { enabled: true });
    await waitForRule(page, 'self-praise');
    expect(await modelText(page, '#composer')).toBe(BROADCAST);
    await page.close();
  });

  it('drops a compose that leaves the page and coaches it again when it comes back', async () => {
    const page = await h.open(SITE_URLS.gmail);
    const body = '[data-fixture-compose="1"] [g_editable="true"]';
    await typeInto(page, body, BROADCAST);
    const first = await currentComposer(h, page);
    await waitForRule(page, 'self-praise');
    // A broadcast draft is high noise: the badge shouts "!" (else it shows the score).
    await expect.poll(() => badgeText(h, page)).toMatch(/^(!|\d+)$/);
    await page.evaluate(() => {
      const dialog = document.querySelector('[data-fixture-compose="1"]')!.closest('[role="dialog"]')!;
      (window as { kept?: Element }).kept = dialog;
      dialog.remove();
    });
    await expect.poll(async () => (await hints(page)).length).toBe(0);
    await expect.poll(async () => (await pageState(h, page)).composers).toBe(0);
    await expect.poll(() => page.locator('[data-parley-pill]').count()).toBe(0);
    await expect.poll(() => badgeText(h, page)).toBe('');
    await page.evaluate(() => document.querySelector('#compose-dock')!.append((window as { kept?: Element }).kept!));
    await expect.poll(async () => (await hints(page)).filter((x) => x.rule === 'self-praise').length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await hints(page)).every((x) => x.composer !== first)).toBe(true);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('falls back to a paste when the editor refuses execCommand, and never doubles the text', async () => {
    const page = await h.open(fixtureUrl('contenteditable'));
    const draft = 'Our award-winning team answers every email within an hour.';
    await typeInto(page, '#composer', draft);
    await expect.poll(() => findHint(page, 'self-praise', draft, 'award-winning'), { timeout: 15_000 }).toBeTruthy();
    // An editor that owns its model: it undoes any DOM edit it did not make, and applies
    // pastes itself (as Draft.js and Lexical do).
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('#composer')!;
      let saved = el.innerHTML;
      el.addEventListener('input', () => (el.innerHTML = saved));
      el.addEventListener('paste', (e) => {
        e.preventDefault();
        const range = getSelection()!.getRangeAt(0);
        range.deleteContents();
        range.insertNode(document.createTextNode(e.clipboardData?.getData('text/plain') ?? ''));
        el.normalize();
        saved = el.innerHTML;
      });
    });
    const hint = (await findHint(page, 'self-praise', draft, 'award-winning'))!;
    const [box] = await hintBoxes(page, 'self-praise', hint.start);
    await page.mouse.move((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
    await page.locator('[data-parley-card] button.fix').click();
    await expect.poll(() => modelText(page, '#composer')).toBe('Our team answers every email within an hour.');
    await page.close();
  });
});

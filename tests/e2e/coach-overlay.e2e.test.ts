/**
 * The overlay on generic pages (a site the user enabled): underlines stay on their words
 * through inner and page scrolling and resizing; editors in iframes and open shadow roots are
 * coached; fields that are not prose or opted out are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixtureUrl, fulfil } from './pages.ts';
import type { Harness } from './harness.ts';
import { BROADCAST, currentComposer, findHint, hintBoxes, hints, launchWithGenericSite, modelText, pageState, spanRects, typeInto, waitForRule } from './coach-helpers.ts';

type Box = { left: number; top: number; right: number; bottom: number };
const near = (a: Box, b: Box): boolean => ['left', 'top', 'right', 'bottom'].every((k) => Math.abs(a[k as keyof Box] - b[k as keyof Box]) <= 2);

/** Every line box of the word has an underline box on it (within 2 px). */
async function underlineCoversWord(page: Page, selector: string, word: string, start: number): Promise<boolean> {
  const [words, boxes] = [await spanRects(page, selector, word), await hintBoxes(page, 'self-praise', start)];
  return words.length > 0 && words.every((w) => boxes.some((b) => near(w, b)));
}

describe('overlay on generic pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithGenericSite();
  });
  afterAll(() => h.close());

  it('keeps underlines on the word through inner scroll, page scroll and resize', async () => {
    const page = await h.open(fixtureUrl('contenteditable'));
    await page.evaluate(() => {
      document.body.style.minHeight = '3000px';
      Object.assign(document.querySelector<HTMLElement>('#composer')!.style, { maxHeight: '96px', overflowY: 'auto' });
    });
    const text = 'Hi all,\na quick note.\nMore soon.\nThanks.\nOur award-winning team answers every email within an hour.';
    await typeInto(page, '#composer', text);
    await expect.poll(() => findHint(page, 'self-praise', text, 'award-winning'), { timeout: 15_000 }).toBeTruthy();
    const { start } = (await findHint(page, 'self-praise', text, 'award-winning'))!;
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);

    // Scrolled out of the composer's view: no underline floats outside it.
    await page.locator('#composer').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => hintBoxes(page, 'self-praise', start)).toEqual([]);
    await page.locator('#composer').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);

    await page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);
    await page.setViewportSize({ width: 520, height: 700 });
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);
    // The composer alone changes size (a compose window expanded, a textarea dragged): text rewraps.
    await page.locator('#composer').evaluate((el) => (el.style.width = '330px'));
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);
    // The page zooms its content (CSS zoom on <body>).
    await page.evaluate(() => (document.body.style.zoom = '1.25'));
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);
    await page.evaluate(() => (document.body.style.zoom = ''));
    // Something above pushes the composer down, with no scroll or resize event at all.
    await page.evaluate(() => document.querySelector('main')!.prepend(Object.assign(document.createElement('div'), { style: 'height:70px' })));
    await expect.poll(() => underlineCoversWord(page, '#composer', 'award-winning', start)).toBe(true);
    await page.close();
  });

  // After a keystroke only the spans from the edited paragraph on are measured again
  // (content/text/rect-cache.ts): every underline must still sit on its word.
  it('keeps every underline on its word while typing before it, beside it on a centred line, and after a change no text shows', async () => {
    const page = await h.open(fixtureUrl('contenteditable'));
    await page.locator('#composer').evaluate((el) => Object.assign((el as HTMLElement).style, { width: '420px', textAlign: 'center' }));
    const words = ['award-winning', 'industry-leading', 'world-class'];
    await typeInto(page, '#composer', 'Our award-winning team writes to you.\nWe are an industry-leading partner\nThe world-class support answers.');
    const allCovered = async (): Promise<boolean> => {
      const text = await modelText(page, '#composer');
      for (const word of words) {
        const hint = await findHint(page, 'self-praise', text, word);
        if (!hint || !(await underlineCoversWord(page, '#composer', word, hint.start))) return false;
      }
      return true;
    };
    await expect.poll(allCovered, { timeout: 15_000 }).toBe(true);
    // Typing at the end of the centred second line moves its first words to the left.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.type(' for teams who want reports');
    await expect.poll(allCovered, { timeout: 5_000 }).toBe(true);
    // A long opening wraps the first paragraph onto more lines: everything after it moves down.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hello again, here is a long opening that pushes the rest of this note down a line or two. ');
    await expect.poll(allCovered, { timeout: 5_000 }).toBe(true);
    // The page moves a line with a style (no text changes, the editor keeps its size) while the
    // user types in another: the next pause in typing puts its underline back on the word.
    await page.waitForTimeout(600); // the composer's growth above is seen and measured first
    await page.evaluate(() => (document.querySelector<HTMLElement>('#composer div')!.style.transform = 'translateX(24px)'));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks');
    await expect.poll(allCovered, { timeout: 5_000 }).toBe(true);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('draws textarea hints inside the textarea (mirror) and follows its scroll', async () => {
    const page = await h.open(fixtureUrl('textarea'));
    await typeInto(page, '#composer', BROADCAST);
    await waitForRule(page, 'self-praise');
    const field = await page.locator('#composer').evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
    const { start } = (await findHint(page, 'self-praise', BROADCAST, 'award-winning'))!;
    await expect.poll(async () => (await hintBoxes(page, 'self-praise', start)).length).toBeGreaterThan(0);
    for (const box of await hintBoxes(page, 'self-praise', start)) {
      expect(box.left).toBeGreaterThanOrEqual(field.left);
      expect(box.right).toBeLessThanOrEqual(field.right);
      expect(box.top).toBeGreaterThanOrEqual(field.top);
      expect(box.bottom).toBeLessThanOrEqual(field.bottom);
    }
    await page.close();
  });

  it('coaches editors inside same-origin iframes (srcdoc and same-origin page)', async () => {
    const page = await h.open(fixtureUrl('iframe'));
    for (const frame of ['#tinymce_ifr', '#cke_frame']) {
      await typeInto(page, frame, BROADCAST);
      const inFrame = page.frameLocator(frame).locator('[data-parley-rule="self-praise"]');
      await expect.poll(() => inFrame.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.frameLocator(frame).locator('[data-parley-score]').getAttribute('data-parley-score')).toMatch(/^\d+$/);
    }
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('coaches a contenteditable inside an open shadow root', async () => {
    const page = await h.open(fixtureUrl('shadow'));
    await typeInto(page, '#shadow-host', BROADCAST);
    await waitForRule(page, 'self-praise', 'announcement', 'urgency');
    await page.close();
  });

  it('leaves password, search, combobox, code, read-only and opted-out fields alone', async () => {
    const page = await h.open(fixtureUrl('generic-skip'));
    await typeInto(page, '#control', BROADCAST);
    const control = await currentComposer(h, page);
    await waitForRule(page, 'self-praise');
    for (const field of ['#password', '#search', '#combobox', '#gramm-off', '#grammarly-off', '#code']) {
      await typeInto(page, field, ' We are the best, the award-winning leader! Act now!!!');
    }
    for (const field of ['#readonly', '#disabled']) await page.evaluate((s) => window.parleyFixture?.focusOf(s), field);
    await page.locator('#control').focus();
    expect((await pageState(h, page)).composers).toBe(1);
    // Hints are redrawn on the frame after focus returns: wait for them, then check whose they are.
    await expect.poll(async () => [...new Set((await hints(page)).map((x) => x.composer))]).toEqual([control]);
    await page.close();
  });

  // Chrome lets content scripts add inline styles under any page CSP, Firefox applies the
  // page's policy: the overlay uses a constructed stylesheet and CSSOM styles, which no CSP blocks.
  it('draws its styled overlay on a page whose CSP forbids inline styles', async () => {
    const url = `${fixtureUrl('contenteditable')}`;
    await h.context.route(url, (route) => {
      const page = fulfil(url)!;
      const csp = "default-src 'self'; style-src 'self'; script-src 'self'";
      return route.fulfill({ status: 200, contentType: page.contentType, body: page.body, headers: { 'content-security-policy': csp } });
    });
    const page = await h.open(url);
    // The policy is in force: the page itself cannot add an inline style.
    const pageStyled = await page.evaluate(() => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body{outline:7px solid red}' }));
      return getComputedStyle(document.body).outlineWidth;
    });
    expect(pageStyled).not.toBe('7px');
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await typeInto(page, '#composer', BROADCAST);
    await waitForRule(page, 'self-praise');
    const box = page.locator('[data-parley-rule="self-praise"] .box').first();
    expect(await box.evaluate((b) => [getComputedStyle(b).position, getComputedStyle(b).borderBottomWidth])).toEqual(['fixed', '2px']);
    await page.locator('[data-parley-pill]').click();
    await page.locator('[data-parley-panel]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-parley-panel] .bar > span').first().evaluate((b) => b.style.width)).toMatch(/%$/);
    expect(violations).toEqual([]);
    await h.context.unroute(url);
    await page.close();
  });
});

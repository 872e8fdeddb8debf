/**
 * Screenshots of the coaching in action for the README (docs/screenshots/), taken on the
 * Gmail and LinkedIn fixtures. Also a smoke test of the hover card and the pill's panel.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_URL, SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, DIALOGUE, hintBoxes, hints, typeInto, waitForRule } from './coach-helpers.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('screenshots', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await launch();
  });
  afterAll(() => h.close());

  it('Gmail: inline hints, the card on hover, the panel from the pill', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, '[data-fixture-compose="1"] [g_editable="true"]', BROADCAST);
    await waitForRule(page, 'self-praise');
    await page.screenshot({ path: `${SHOTS}/inline-gmail.png` });
    const praise = (await hints(page)).find((x) => x.rule === 'self-praise')!;
    const [box] = await hintBoxes(page, 'self-praise', praise.start);
    await page.mouse.move((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SHOTS}/card.png` });
    await page.mouse.move(5, 5);
    await page.locator('[data-parley-card]').waitFor({ state: 'hidden' });
    await page.locator('[data-parley-pill]').click();
    await page.locator('[data-parley-panel]').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SHOTS}/panel.png` });
    expect(await page.locator('[data-parley-panel] .dims > span').count()).toBeGreaterThan(0);
  });

  it('LinkedIn: hints in the Quill share box', async () => {
    const page = await h.open(SITE_URLS.linkedin);
    await typeInto(page, '.share-creation-state__text-editor .ql-editor', BROADCAST);
    await waitForRule(page, 'self-praise');
    await page.screenshot({ path: `${SHOTS}/inline-linkedin.png` });
  });

  it('playground: a textarea (mirror) and a dark page', async () => {
    const page = await h.open(PLAYGROUND_URL);
    await typeInto(page, '#textarea', BROADCAST);
    await typeInto(page, '#contenteditable', DIALOGUE);
    await waitForRule(page, 'self-praise');
    await page.locator('#textarea').screenshot({ path: `${SHOTS}/textarea.png` });
    await page.addStyleTag({ content: 'html,body{background:#0d1117!important;color:#e6edf3!important}.box{background:#161b22!important;color:#e6edf3!important;border-color:#30363d!important}' });
    const dark = await h.open(PLAYGROUND_URL);
    await dark.addStyleTag({ content: 'html,body{background:#0d1117!important;color:#e6edf3!important}.box{background:#161b22!important;color:#e6edf3!important;border-color:#30363d!important}' });
    await typeInto(dark, '#contenteditable', BROADCAST);
    await waitForRule(dark, 'self-praise');
    await dark.keyboard.press('Alt+Shift+P');
    await dark.locator('[data-parley-card]').waitFor({ state: 'visible' });
    await dark.screenshot({ path: `${SHOTS}/dark.png` });
  });
});

/**
 * Screenshots of the coaching in action for the README (docs/screenshots/), taken on the
 * Gmail and LinkedIn fixtures. Also a smoke test of the hover card and the pill's panel.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, hintBoxes, hints, typeInto, waitForRule } from './coach-helpers.ts';

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
});

/**
 * Screenshots of the popup for the README (docs/screenshots/popup-*.png), from the real flow:
 * drafts typed into the Gmail fixture, and LinkedIn before anything was written.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, DIALOGUE, typeInto, waitForRule } from './coach-helpers.ts';
import { openPopup, shown } from './popup-helpers.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const BODY = '[data-fixture-compose="1"] [g_editable="true"]';

/** The whole popup, as tall as its content (the real one scrolls past 600 px). */
async function shoot(popup: Page, name: string): Promise<void> {
  await popup.locator('.popup').screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

describe('popup screenshots', () => {
  let h: Harness;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await launch();
  });
  afterAll(() => h.close());

  it('a broadcast draft (light and dark)', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, BROADCAST);
    await waitForRule(page, 'self-praise');
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(h, page, scheme);
      expect(await popup.locator('[data-noise="high"]').count()).toBe(1);
      await shoot(popup, scheme === 'light' ? 'popup-broadcast' : 'popup-broadcast-dark');
      await popup.close();
    }
  });

  it('a dialogue draft', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, DIALOGUE);
    const popup = await openPopup(h, page);
    await expect.poll(async () => (await shown(popup)).verdict, { timeout: 15_000 }).toBe('Real dialogue');
    await shoot(popup, 'popup-dialogue');
    await popup.close();
  });

  it('before anything is written', async () => {
    const page = await h.open(SITE_URLS.linkedin);
    const popup = await openPopup(h, page);
    expect(await popup.locator('[data-screen]').getAttribute('data-screen')).toBe('no-composer');
    await shoot(popup, 'popup-empty');
    await popup.close();
  });
});

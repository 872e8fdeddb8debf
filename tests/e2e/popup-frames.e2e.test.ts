/**
 * A draft written in an editor inside an iframe (TinyMCE-like srcdoc frame): the coach runs
 * in that frame while the top frame only holds the bootstrap, and the popup still finds the
 * draft, and sends its fixes to that frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureUrl } from './pages.ts';
import type { Harness } from './harness.ts';
import { BROADCAST, launchWithGenericSite, typeInto } from './coach-helpers.ts';
import { openPopup } from './popup-helpers.ts';

describe('popup with an editor in an iframe', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithGenericSite();
  });
  afterAll(() => h.close());

  it('shows the framed draft and opens its hint inside the frame', async () => {
    const page = await h.open(fixtureUrl('iframe'));
    await typeInto(page, '#tinymce_ifr', BROADCAST);
    const frame = page.frameLocator('#tinymce_ifr');
    await expect.poll(() => frame.locator('[data-parley-rule="self-praise"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const popup = await openPopup(h, page);
    expect(Number(await popup.locator('.ring').getAttribute('data-score'))).toBeLessThan(45);
    await popup.locator('.fix').first().click();
    await expect.poll(() => popup.isClosed()).toBe(true);
    await frame.locator('[data-parley-card]').waitFor({ state: 'visible' });
    expect(h.pageErrors).toEqual([]);
  });
});

/**
 * No draft text at rest. In Gmail, write a subject and a body, use every button the card and
 * the panel offer (a fix, Ignore, "Never flag this phrase"), send the mail, then dump every
 * storage area: no run of 5 or more words of the draft is anywhere. The allow list holds only
 * the short phrases the user chose, and a whole-sentence hint offers Ignore, never "Never flag".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/messaging/protocol.ts';
import { pageState, typeInto } from './coach-helpers.ts';
import { type Harness, messageTab } from './harness.ts';
import { sharedRuns, waitForOverlayRule } from './hostile-helpers.ts';
import { allStorage, launchExtension, waitForStoredSends } from './memory-helpers.ts';
import { SITE_URLS } from './pages.ts';

const COMPOSE = '[data-fixture-compose="1"]';
const BODY = `${COMPOSE} [g_editable="true"]`;
const SUBJECT = `${COMPOSE} input[name="subjectbox"]`;
const SEND = `${COMPOSE} .IZ .Up div > div[role="button"]:not([aria-haspopup="true"])`;
const SUBJECT_TEXT = 'Introducing our award-winning platform!!!';
const BODY_TEXT =
  'We are thrilled to announce our award-winning, industry-leading platform. Our team has spent the last three years building a platform that helps every marketing team in every company plan, write, schedule and measure every single campaign across every channel they use today. Act now, this offer ends Friday!!!';

const cardButtons = (page: Page): Promise<string[]> => page.locator('[data-parley-card] button').allTextContents();

describe('nothing of the draft is stored', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await h.open(SITE_URLS.gmail);
  });
  afterAll(() => h.close());
  /** A composer's hints as rule@start-end. */
  const hintsOf = (composer: string): Promise<string[]> =>
    page.locator(`[data-parley-composer="${composer}"]`).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-parley-rule')}@${e.getAttribute('data-parley-start')}-${e.getAttribute('data-parley-end')}`));

  it('a whole-sentence hint offers Ignore, not "Never flag this phrase"', async () => {
    await page.locator(SUBJECT).click();
    await page.keyboard.type(SUBJECT_TEXT);
    await typeInto(page, BODY, BODY_TEXT);
    await waitForOverlayRule(page, 'long-sentence');
    const { draft } = await pageState(h, page);
    const index = draft!.report.findings.findIndex((f) => f.rule === 'long-sentence');
    expect(await messageTab<boolean>(h, page, { parley: 'focusFinding', payload: { composerId: draft!.composerId, index } })).toBe(true);
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
    const buttons = await cardButtons(page);
    expect(buttons).toContain('Ignore');
    expect(buttons).not.toContain('Never flag this phrase');
    await page.keyboard.press('Escape');
  });

  it('after every card button, the panel and a send, no run of 5 words of the draft is in any storage area', async () => {
    // The panel, as the user opens it.
    await page.locator('[data-parley-pill]').first().click();
    await page.locator('[data-parley-panel]').waitFor({ state: 'visible' });
    await page.locator('[data-parley-pill]').first().click();

    const used = { fix: 0, never: 0, ignore: 0 };
    /** Clicks one of the open card's buttons, as the user would, and waits for its hint to go. */
    const useCard = async (composer: string): Promise<void> => {
      const card = page.locator('[data-parley-card]');
      await card.waitFor({ state: 'visible' });
      const before = await hintsOf(composer);
      if (used.fix === 0 && (await card.locator('button.fix').count()) > 0) {
        await card.locator('button.fix').first().click();
        used.fix++;
      } else if ((await cardButtons(page)).includes('Never flag this phrase')) {
        await card.getByRole('button', { name: 'Never flag this phrase' }).click();
        used.never++;
      } else {
        await card.getByRole('button', { name: 'Ignore' }).click();
        used.ignore++;
      }
      // The hint is gone (Ignore, Never flag) or the text moved under it (a fix).
      await expect.poll(() => hintsOf(composer), { timeout: 15_000 }).not.toEqual(before);
    };
    const body = (await pageState(h, page)).draft!.composerId;
    // Every body hint, through the keyboard shortcut.
    for (let i = 0; i < 30 && (await hintsOf(body)).length > 0; i++) {
      await page.evaluate((s) => window.parleyFixture?.focusOf(s), BODY);
      await page.keyboard.press('Alt+Shift+P');
      await useCard(body);
    }
    // Every subject hint, by pointing at it.
    const subject = `${body}-subject`;
    for (let i = 0; i < 10 && (await hintsOf(subject)).length > 0; i++) {
      const box = await page.locator(`[data-parley-composer="${subject}"] .box`).first().boundingBox();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await useCard(subject);
      await page.mouse.move(5, 5);
    }
    expect(used.fix).toBe(1);
    expect(used.never).toBeGreaterThan(0);
    expect(used.ignore).toBeGreaterThan(0);

    await page.locator(SEND).click();
    await waitForStoredSends(h, 1);
    const stored = await allStorage(h);
    expect(sharedRuns(`${SUBJECT_TEXT} ${BODY_TEXT}`, stored)).toEqual([]);
    // The allow list holds the phrases the user chose, each a few words.
    const allowList = (JSON.parse(stored) as Record<string, { analysis?: { words?: { allow?: string[] } } }>[])[1]!['parley.settings']?.analysis?.words?.allow ?? [];
    expect(allowList.length).toBeGreaterThan(0);
    expect(allowList.length).toBeLessThanOrEqual(used.never); // the same phrase twice is kept once
    for (const phrase of allowList) expect(phrase.match(/[\p{L}\p{N}]+/gu)!.length).toBeLessThanOrEqual(4);
    expect(((await pageState(h, page)) as PageState).problem).toBeUndefined();
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

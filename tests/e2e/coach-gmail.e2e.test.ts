/**
 * Gmail: coaching in a compose popup at mail.google.com (plain contenteditable whose DOM is
 * the mail). Hints, pill, channel; the quoted thread and signature are never coached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/index.ts';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch, messageTab } from './harness.ts';
import type { DraftState } from '../../src/messaging/protocol.ts';
import { BROADCAST, DIALOGUE, currentComposer, hintBoxes, hints, modelText, pageState, pillScores, typeInto, waitForRule } from './coach-helpers.ts';

const BODY = '[data-fixture-compose="1"] [g_editable="true"]';

describe('Gmail compose', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch();
    page = await h.open(SITE_URLS.gmail);
  });
  afterAll(() => h.close());

  it('underlines a broadcast draft with the right rules and shows a score', async () => {
    await typeInto(page, BODY, BROADCAST);
    await waitForRule(page, 'self-praise', 'announcement', 'urgency');
    await expect.poll(() => pillScores(page)).toEqual([expect.stringMatching(/^\d+$/)]);
    const score = Number((await pillScores(page))[0]);
    expect(score).toBeLessThan(60);
    // The signature ("We are the #1 analytics platform") and the quoted thread are not the draft.
    const draft = await modelText(page, BODY);
    for (const hint of await hints(page)) expect(hint.end).toBeLessThanOrEqual(draft.length);
    const state = await pageState(h, page);
    expect(state.draft?.channel).toBe('email');
    // Only the typed draft was analysed: not the signature's brag, not the quoted thread.
    expect(state.draft?.report.stats.words).toBe(analyze(BROADCAST).stats.words);
    expect(h.outbound).toEqual([]);
  });

  it('a dialogue draft in a second compose shows few hints and a higher score', async () => {
    await page.evaluate(() => window.parleyFixture?.sites.openCompose?.());
    const second = '[data-fixture-compose="2"] [g_editable="true"]';
    await page.locator(second).waitFor();
    await typeInto(page, second, DIALOGUE);
    await expect.poll(() => pillScores(page)).toHaveLength(2);
    await expect.poll(async () => Number((await pillScores(page))[1])).toBeGreaterThanOrEqual(85);
    const composers = new Set((await hints(page)).map((x) => x.composer));
    const state = await pageState(h, page);
    const own = (await hints(page)).filter((x) => x.composer === state.draft?.composerId);
    expect(own.length).toBeLessThanOrEqual(1);
    expect(composers.size).toBeGreaterThanOrEqual(1);
    expect(h.pageErrors).toEqual([]);
  });

  it('answers the popup: switch the channel, focus a finding', async () => {
    await page.evaluate((s) => window.parleyFixture?.focusOf(s), BODY);
    await expect.poll(async () => (await pageState(h, page)).draft?.report.findings.some((f) => f.rule === 'self-praise')).toBe(true);
    const composerId = (await pageState(h, page)).draft!.composerId;
    const switched = await messageTab<DraftState | null>(h, page, { parley: 'setChannel', payload: { composerId, channel: 'linkedin-post' } });
    expect(switched?.channel).toBe('linkedin-post');
    expect(switched?.detectedChannel).toBe('email');
    const index = switched!.report.findings.findIndex((f) => f.rule === 'self-praise');
    expect(await messageTab<boolean>(h, page, { parley: 'focusFinding', payload: { composerId, index } })).toBe(true);
    await page.locator('[data-parley-card]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-parley-card] .message').textContent()).toBe(switched!.report.findings[index]!.message);
  });

  it('coaches an inline reply in the thread too', async () => {
    await page.evaluate(() => window.parleyFixture?.sites.openReply?.());
    const reply = '[data-fixture-compose="reply"] [g_editable="true"]';
    await page.locator(reply).waitFor();
    await typeInto(page, reply, BROADCAST);
    await expect.poll(async () => (await pageState(h, page)).composers, { timeout: 15_000 }).toBe(3);
    const id = await currentComposer(h, page);
    await expect.poll(async () => (await hints(page)).filter((x) => x.composer === id && x.rule === 'self-praise').length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await pageState(h, page)).draft?.channel).toBe('email');
  });

  it('underlines the subject in its own field; a fix goes into the field, and its undo brings the words back', async () => {
    // The second compose (its body holds DIALOGUE, typed above).
    const body = '[data-fixture-compose="2"] [g_editable="true"]';
    const subject = '[data-fixture-compose="2"] input[name="subjectbox"]';
    const typed = 'Introducing our award-winning platform!!!';
    await page.locator(subject).click();
    await page.keyboard.type(typed);
    const subjectHints = async (): Promise<string[]> => {
      const value = await page.locator(subject).inputValue();
      return (await hints(page)).filter((x) => x.composer.endsWith('-subject')).map((x) => `${x.rule} ${value.slice(x.start, x.end)}`).sort();
    };
    await expect.poll(subjectHints, { timeout: 15_000 }).toEqual(['self-praise award-winning', 'subject-line !!!']);
    // Under the words, inside the field (not over the body or the page).
    const field = (await page.locator(subject).boundingBox())!;
    const [box] = await hintBoxes(page, 'self-praise', typed.indexOf('award-winning'));
    expect(box!.left).toBeGreaterThan(field.x);
    expect(box!.right).toBeLessThan(field.x + field.width);
    expect(box!.top).toBeGreaterThanOrEqual(field.y - 1);
    expect(box!.bottom).toBeLessThanOrEqual(field.y + field.height + 1);

    await page.mouse.move((box!.left + box!.right) / 2, (box!.top + box!.bottom) / 2);
    await page.locator('[data-parley-card] button.fix').click();
    await expect.poll(() => page.locator(subject).inputValue()).toBe('Introducing our platform!!!');
    await expect.poll(subjectHints).toEqual(['subject-line !!!']);
    expect(await modelText(page, body)).toBe(DIALOGUE); // the body was not touched
    await page.locator(subject).focus();
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => page.locator(subject).inputValue()).toBe(typed);
    expect(h.pageErrors).toEqual([]);
  });
});

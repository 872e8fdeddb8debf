/**
 * Every site adapter on a fixture shaped like that site's composer, served at the site's real
 * origin: a broadcast draft gets hints with the right rule ids and a low score on the pill, a
 * dialogue draft gets few or no hints and a high score, and the channel is the site's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Channel } from '../../src/core/types.ts';
import { SITE_URLS } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { BROADCAST, DIALOGUE, currentComposer, hints, modelText, pageState, typeInto } from './coach-helpers.ts';

interface Case {
  url: string;
  composer: string;
  channel: Channel;
}

const CASES: Record<string, Case> = {
  'Outlook reply (roosterjs)': { url: SITE_URLS.outlook, composer: '[data-fixture-compose="1"] [role="textbox"]', channel: 'email' },
  'LinkedIn share box (Quill)': { url: SITE_URLS.linkedin, composer: '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"]', channel: 'linkedin-post' },
  'LinkedIn share box in #interop-outlet shadow root': { url: SITE_URLS.linkedinShadow, composer: '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"]', channel: 'linkedin-post' },
  'LinkedIn comment (tiptap)': { url: SITE_URLS.linkedin, composer: '.comments-comment-box .ProseMirror', channel: 'linkedin-post' },
  'LinkedIn message': { url: SITE_URLS.linkedinMessaging, composer: '.msg-form .msg-form__contenteditable', channel: 'linkedin-message' },
  'X post (Draft.js)': { url: SITE_URLS.x, composer: '[data-testid="tweetTextarea_0"]', channel: 'x' },
  'Facebook post (Lexical)': { url: SITE_URLS.facebook, composer: '[role="dialog"] [data-lexical-editor="true"]', channel: 'facebook' },
  'Facebook comment (Lexical)': { url: SITE_URLS.facebook, composer: '#comment-box', channel: 'facebook' },
};

async function pillScore(page: Page, composerId: string): Promise<number> {
  return Number(await page.locator(`[data-parley-pill="${composerId}"]`).getAttribute('data-parley-score'));
}

async function ownRules(page: Page, composerId: string): Promise<string[]> {
  return (await hints(page)).filter((x) => x.composer === composerId).map((x) => x.rule);
}

describe('site adapters', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(() => h.close());

  it.each(Object.entries(CASES))('%s', async (_name, { url, composer, channel }) => {
    const page = await h.open(url);
    await typeInto(page, composer, BROADCAST);
    const id = await currentComposer(h, page);
    await expect.poll(() => ownRules(page, id), { timeout: 15_000 }).toEqual(expect.arrayContaining(['self-praise', 'announcement', 'urgency']));
    expect((await pageState(h, page)).draft?.channel).toBe(channel);
    await expect.poll(() => pillScore(page, id)).toBeLessThan(60);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => modelText(page, composer)).toBe('');
    await page.keyboard.type(DIALOGUE);
    // "Real dialogue" (80+). On the LinkedIn comment it still leaves Maya's question unanswered
    // (unanswered-question), which costs a few points on the post scale.
    await expect.poll(() => pillScore(page, id), { timeout: 15_000 }).toBeGreaterThanOrEqual(80);
    expect((await ownRules(page, id)).length).toBeLessThanOrEqual(1);
    expect(await modelText(page, composer)).toBe(DIALOGUE);
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

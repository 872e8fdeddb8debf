/**
 * Settings apply to open tabs at once: with a draft in the Gmail fixture's composer, edits on
 * the options page change its hints without a reload. Reads the overlay through its public
 * contract (open shadow root, elements with data-parley-rule / -start / -end).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findHint, hints, typeInto, waitForRule } from './coach-helpers.ts';
import { type Harness, launch } from './harness.ts';
import { openOptions, saved } from './options-helpers.ts';
import { SITE_URLS } from './pages.ts';

// "World Class" is self-praise to Parley until the gym "World Class Fitness" is allowed; the
// second sentence has 24 words, under the long-sentence default of 30.
const DRAFT =
  'We are proud to be the award-winning team behind this. Pick up your pass at World Class Fitness on Main Street and tell us what you think of the new classes and the sauna.';
const COMPOSER = '[data-fixture-compose="1"] [g_editable="true"]';

let h: Harness;
let gmail: Page;
let options: Page;
beforeAll(async () => {
  h = await launch();
  gmail = await h.open(SITE_URLS.gmail);
  options = await openOptions(h);
});
afterAll(() => h?.close());

const rulesShown = async (): Promise<string[]> => (await hints(gmail)).map((x) => x.rule);

describe('an edit on the options page reaches the open composer without a reload', () => {
  test('the draft shows its hints', async () => {
    await gmail.bringToFront();
    await typeInto(gmail, COMPOSER, DRAFT);
    await waitForRule(gmail, 'self-praise');
  });

  test('turning a rule off removes its hints; turning it on brings them back', async () => {
    const switchOf = options.locator('#rule-self-praise input[role="switch"]');
    await switchOf.uncheck();
    await saved(options);
    await expect.poll(rulesShown, { timeout: 15_000 }).not.toContain('self-praise');
    await switchOf.check();
    await expect.poll(rulesShown, { timeout: 15_000 }).toContain('self-praise');
  });

  test('changing a threshold changes the hints', async () => {
    expect(await findHint(gmail, 'long-sentence', DRAFT, 'Main Street')).toBeUndefined();
    await options.locator('#rule-long-sentence-maxWords').fill('15');
    await saved(options);
    await expect.poll(() => findHint(gmail, 'long-sentence', DRAFT, 'Main Street'), { timeout: 15_000 }).toBeDefined();
  });

  test('adding a phrase to the allow list removes its hint, and only that one', async () => {
    expect(await findHint(gmail, 'self-praise', DRAFT, 'World Class')).toBeDefined();
    await options.locator('#words-allow').fill('World Class Fitness');
    await options.locator('#words-allow').press('Enter');
    await saved(options);
    await expect.poll(() => findHint(gmail, 'self-praise', DRAFT, 'World Class'), { timeout: 15_000 }).toBeUndefined();
    expect(await findHint(gmail, 'self-praise', DRAFT, 'award-winning')).toBeDefined();
  });

  test('the page was never reloaded', async () => {
    expect(await gmail.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    expect(await gmail.evaluate(() => window.parleyFixture?.getTextOf('[data-fixture-compose="1"] [g_editable="true"]'))).toBe(DRAFT);
  });
});

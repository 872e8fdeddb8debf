/**
 * Corrupt or out-of-date stored settings: the page opens with the nearest valid values, says
 * what was reset, and writes the repaired settings back once the user has read the list.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './harness.ts';
import { openOptions, saved, storedSettings } from './options-helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

test('broken stored settings are repaired, named, and saved once acknowledged', async () => {
  const page = await openOptions(h);
  await page.evaluate(() =>
    chrome.storage.sync.set({
      'parley.settings': {
        version: 2,
        analysis: { rules: { 'self-praise': { enabled: false }, 'retired-rule': { enabled: false } }, channels: { email: { maxQuestions: 99 } } },
        memory: { similarity: 5 },
      },
    }),
  );
  await page.reload();
  const notice = page.getByTestId('repair-notice');
  await expect.poll(() => notice.textContent()).toContain('Unknown rule "retired-rule"');
  const text = (await notice.textContent()) ?? '';
  expect(text).toMatch(/"Most questions" was 99, outside the allowed 1–20; set to 20/);
  expect(text).toMatch(/similarity.*was 5, outside the allowed 50–100; set to 50/);
  // The valid override survived, and the fields show the repaired values.
  expect(await page.locator('#rule-self-praise input[role="switch"]').isChecked()).toBe(false);
  expect(await page.locator('#target-email-maxQuestions').inputValue()).toBe('20');
  expect(await page.locator('#memory-similarity').inputValue()).toBe('50');

  await notice.getByRole('button', { name: /OK/ }).click();
  await saved(page);
  expect(await notice.count()).toBe(0);
  expect(await storedSettings(page)).toEqual({
    version: 2,
    analysis: { rules: { 'self-praise': { enabled: false } }, channels: { email: { maxQuestions: 20 } } },
    memory: { similarity: 50 },
  });
  await page.reload();
  await page.locator('#rules').waitFor();
  expect(await page.getByTestId('repair-notice').count()).toBe(0);
});

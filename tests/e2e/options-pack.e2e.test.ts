/**
 * Rule packs in a real browser: settings edited on one profile, exported, and imported on a
 * fresh profile come out the same; broken files each say what is wrong and change nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness.ts';
import { readPack } from '../../src/settings/pack.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { toStored } from '../../src/settings/sync.ts';
import { openOptions, saved, stored, storedSettings } from './options-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'parley-packs-'));

async function importFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, text);
  await page.getByTestId('import-file').setInputFiles(path);
}

describe('export on one profile, import on a fresh one', () => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    [a, b] = [await launch(), await launch()];
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  test('reproduces the same stored settings', async () => {
    const page = await openOptions(a);
    await page.locator('#rule-self-praise input[role="switch"]').uncheck();
    await page.locator('#rule-we-vs-you .severity-error').click();
    await page.locator('#rule-long-sentence-maxWords').fill('22');
    await page.locator('#channel-tab-x').click();
    await page.locator('#target-x-maxHashtags').fill('1');
    for (const name of ['Best Buy', 'Premier League']) {
      await page.locator('#words-allow').fill(name);
      await page.locator('#words-allow').press('Enter');
    }
    await page.getByRole('switch', { name: 'Coach on Facebook' }).uncheck();
    await page.locator('#memory-similarity').fill('90');
    await saved(page);
    const original = await stored(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export rule pack' }).click();
    const exported = join(dir, 'team.json');
    await (await download).saveAs(exported);

    const fresh = await openOptions(b);
    expect(await stored(fresh)).toEqual({});
    await fresh.getByTestId('import-file').setInputFiles(exported);
    const preview = fresh.getByTestId('import-preview');
    await expect.poll(() => preview.textContent()).toContain('Self praise');
    expect(await fresh.getByTestId('import-problems').count()).toBe(0);
    await fresh.getByRole('button', { name: 'Apply changes' }).click();
    await saved(fresh);
    expect(await stored(fresh)).toEqual(original);
    // And the page shows it: the imported allow list and the switched-off rule.
    expect(await fresh.locator('#rule-self-praise input[role="switch"]').isChecked()).toBe(false);
    await expect.poll(() => fresh.locator('#words-allow-label + p + .word-list-add + .chips').textContent()).toContain('Premier League');
  });

  test.each([
    ['not-json.json', 'this is not json {', /not valid JSON/],
    ['wrong-schema.json', JSON.stringify({ rules: { 'self-praise': { enabled: true } } }), /no "parley" format field/],
    ['newer.json', JSON.stringify({ parley: 7, settings: {} }), /format 7, newer than this version/],
    ['junk.bin', Buffer.alloc(5 * 1024 * 1024, 0x41), /This file is 5\.0 MB; a Parley rule pack is at most 256 KB/],
  ])('%s: shows the error and leaves settings unchanged', async (name, text, message) => {
    const page = await openOptions(b);
    const before = await stored(page);
    await importFile(page, name, text);
    const error = page.getByTestId('import-error');
    await expect.poll(() => error.textContent()).toMatch(message);
    expect(await error.textContent()).toContain('Nothing was imported.');
    expect(await page.getByRole('button', { name: /Apply/ }).count()).toBe(0);
    expect(await stored(page)).toEqual(before);
  });

  test.each([
    ['unknown-rule.json', { rules: { 'no-such-rule': { enabled: false } } }, /Unknown rule "no-such-rule"/],
    ['out-of-range.json', { channels: { email: { maxQuestions: 99 } } }, /"Most questions" is 99, outside the allowed 1–20; not imported/],
  ])('%s: names the problem in the preview, and Cancel changes nothing', async (name, settings, message) => {
    const page = await openOptions(b);
    const before = await stored(page);
    await importFile(page, name, JSON.stringify({ parley: 1, exportedAt: new Date().toISOString(), settings }));
    await expect.poll(() => page.getByTestId('import-problems').textContent()).toMatch(message);
    await page.getByRole('button', { name: /Cancel|Close/ }).click();
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(await stored(page)).toEqual(before);
  });
});

/** The packs tests/cli/settings-packs.test.ts gives the CLI: the screen must say what the CLI says. */
const PACKS_DIR = new URL('../cli/fixtures/packs/', import.meta.url);
const PACKS = readdirSync(PACKS_DIR).sort();

describe('the same packs the CLI reads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(() => h?.close());

  test.each(PACKS)('%s: the preview names what the CLI names, and Apply stores what the CLI uses', async (name) => {
    const text = readFileSync(new URL(name, PACKS_DIR), 'utf8');
    const expected = readPack(text, DEFAULT_SETTINGS);
    const page = await openOptions(h);
    await page.evaluate(() => chrome.storage.sync.clear());
    await page.reload();
    await page.locator('#rules').waitFor();
    await importFile(page, name, text);
    if (!expected.ok) {
      await expect.poll(() => page.getByTestId('import-error').textContent()).toContain(expected.error);
      return;
    }
    await page.getByTestId('import-preview').waitFor();
    const problems = page.getByTestId('import-problems').locator('li');
    expect(await problems.allTextContents()).toEqual(expected.problems);
    await page.getByRole('button', { name: /^Apply/ }).click();
    await saved(page);
    expect(await storedSettings(page)).toEqual(toStored(expected.next));
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

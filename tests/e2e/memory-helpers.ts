/**
 * Shared steps of the noise memory's browser tests: set the memory settings the way the
 * options page stores them, count what the send log holds, read the cadence and repeat
 * findings the popup would show, and dump every storage area to search it for draft text.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/index.ts';
import type { MemorySettings } from '../../src/settings/schema.ts';
import { pageState, typeInto } from './coach-helpers.ts';
import { currentWorker, type Harness, launch } from './harness.ts';

/** PARLEY_DIST: test another build than dist/ (e.g. while others rebuild dist/). */
export const launchExtension = (): Promise<Harness> => launch(process.env.PARLEY_DIST ? { dist: process.env.PARLEY_DIST } : {});

export const MEMORY_RULES = ['cadence', 'canned-copy'];

/** Writes memory settings overrides to storage.sync, as the options page does. */
export async function setMemorySettings(h: Harness, memory: Partial<MemorySettings>): Promise<void> {
  const worker = await currentWorker(h);
  await worker.evaluate((m) => chrome.storage.sync.set({ 'parley.settings': { version: 1, memory: m } }), memory);
}

/** How many sends the log in storage.local holds. */
export async function storedSends(h: Harness): Promise<number> {
  const worker = await currentWorker(h);
  return worker.evaluate(async () => {
    const all: Record<string, { at?: unknown[] }> = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => /^parley\.memory\.c\d+$/.test(key))
      .reduce((n, [, chunk]) => n + (chunk.at?.length ?? 0), 0);
  });
}

export async function waitForStoredSends(h: Harness, count: number): Promise<void> {
  await expect.poll(() => storedSends(h), { timeout: 15_000 }).toBe(count);
}

/** Everything Parley keeps in every storage area, as one string. */
export async function allStorage(h: Harness): Promise<string> {
  const worker = await currentWorker(h);
  return worker.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null), await chrome.storage.session.get(null)]),
  );
}

/** The cadence and repeat findings of the popup's current draft, as "rule: message". */
export async function memoryFindings(h: Harness, page: Page): Promise<string[]> {
  const draft = (await pageState(h, page)).draft;
  return (draft?.report.findings ?? []).filter((f) => MEMORY_RULES.includes(f.rule)).map((f) => `${f.rule}: ${f.message}`);
}

/** Types a draft and waits until the coach has analysed all of it (so Send is watched). */
export async function writeDraft(h: Harness, page: Page, selector: string, text: string): Promise<void> {
  await typeInto(page, selector, text);
  const words = analyze(text).stats.words;
  await expect.poll(async () => (await pageState(h, page)).draft?.report.stats.words, { timeout: 15_000 }).toBe(words);
}

/** Selects everything in the composer and deletes it, as a user would. */
export async function clearDraft(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => window.parleyFixture?.focusOf(s), selector);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
}

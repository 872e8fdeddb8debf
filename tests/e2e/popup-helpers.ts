/**
 * Shared steps of the popup's browser tests: open the popup for a fixture tab (as a tab of
 * its own, told which tab it is about with ?tab=), read the toolbar badge of a tab, run axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { currentWorker, type Harness } from './harness.ts';

export const POPUP = 'src/popup/index.html';
const WIDTH = 380;

/** The tab id of a page: brought to the front, it is the active tab the worker can see. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await currentWorker(h);
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Waits until the popup has read its tab (main stops being busy). */
export async function ready(popup: Page): Promise<Page> {
  await popup.locator('main[aria-busy="false"]').waitFor();
  await popup.waitForFunction(() => [...document.images].every((img) => img.complete));
  return popup;
}

/** The popup as it would open on `page`'s tab (popup-sized, in a tab of its own). */
export async function openPopup(h: Harness, page: Page, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const tabId = await tabIdOf(h, page);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: WIDTH, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${h.extensionId}/${POPUP}?tab=${tabId}`);
  return ready(popup);
}

/** A canned popup state from the mock connector (connector-mock.ts SCENARIOS). */
export async function openMockPopup(h: Harness, scenario: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: WIDTH, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${h.extensionId}/${POPUP}?mock=${scenario}`);
  return ready(popup);
}

export interface BadgeReading {
  text: string;
  /** "#rrggbb" */
  colour: string;
}

export async function badgeOf(h: Harness, tabId: number): Promise<BadgeReading> {
  const worker = await currentWorker(h);
  return worker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const rgba = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    const colour = `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    return { text, colour };
  }, tabId);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

declare global {
  interface Window {
    /** axe-core, once evaluated in the page by axeViolations(). */
    axe?: { run(): Promise<{ violations: AxeViolation[] }> };
  }
}

/**
 * axe's serious and critical violations on the page. The source is evaluated rather than
 * added as a <script>: the extension's CSP (script-src 'self') refuses inline scripts.
 */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string | null; targets: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load');
    return (await window.axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

/**
 * Shared steps of the popup's browser tests: open the popup for a fixture tab (as a tab of
 * its own, told which tab it is about with ?tab=), read the toolbar badge of a tab, run axe.
 *
 * Browser state is read from an extension page rather than the service worker: a worker the
 * test stopped leaves Playwright a stale handle whose evaluate() never returns.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DIST, type Harness, launch } from './harness.ts';
import { GENERIC_ORIGIN } from './pages.ts';

export const POPUP = 'src/popup/index.html';
const WIDTH = 380;

const probes = new WeakMap<Harness, Page>();

/** An extension page kept open in the background to call chrome.* APIs from (the popup of its own tab, which Parley does not coach). */
async function probe(h: Harness): Promise<Page> {
  const open = probes.get(h);
  if (open && !open.isClosed()) return open;
  const page = await h.extensionPage(POPUP);
  probes.set(h, page);
  return page;
}

/** The tab id of a page: brought to the front, it is the active tab. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const from = await probe(h);
  await page.bringToFront();
  return from.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Stops the extension's service worker, as Chrome does when it idles; resolves once it is gone. */
export async function stopServiceWorker(h: Harness): Promise<void> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser handle');
  const targets = await browser.newBrowserCDPSession();
  const session = await h.context.newCDPSession(await probe(h));
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  const workers = async (): Promise<number> => (await targets.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker').length;
  await expect.poll(workers).toBe(0);
  await Promise.all([session.detach(), targets.detach()]);
}

/**
 * Launches with a copy of dist/ that holds the host permission for https://example.com but
 * runs no script there yet: a tab open from before the user allowed the site.
 */
export async function launchAllowedButNotStarted(): Promise<Harness> {
  const dist = mkdtempSync(join(tmpdir(), 'parley-dist-'));
  cpSync(DIST, dist, { recursive: true });
  const path = join(dist, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push('https://example.com/*');
  writeFileSync(path, JSON.stringify(manifest));
  const h = await launch({ dist });
  const close = h.close.bind(h);
  return { ...h, close: async () => (await close(), rmSync(dist, { recursive: true, force: true })) };
}

/** What the popup shows right now (no waiting): for polls on a popup that follows the page. */
export function shown(popup: Page): Promise<{ screen: string | null; score: string | null; verdict: string | null }> {
  return popup.evaluate(() => ({
    screen: document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? (document.querySelector('.ring') ? 'report' : null),
    score: document.querySelector('.ring')?.getAttribute('data-score') ?? null,
    verdict: document.getElementById('verdict')?.textContent ?? null,
  }));
}

/** Waits until the popup has read its tab (main stops being busy). */
export async function ready(popup: Page): Promise<Page> {
  await popup.locator('main[aria-busy="false"]').waitFor();
  await popup.waitForFunction(() => [...document.images].every((img) => img.complete));
  return popup;
}

/** The popup as it would open on `page`'s tab (popup-sized, in a tab of its own). */
export async function openPopup(h: Harness, page: Page, scheme: 'light' | 'dark' = 'light', before?: (popup: Page) => Promise<void>): Promise<Page> {
  const tabId = await tabIdOf(h, page);
  const popup = await h.context.newPage();
  await before?.(popup);
  await popup.setViewportSize({ width: WIDTH, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`chrome-extension://${h.extensionId}/${POPUP}?tab=${tabId}`);
  return ready(popup);
}

/**
 * A canned popup state from the mock connector (pages/src/popup-mock/connector-mock.ts
 * SCENARIOS), rendered by a fixture page: the extension itself carries no mock.
 */
export async function openMockPopup(h: Harness, scenario: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: WIDTH, height: 600 });
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.goto(`${GENERIC_ORIGIN}/popup-mock.html?mock=${scenario}`);
  return ready(popup);
}

export interface BadgeReading {
  text: string;
  /** "#rrggbb" */
  colour: string;
}

export async function badgeOf(h: Harness, tabId: number): Promise<BadgeReading> {
  return (await probe(h)).evaluate(async (id) => {
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

/**
 * Launches Debian's Chromium headless with the built extension (dist/) loaded, serves fixture
 * pages at the real sites' origins (so the shipped manifest's match patterns are what is
 * tested), and records every other request: Parley must never reach the network.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { fulfil } from './pages.ts';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** URLs of requests that would have left the machine (aborted). */
  outbound: string[];
  /** Errors thrown by pages (uncaught), for "no page errors" checks. */
  pageErrors: string[];
  open(url: string): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** `profile`: a profile directory to start with and keep (a browser restarted on the same profile). */
export async function launch(options: { dist?: string; profile?: string } = {}): Promise<Harness> {
  const dist = options.dist ?? DIST;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const outbound: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const page = fulfil(url);
    if (page) return route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
    outbound.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    outbound,
    pageErrors,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-fixture-ready="1"]');
      return page;
    },
    async extensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A copy of a build whose manifest also claims https://example.com (removed on close). */
export function withGenericSite(dist: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-dist-'));
  cpSync(dist, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
  manifest.host_permissions.push('https://example.com/*');
  for (const script of manifest.content_scripts) script.matches.push('https://example.com/*');
  writeFileSync(path, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The current worker (it may have been restarted since launch). */
export async function currentWorker(h: Harness): Promise<Worker> {
  return h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
}

/**
 * Sends a message from the service worker to the content script of the page's tab (the
 * page is brought to the front so it is the active tab; no "tabs" permission is needed).
 */
export async function messageTab<T>(h: Harness, page: Page, message: { parley: string; payload: unknown }): Promise<T> {
  await page.bringToFront();
  const worker = await currentWorker(h);
  return worker.evaluate(async (msg) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, msg);
  }, message) as Promise<T>;
}

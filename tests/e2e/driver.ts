/**
 * One small driver over both browsers, so the flows that matter are written once and run in
 * Chromium (Playwright, dist/) and Firefox ESR (puppeteer-core over WebDriver BiDi,
 * dist-firefox/). Fixture pages are served at the real sites' origins in both; every other
 * request is refused and recorded.
 *
 * Firefox: requests made by the add-on itself (its background page, its extension pages) are
 * not visible to page interception, so the profile sends all of Firefox's traffic to a local
 * proxy that refuses and records every request (`network.proxy.*`, with no host exempt):
 * `outbound` holds those too. Chromium's context routing already sees the worker's requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import { DIST, launch, withGenericSite } from './harness.ts';
import { fulfil } from './pages.ts';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');
export const FIREFOX = process.env.PARLEY_FIREFOX ?? '/usr/bin/firefox-esr';
export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** The few page operations the shared flows need; trusted input only (keyboard, mouse). */
export interface DriverPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  type(text: string): Promise<void>;
  /** A key or chord, e.g. 'Control+z', 'Control+End'. */
  press(chord: string): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Moves the pointer there in a few steps, as a hand does (hover intent reads the moves). */
  hover(x: number, y: number): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** Requests that would have left the machine (refused). */
  readonly outbound: string[];
  readonly pageErrors: string[];
  /** Opens a fixture page and waits until it is ready. */
  open(url: string): Promise<DriverPage>;
  /** Opens a page of the extension (`src/popup/index.html?tab=…`). */
  extensionPage(path: string): Promise<DriverPage>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** Also claim https://example.com, as if the user had enabled it (the generic fixtures live there). */
  genericSite?: boolean;
  /** Firefox: grant the manifest's host permissions at install (the default in Firefox 128+). */
  grantAtInstall?: boolean;
}

export function launchDriver(name: BrowserName, options: DriverOptions = {}): Promise<Driver> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

async function launchChromium(options: DriverOptions): Promise<Driver> {
  const copy = options.genericSite ? withGenericSite(DIST) : null;
  const h = await launch({ dist: copy?.dir ?? DIST });
  const wrap = (page: PlaywrightPage): DriverPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    click: (x, y) => page.mouse.click(x, y),
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    outbound: h.outbound,
    pageErrors: h.pageErrors,
    open: async (url) => wrap(await h.open(url)),
    extensionPage: async (path) => wrap(await h.extensionPage(path)),
    close: async () => {
      await h.close();
      copy?.remove();
    },
  };
}

/** The add-on's id (dist-firefox manifest) and the fixed UUID its moz-extension:// pages get here. */
const GECKO_ID = 'parley@parley.dev';
const EXTENSION_UUID = '5f0e2b4c-7a1d-4e8b-9c3f-2d6a8b1e4f70';

/** The host of the request that proves the recorder sees Firefox's own traffic. */
const CANARY_HOST = 'parley-canary.invalid';

interface Recorder {
  port: number;
  server: Server;
  /** Every request that reached the proxy, the canary's aside. */
  hits: string[];
  canarySeen: boolean;
}

/** A local proxy that answers every request with 502 and records it. */
async function startRecorder(): Promise<Recorder> {
  const recorder = { hits: [] as string[], canarySeen: false };
  const record = (what: string): void => {
    if (what.includes(CANARY_HOST)) recorder.canarySeen = true;
    else recorder.hits.push(what);
  };
  const server = createServer((req, res) => {
    record(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    record(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return Object.assign(recorder, { port: (server.address() as AddressInfo).port, server });
}

async function launchFirefox(options: DriverOptions): Promise<Driver> {
  const copy = options.genericSite ? withGenericSite(DIST_FIREFOX) : null;
  const recorder = await startRecorder();
  const proxy = { host: '127.0.0.1', port: recorder.port };
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
    // moz-extension:// pages may only be opened over BiDi with system access allowed.
    args: ['--remote-allow-system-access'],
    // Lets the profile point Firefox's own remote-settings sync nowhere (release builds ignore
    // that pref otherwise): then everything the proxy records came from the add-on.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.originControls.grantByDefault': options.grantAtInstall ?? true,
      // permissions.request() grants without the doorhanger, which no driver can click.
      'extensions.webextOptionalPermissionPrompts': false,
      // Firefox's own remote settings sync (not the add-on's): pointed nowhere, as Mozilla's tests do.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.proxy.type': 1,
      'network.proxy.http': proxy.host,
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': proxy.host,
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await proveRecorderSeesBrowserTraffic(browser, recorder);
  await browser.installExtension(copy?.dir ?? DIST_FIREFOX);
  const outbound = recorder.hits;
  const pageErrors: string[] = [];

  const newPage = async (): Promise<PuppeteerPage> => {
    const page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return void request.continue();
      const served = fulfil(url);
      if (served) return void request.respond({ status: served.status, contentType: served.contentType, body: served.body });
      outbound.push(url);
      return void request.abort();
    });
    return page;
  };
  const wrap = (page: PuppeteerPage): DriverPage => ({
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    type: (text) => page.keyboard.type(text),
    press: (chord) => pressChord(page, chord),
    click: (x, y) => page.mouse.click(x, y),
    hover: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    outbound,
    pageErrors,
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-fixture-ready="1"]');
      return wrap(page);
    },
    async extensionPage(path) {
      const page = await browser.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      // BiDi never reports a moz-extension:// navigation as done: start it, wait for the page.
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await untilLoaded(page, url);
      return wrap(page);
    },
    async close() {
      await browser.close();
      recorder.server.close();
      copy?.remove();
    },
  };
}

/**
 * A request made outside page interception (as the add-on's background would make one) must
 * reach the recorder; otherwise an empty `outbound` would prove nothing. The canary (and its
 * late favicon request) is kept out of `outbound`.
 */
async function proveRecorderSeesBrowserTraffic(browser: PuppeteerBrowser, recorder: Recorder): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`http://${CANARY_HOST}/`).catch(() => undefined);
  await page.close();
  if (!recorder.canarySeen) throw new Error(`The recording proxy did not see ${CANARY_HOST}: Firefox's traffic is not going through it`);
}

/** Polls until `page` shows `url`, loaded; an evaluation that lands mid-navigation just counts as not yet. */
async function untilLoaded(page: PuppeteerPage, url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const loaded = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not load`);
}

/** Centre of a page element in viewport coordinates, scrolled into view first (for mouse clicks). */
export function centreOf(page: DriverPage, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((s) => {
    const found = document.querySelector(s);
    if (!found) throw new Error(`no ${s}`);
    found.scrollIntoView({ block: 'center' });
    const r = found.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/** Playwright-style chords ('Control+z') with puppeteer's keyboard: hold the modifiers, press, release. */
async function pressChord(page: PuppeteerPage, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

/** The id of `page`'s tab, asked of an extension page (`probe`) once `page` is the active tab. */
export async function activeTabId(probe: DriverPage, page: DriverPage): Promise<number> {
  await page.bringToFront();
  return probe.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  }, null);
}

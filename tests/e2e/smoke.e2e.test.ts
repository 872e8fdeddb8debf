/**
 * Foundation smoke: the built extension loads in Chromium; its content script runs at the
 * supported origins of the shipped manifest and nowhere else; the popup and options pages
 * render; the service worker answers a typed message; nothing reaches the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, type Harness, launch, messageTab } from './harness.ts';
import { PLAYGROUND_URL, fixtureUrl } from './pages.ts';

const EDITORS = ['#textarea', '#contenteditable', '#quill .ql-editor', '#lexical', '#draftjs .public-DraftEditor-content', '#prosemirror .ProseMirror'];

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('built manifest', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  test('is MV3 with no <all_urls> in content scripts or required host permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    const required = [...manifest.host_permissions, ...manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)];
    expect(required).not.toContain('<all_urls>');
    expect(required.filter((m: string) => m.includes('*://*/') || m.startsWith('http://*') || m.startsWith('https://*/'))).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  // Loading the analysis engine costs a woken worker about 300 ms and the popup as much again.
  test('the popup and the service worker load no part of the analysis engine (compromise)', () => {
    const popupHtml = readFileSync(join(DIST, 'src/popup/index.html'), 'utf8');
    const popupEntry = /<script type="module"[^>]* src="\/([^"]+)"/.exec(popupHtml)?.[1];
    expect(popupEntry).toBeDefined();
    const engine = `${JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules/compromise/package.json'), 'utf8')).version}`;
    for (const entry of [popupEntry!, manifest.background.service_worker as string]) {
      const loaded = staticImports(entry);
      expect(loaded.length).toBeGreaterThan(1);
      expect(loaded.filter((file) => readFileSync(join(DIST, file), 'utf8').includes(engine))).toEqual([]);
    }
  });
});

/** Every file a script loads before it runs: itself and its static imports, transitively. */
function staticImports(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) {
      visit(join(file, '..', spec!).replace(/^\/+/, ''));
    }
  };
  visit(entry);
  return [...seen];
}

describe('in Chromium', () => {
  test('the service worker answers a typed message', async () => {
    // A worker does not receive its own messages, so ask from an extension page.
    const page = await h.extensionPage('src/popup/index.html');
    const pong = await page.evaluate(() => chrome.runtime.sendMessage({ parley: 'ping', payload: {} }));
    expect(pong).toMatchObject({ pong: true, version: '0.1.0' });
    await page.close();
  });

  test('the content script runs on a supported origin', async () => {
    const page = await h.open(fixtureUrl('gmail'));
    const state = await messageTab<{ active: boolean }>(h, page, { parley: 'getPageState', payload: {} });
    expect(state.active).toBe(true);
    await page.close();
  });

  test('the content script does not run on an unsupported origin', async () => {
    const page = await h.open(fixtureUrl('textarea'));
    await expect(messageTab(h, page, { parley: 'getPageState', payload: {} })).rejects.toThrow(/Receiving end does not exist/);
    await page.close();
  });

  test.each(EDITORS)('the coach is injected when %s is focused (playground at a supported origin)', async (selector) => {
    const page = await h.open(PLAYGROUND_URL);
    await page.locator(selector).click();
    await page.keyboard.type('Hello there. ');
    // The coach's overlay host carries an open shadow root outside the editor.
    await expect.poll(() => page.locator('[data-parley-overlay]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  test('the popup and options pages render', async () => {
    const popup = await h.extensionPage('src/popup/index.html');
    await expect.poll(() => popup.locator('#app').innerText()).toMatch(/\w/);
    const options = await h.extensionPage('src/options/index.html');
    await expect.poll(() => options.locator('#app').innerText()).toMatch(/Parley/);
    await popup.close();
    await options.close();
  });

  test('no request left the machine and no page threw', () => {
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

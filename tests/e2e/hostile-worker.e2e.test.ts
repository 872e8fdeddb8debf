/**
 * The service worker trusts no message by default. A page can drive its content script (it
 * owns the composer), so the worst a page can make of Parley is a content script that sends
 * whatever it likes: here one is simulated by running a script in the content scripts' own
 * isolated world of the hostile tab (scripting.executeScript), which the worker cannot tell
 * from Parley's. It floods recordSend, lies about the site, and asks for what only Parley's
 * own pages may: every one is refused or bounded. Extension pages keep working, under a CSP
 * that lets them load only Parley's own files and reach no network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BURST } from '../../src/background/send-rate.ts';
import type { HistoryListing } from '../../src/messaging/protocol.ts';
import { currentWorker, type Harness } from './harness.ts';
import { openHostile } from './hostile-helpers.ts';
import { launchExtension, storedSends } from './memory-helpers.ts';
import { tabIdOf } from './popup-helpers.ts';

interface Answer {
  ok: boolean;
  error?: string;
}

describe('the worker checks every sender', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(() => h.close());

  it('a content script flooding recordSend: a few are kept, the rest dropped and counted; the site is the sender\'s; extension-only messages are refused', async () => {
    const page = await openHostile(h);
    const tabId = await tabIdOf(h, page);
    const worker = await currentWorker(h);
    const answers = await worker.evaluate(async (tab) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab },
        func: async () => {
          const ask = (parley: string, payload: unknown) =>
            chrome.runtime.sendMessage({ parley, payload }).then(
              () => ({ ok: true }),
              (e: Error) => ({ ok: false, error: e.message }),
            );
          const flood = await Promise.all(
            Array.from({ length: 50 }, (_, i) => ask('recordSend', { channel: 'email', words: 12, fingerprint: [], at: Date.now() - i, site: 'mail.google.com', domains: ['acme.com'] })),
          );
          return { flood, clear: await ask('clearHistory', {}), history: await ask('sendHistory', {}), sync: await ask('syncSites', {}) };
        },
      });
      return result?.result as { flood: Answer[]; clear: Answer; history: Answer; sync: Answer };
    }, tabId);

    expect(answers.flood.filter((a) => a.ok)).toHaveLength(50); // dropped quietly: the sender learns nothing
    expect(await storedSends(h)).toBe(BURST);
    expect(await worker.evaluate(() => chrome.storage.session.get(null))).toEqual({ 'parley.memory.droppedSends': 50 - BURST });
    for (const refused of [answers.clear, answers.history, answers.sync]) expect(refused).toEqual({ ok: false, error: expect.stringMatching(/not accepted from here/) });

    // Parley's own options page may ask: the log was not cleared, and every send is from x.com.
    const options = await h.extensionPage('src/options/index.html');
    const history = await options.evaluate(() => chrome.runtime.sendMessage({ parley: 'sendHistory', payload: {} })) as HistoryListing;
    expect(history.sends).toHaveLength(BURST);
    expect(new Set(history.sends.map((s) => s.site))).toEqual(new Set(['x.com']));
    await options.close();
    await page.close();
  });

  it('extension pages render under default-src \'self\' with no CSP violation, and cannot reach the network', async () => {
    const manifest = await (await currentWorker(h)).evaluate(() => chrome.runtime.getManifest());
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'none'/);
    for (const path of ['src/popup/index.html', 'src/options/index.html']) {
      const page = await h.context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
      await page.goto(`chrome-extension://${h.extensionId}/${path}`);
      await page.locator('main, #root > *').first().waitFor();
      await page.waitForFunction(() => [...document.images].every((img) => img.complete) && document.fonts.status === 'loaded');
      expect(violations).toEqual([]);
      const fetched = await page.evaluate(() => fetch('https://example.org/collect').then(() => 'reached', () => 'blocked'));
      expect(fetched).toBe('blocked');
      expect(violations.join('\n')).toMatch(/connect-src 'none'/);
      await page.close();
    }
    expect(h.outbound).toEqual([]);
  });

  it('the noise memory\'s limits are enforced hourly, on an alarm, not only on the next send', async () => {
    const worker = await currentWorker(h);
    await expect.poll(() => worker.evaluate(() => chrome.alarms.get('parley-retention').then((a) => a?.periodInMinutes ?? null))).toBe(60);
  });
});

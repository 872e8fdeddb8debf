/**
 * What the user waits for in the extension's own surfaces: the toolbar popup from open to its
 * first real screen, and a stopped service worker from the first message to its answer (Chrome
 * stops an idle worker after 30 s, so every pause in writing ends in a cold start).
 */
import type { Page } from 'playwright-core';
import type { Harness } from '../e2e/harness.ts';

/**
 * Milliseconds from navigation start until the popup, about the tab `url` is open in (the
 * popup's ?tab=, as the e2e tests open it), knows what to show (no longer busy).
 */
export async function popupOpenTimes(h: Harness, url: string, runs: number): Promise<number[]> {
  const probe = await h.extensionPage('src/popup/index.html');
  const tabId = await probe.evaluate(async (href) => (await chrome.tabs.query({})).find((t) => t.url === href)?.id, url);
  await probe.close();
  if (tabId === undefined) throw new Error(`no tab at ${url}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await h.extensionPage(`src/popup/index.html?tab=${tabId}`);
    const handle = await page.waitForFunction(() => (document.querySelector('main[aria-busy="false"]') ? performance.now() : 0), null, { polling: 'raf' });
    samples.push((await handle.jsonValue()) as number);
    await page.close();
  }
  return samples;
}

/**
 * Milliseconds from sending `sendContext` (what a content script asks before each analysis)
 * to the answer, each time with the worker stopped first.
 */
export async function workerWakeTimes(h: Harness, runs: number): Promise<number[]> {
  const from = await h.extensionPage('src/popup/index.html');
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await stopWorkers(h, from);
    samples.push(
      await from.evaluate(async () => {
        const start = performance.now();
        await chrome.runtime.sendMessage({ parley: 'sendContext', payload: { channel: 'email', fingerprint: [] } });
        return performance.now() - start;
      }),
    );
  }
  await from.close();
  return samples;
}

async function stopWorkers(h: Harness, page: Page): Promise<void> {
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser handle');
  const targets = await browser.newBrowserCDPSession();
  const session = await h.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  for (let tries = 0; tries < 200; tries++) {
    const { targetInfos } = await targets.send('Target.getTargets');
    if (!targetInfos.some((t) => t.type === 'service_worker')) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await Promise.all([session.detach(), targets.detach()]);
}

/**
 * What the user waits for in the extension's own surfaces: the toolbar popup from open to its
 * first real screen, and a stopped service worker from the first message to its answer (Chrome
 * stops an idle worker after 30 s, so every pause in writing ends in a cold start).
 */
import type { CDPSession, Page } from 'playwright-core';
import { FIRST_SCREEN_MARK } from '../../src/popup/first-screen-mark.ts';
import type { Harness } from '../e2e/harness.ts';

/**
 * Milliseconds from navigation start until the toolbar popup shows its first real screen
 * (its FIRST_SCREEN_MARK), `runs` times. The popup is opened as the user opens it, over `page`
 * (the worker calls `chrome.action.openPopup()` with `page` the active tab), so the page stays
 * visible, as it does under a real popup; the popup is read over the DevTools protocol. The
 * harness's routes are dropped first: they send every request, the popup's own files included,
 * through Node, which a toolbar popup never does. Call it once the pages under test are loaded.
 */
export async function popupOpenTimes(h: Harness, page: Page, runs: number): Promise<number[]> {
  await h.context.unroute('**/*');
  await page.bringToFront();
  const browser = h.context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await h.worker.evaluate('chrome.action.openPopup()');
    const popup = await attachedPopup(cdp);
    samples.push(await until(() => popup.evaluate<number | undefined>(`performance.getEntriesByName(${JSON.stringify(FIRST_SCREEN_MARK)})[0]?.startTime`)));
    await cdp.send('Target.closeTarget', { targetId: popup.targetId });
    await until(async () => ((await popupTargetId(cdp)) === undefined ? true : undefined));
  }
  await cdp.detach();
  return samples;
}

/** Polls `read` every 10 ms until it gives a value (10 s at most). */
async function until<T>(read: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 1000; tries++) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}

const popupTargetId = async (cdp: CDPSession): Promise<string | undefined> =>
  (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && t.url.includes('/src/popup/index.html'))?.targetId;

/**
 * The open popup, attached without flattening: Playwright does not expose a toolbar popup as a
 * Page, so its Runtime is reached through Target.sendMessageToTarget.
 */
async function attachedPopup(cdp: CDPSession): Promise<{ targetId: string; evaluate<T>(expression: string): Promise<T | undefined> }> {
  const targetId = await until(() => popupTargetId(cdp));
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 0;
  return {
    targetId,
    async evaluate<T>(expression: string) {
      const id = ++next;
      const answer = new Promise<T | undefined>((resolve) => {
        const listen = (event: { sessionId?: string; message: string }): void => {
          const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: T } } };
          if (event.sessionId !== sessionId || message.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', listen);
          resolve(message.result?.result?.value);
        };
        cdp.on('Target.receivedMessageFromTarget', listen);
      });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
      return answer;
    },
  };
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

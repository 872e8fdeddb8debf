/**
 * In-page probes for the browser benchmark, run in the page's main world: long tasks
 * (PerformanceObserver 'longtask'), slow input events (Event Timing) and the moment a hint
 * element appears in Parley's overlay (its open shadow root is the public contract).
 */
import type { Page } from 'playwright-core';

export interface ProbeResult {
  longTasks: number[];
  /** Long animation frames (> 50 ms): the frame's blocking part, which delays input. */
  frameBlocking: number[];
  slowestEvent: number;
}

declare global {
  interface Window {
    parleyProbe?: { longTasks: number[]; blocking: number[]; events: number[]; lastKey: number; keys: number[]; since: number; hints: { at: number; start: number }[] };
  }
}

/** Starts (or restarts) collecting long tasks and input-event durations. */
export async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.parleyProbe) {
      window.parleyProbe.longTasks = [];
      window.parleyProbe.blocking = [];
      window.parleyProbe.events = [];
      return;
    }
    const probe = { longTasks: [] as number[], blocking: [] as number[], events: [] as number[], lastKey: 0, keys: [] as number[], since: 0, hints: [] as { at: number; start: number }[] };
    window.parleyProbe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.blocking.push((e as PerformanceEntry & { blockingDuration: number }).blockingDuration);
    }).observe({ type: 'long-animation-frame' });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    document.addEventListener('keydown', () => probe.keys.push((probe.lastKey = performance.now())), true);
  });
}

export async function readProbe(page: Page): Promise<ProbeResult> {
  return page.evaluate(() => {
    const probe = window.parleyProbe!;
    return { longTasks: [...probe.longTasks], frameBlocking: [...probe.blocking], slowestEvent: Math.max(0, ...probe.events) };
  });
}

/** Records when hint elements appear in the overlay (call once the overlay exists). */
export async function watchHints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('parley-overlay')?.shadowRoot;
    const probe = window.parleyProbe!;
    if (!root) throw new Error('no overlay');
    new MutationObserver((records) => {
      const at = performance.now();
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node instanceof HTMLElement && node.dataset.parleyRule) probe.hints.push({ at, start: Number(node.dataset.parleyStart) });
        }
      }
    }).observe(root, { childList: true, subtree: true });
  });
}

/** Marks the start of a typing round: hints drawn from now on are about the words typed next. */
export async function markTyping(page: Page): Promise<void> {
  await page.evaluate(() => (window.parleyProbe!.since = performance.now()));
}

/**
 * Milliseconds from a key to the first hint on the words typed since markTyping() (at or after
 * text offset `from`): from the last key pressed before the hint was drawn, which is the last
 * key of all when hints wait for a pause, and the key that completed the flagged words when
 * hints follow typing. Waits up to `timeout`; null if no hint appeared.
 */
export async function pauseToHint(page: Page, from: number, timeout = 5000): Promise<number | null> {
  const handle = await page.waitForFunction(
    (offset) => {
      const probe = window.parleyProbe!;
      const hint = probe.hints.find((h) => h.start >= offset && h.at > probe.since);
      if (!hint) return null;
      const key = probe.keys.filter((k) => k <= hint.at).at(-1) ?? probe.since;
      // An object: a latency of 0 would read as "not yet" to waitForFunction.
      return { latency: hint.at - key };
    },
    from,
    { timeout, polling: 'raf' },
  ).catch(() => null);
  return handle ? ((await handle.jsonValue()) as { latency: number }).latency : null;
}

/** The coach's own counts (content/coach-stats.ts), read in its isolated world over CDP. */
export interface CoachCounts {
  runs: number;
  analyses: number;
  costs: number[];
}

export async function coachCounts(page: Page, reset = false): Promise<CoachCounts | null> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; auxData?: { type?: string } } }) => {
    if (e.context.auxData?.type === 'isolated') worlds.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  const expression = `(() => { const s = globalThis[Symbol.for('parley.coachStats')]; if (!s) return null; const copy = JSON.stringify(s); if (${reset}) Object.assign(s, { runs: 0, analyses: 0, costs: [] }); return copy; })()`;
  let counts: CoachCounts | null = null;
  for (const contextId of worlds) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as { result: { value?: string | null } };
    if (typeof result.value === 'string') counts = JSON.parse(result.value) as CoachCounts;
  }
  await cdp.detach();
  return counts;
}

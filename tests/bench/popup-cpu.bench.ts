/**
 * npx tsx tests/bench/popup-cpu.bench.ts — what an open toolbar popup costs while the user
 * types: the popup's own main-thread time (CDP Performance.getMetrics, TaskDuration and
 * ScriptDuration) over 30 s open on the Gmail fixture with typing going on, and how long after
 * an analysis in the page the popup shows the new score (median / worst). Needs `vite build`
 * and `npm run build:fixtures`.
 */
import { launch } from '../e2e/harness.ts';
import { SITE_URLS } from '../e2e/pages.ts';
import { openPopup } from '../e2e/popup-helpers.ts';

const BODY = '[data-fixture-compose="1"] [g_editable="true"]';
const OPEN_MS = 30_000;
const WORDS = ' we are the award-winning team and we ship every week, so ask us anything you need'.split(' ');

// PARLEY_DIST: measure another build (e.g. the one before the popup was pushed) the same way.
const h = await launch(process.env.PARLEY_DIST ? { dist: process.env.PARLEY_DIST } : {});
try {
  const page = await h.open(SITE_URLS.gmail);
  await page.evaluate((s) => window.parleyFixture?.focusOf(s), BODY);
  await page.keyboard.type('Hi Maya, which part of the webinar helped your team most? ');
  await page.locator('[data-parley-pill][data-parley-score]:not([data-parley-score=""])').waitFor();
  const popup = await openPopup(h, page);
  await popup.locator('.ring').waitFor();
  // Each side stamps when its score changes: the page's pill, the popup's ring.
  await page.evaluate(() => {
    const stamps: [string, number][] = ((window as unknown as { pillStamps: [string, number][] }).pillStamps = []);
    const host = document.querySelector('parley-overlay')!.shadowRoot!;
    new MutationObserver(() => {
      const score = host.querySelector('[data-parley-pill]')?.getAttribute('data-parley-score') ?? '';
      if (stamps.at(-1)?.[0] !== score) stamps.push([score, Date.now()]);
    }).observe(host, { attributes: true, subtree: true, attributeFilter: ['data-parley-score'] });
  });
  await popup.evaluate(() => {
    const stamps: [string, number][] = ((window as unknown as { ringStamps: [string, number][] }).ringStamps = []);
    new MutationObserver(() => {
      const score = document.querySelector('.ring')?.getAttribute('data-score') ?? '';
      if (stamps.at(-1)?.[0] !== score) stamps.push([score, Date.now()]);
    }).observe(document.body, { attributes: true, subtree: true, childList: true });
  });
  const cdp = await h.context.newCDPSession(popup);
  await cdp.send('Performance.enable');
  const metrics = async (): Promise<Record<string, number>> => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const started = Date.now();
  let i = 0;
  const lastKeys: number[] = [];
  while (Date.now() - started < OPEN_MS) {
    // A word, then a pause long enough for an analysis (150 ms after typing stops).
    await page.keyboard.type(`${WORDS[i++ % WORDS.length]} `, { delay: 40 });
    lastKeys.push(Date.now());
    await page.waitForTimeout(600);
  }
  const after = await metrics();
  const pills = await page.evaluate(() => (window as unknown as { pillStamps: [string, number][] }).pillStamps);
  const rings = await popup.evaluate(() => (window as unknown as { ringStamps: [string, number][] }).ringStamps);
  // From the last key before a score change to the moment each side shows it (the page's pill
  // is drawn on the next animation frame of a background tab, so it is a reference, not a clock).
  const keyBefore = (t: number): number | undefined => lastKeys.filter((k) => k <= t).at(-1);
  const lagsOf = (stamps: [string, number][]): number[] =>
    stamps.flatMap(([, t]) => {
      const key = keyBefore(t);
      return key === undefined || t - key > 5_000 ? [] : [t - key];
    }).sort((a, b) => a - b);
  const lags = lagsOf(rings);
  const pillLags = lagsOf(pills);
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  console.log(`popup open ${OPEN_MS / 1000} s while typing (${i} words):`);
  console.log(`  TaskDuration   ${ms((after.TaskDuration! - before.TaskDuration!) * 1000)}`);
  console.log(`  ScriptDuration ${ms((after.ScriptDuration! - before.ScriptDuration!) * 1000)}`);
  const median = (xs: number[]): string => (xs.length ? ms(xs[Math.floor(xs.length / 2)]!) : '–');
  console.log(`  score changes: ${pills.length} in the page, ${rings.length} in the popup`);
  console.log(`  last key → new score in the page's pill: median ${median(pillLags)}, worst ${pillLags.length ? ms(pillLags.at(-1)!) : '–'}`);
  console.log(`  last key → new score in the popup: median ${median(lags)}, worst ${lags.length ? ms(lags.at(-1)!) : '–'}`);
} finally {
  await h.close();
}

/**
 * Shared steps of the options page's browser tests: open the page, read what is stored (as
 * the extension itself reads it), wait until edits are saved, and run axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness.ts';

export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function openOptions(h: Harness): Promise<Page> {
  const page = await h.extensionPage('src/options/index.html');
  await page.locator('#rules').waitFor();
  return page;
}

/** Everything Parley keeps in storage.sync, raw. */
export function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.sync.get(null));
}

/** Waits until the page says every edit is written. */
export async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/All changes saved/);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // page.addScriptTag adds an inline <script>, which the extension page's CSP (script-src
  // 'self') refuses; evaluating the source through DevTools is not subject to the page's CSP.
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
}

/** The settings object as stored (one item here: these tests stay far below the quota). */
export async function storedSettings(page: Page): Promise<Record<string, unknown>> {
  const item = (await stored(page))['parley.settings'];
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
}

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabUntil(page: Page, selector: string, max = 500): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

export interface FocusStop {
  key: string;
  label: string;
  ring: boolean;
  visible: boolean;
  /** Where the drawn control is and what the user sees at its centre, for a failure message. */
  where: string;
}

type Probe = () => FocusStop | null;

/** Defines window.parleyFocusProbe in the page: what has focus, and can a user see it and its ring? */
function installProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { parleyFocusProbe?: Probe };
    w.parleyFocusProbe ??= () => {
      const el = document.activeElement;
      if (!el || el === document.body || !(el instanceof HTMLElement)) return null;
      // Switches and segmented radios hide the native input and draw the ring on the next sibling.
      const box = el.matches('.switch input, .severity-option input') && el.nextElementSibling instanceof HTMLElement ? el.nextElementSibling : el;
      const style = getComputedStyle(box);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      const r = box.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const visible = r.width > 0 && r.height > 0 && !!hit && (hit === el || el.contains(hit) || box.contains(hit) || hit.contains(el));
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
        path.unshift(`${n.tagName}${n.id ? `#${n.id}` : ''}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
      }
      // A hidden switch or radio is named by its <label>, so read the name from there.
      const owner = el.closest('label') ?? el;
      const name = el.getAttribute('aria-label') || el.id || (owner.textContent ?? '').trim().slice(0, 40);
      const label = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}${name ? ` ${name}` : ''}${el.closest('[id^="rule-"]') ? ` in #${el.closest('[id^="rule-"]')!.id}` : ''}`;
      const where = `box ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)} in ${innerWidth}x${innerHeight} at scrollY ${Math.round(scrollY)}; centre shows ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`;
      return { key: path.join('>'), label, ring, visible, where };
    };
  });
}

/**
 * What has keyboard focus, once focus scrolling has brought it into view (or 5 s passed: the
 * page scrolls instantly, so this only absorbs a slow frame on a loaded machine).
 */
export async function focusStop(page: Page): Promise<FocusStop | null> {
  await installProbe(page);
  const probe = (): FocusStop | null => (window as unknown as { parleyFocusProbe: Probe }).parleyFocusProbe();
  await page.waitForFunction(() => (window as unknown as { parleyFocusProbe: Probe }).parleyFocusProbe()?.visible !== false, null, { timeout: 5000 }).catch(() => undefined);
  return page.evaluate(probe);
}

/**
 * Shared steps of the hostile-page tests. `page.evaluate` runs in the page's own main world,
 * with exactly the powers of the page's scripts: its DOM, synthetic events, the overlay's open
 * shadow root; never Parley's isolated world. The attacks themselves live in the fixture page
 * (pages/src/pages/hostile.ts, `window.hostile`).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness.ts';
import { SITE_URLS } from './pages.ts';

export const COMPOSER = '[data-testid="tweetTextarea_0"] textarea';
export const POST_BUTTON = '[data-testid="tweetButtonInline"]';

type Hostile = NonNullable<Window['hostile']>;

/** Opens the hostile page (query flags: clobber, squat, evict) once its script is armed. */
export async function openHostile(h: Harness, flags: string[] = []): Promise<Page> {
  const page = await h.open(`${SITE_URLS.hostile}${flags.length > 0 ? `?${flags.join('&')}` : ''}`);
  await page.waitForFunction(() => window.hostile !== undefined);
  return page;
}

/** Runs one of the page's attacks, in the page, and returns what it returned. */
export function attack<T = unknown>(page: Page, name: keyof Hostile, ...args: unknown[]): Promise<T> {
  return page.evaluate(([n, a]) => (window.hostile![n] as (...x: unknown[]) => unknown)(...a), [name, args] as const) as Promise<T>;
}

/** Hints drawn in the overlay, found by its data-parley-overlay attribute (the host may be a <div>). */
export function overlayRules(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('[data-parley-overlay]')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-parley-rule]') ?? [])].map((e) => e.dataset.parleyRule ?? ''),
  );
}

export async function waitForOverlayRule(page: Page, rule: string): Promise<void> {
  await expect.poll(() => overlayRules(page), { timeout: 15_000 }).toContain(rule);
}

/**
 * Every run of `words` consecutive words of `text` found inside any one string stored in
 * `dump` (JSON), case and punctuation ignored. Each stored string is searched on its own: two
 * allow-list entries side by side are two choices of the user, not a sentence of the draft.
 */
export function sharedRuns(text: string, dump: string, words = 5): string[] {
  const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(` ${tokens(value).join(' ')} `);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(key), walk(v);
  };
  walk(JSON.parse(dump));
  const draft = tokens(text);
  const runs: string[] = [];
  for (let i = 0; i + words <= draft.length; i++) {
    const run = ` ${draft.slice(i, i + words).join(' ')} `;
    if (strings.some((s) => s.includes(run))) runs.push(run.trim());
  }
  return runs;
}

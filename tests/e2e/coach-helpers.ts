/**
 * Shared steps of the coach's browser tests: read what the overlay shows (through its open
 * shadow root, the public data-parley-* contract), type like a user, read the editor's own
 * model, and talk to the content script the way the popup does.
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { PageState } from '../../src/messaging/protocol.ts';
import { DIST, type Harness, currentWorker, launch, messageTab, withGenericSite } from './harness.ts';
import { composerHasFocus } from './editors.ts';

export const BROADCAST =
  'We are thrilled to announce our award-winning, industry-leading platform. Our cutting-edge technology is the best in class. Act now, this offer ends Friday!!!';
export const DIALOGUE =
  'Hi Maya, thanks for asking about the slides. Which part of the webinar was most useful for your team? I can send the deck and a two-minute summary of the pricing section if that helps.';

export interface Hint {
  rule: string;
  start: number;
  end: number;
  composer: string;
}

/** A document Parley draws an overlay in: the page's, or a same-origin frame's (an iframe editor's). */
export type Scope = Page | Frame;

/** The hints the overlay draws, read from its shadow root as a screen reader or test would. */
export function hints(page: Scope): Promise<Hint[]> {
  return page.evaluate(() => {
    const root = document.querySelector('parley-overlay')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>('[data-parley-rule]') ?? [])].map((e) => ({
      rule: e.dataset.parleyRule ?? '',
      start: Number(e.dataset.parleyStart),
      end: Number(e.dataset.parleyEnd),
      composer: e.dataset.parleyComposer ?? '',
    }));
  });
}

/** The first hint of `rule` (in one composer, when given) whose text contains `word`. */
export async function findHint(page: Scope, rule: string, text: string, word: string, composer?: string): Promise<Hint | undefined> {
  return (await hints(page)).find((x) => x.rule === rule && (!composer || x.composer === composer) && text.slice(x.start, x.end).includes(word));
}

export async function ruleIds(page: Page): Promise<string[]> {
  return [...new Set((await hints(page)).map((h) => h.rule))].sort();
}

/**
 * Waits until the overlay shows a hint of each rule. Hints follow each key, so the first words'
 * hints may show while the last words are still unread: name a rule of the draft's end too.
 */
export async function waitForRule(page: Page, ...rules: [string, ...string[]]): Promise<void> {
  await expect.poll(() => ruleIds(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(rules));
}

/** The scores on the pills, in page order ('' = no score yet). */
export function pillScores(page: Page): Promise<string[]> {
  return page.locator('[data-parley-pill]').evaluateAll((pills) => pills.map((p) => p.getAttribute('data-parley-score') ?? ''));
}

/** Focuses a fixture composer the way its editor does, waits until it has the focus, then types like a user. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate((s) => window.parleyFixture?.focusOf(s), selector);
  // waitForFunction, not expect.poll: typeInto also runs in beforeAll hooks.
  await page.waitForFunction(composerHasFocus, selector);
  await page.keyboard.type(text);
}

export function modelText(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => window.parleyFixture?.getTextOf(s) ?? '', selector);
}

export function pageState(h: Harness, page: Page): Promise<PageState> {
  return messageTab<PageState>(h, page, { parley: 'getPageState', payload: {} });
}

/**
 * Each coached frame's state, top frame first, asked as the popup asks (popup/connector.ts):
 * an iframe editor's (TinyMCE's) coach runs in its frame, and a message to the whole tab gets
 * whichever frame answers first.
 */
export async function frameStates(h: Harness, page: Page): Promise<PageState[]> {
  await page.bringToFront();
  const worker = await currentWorker(h);
  return worker.evaluate(async (msg) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const tabId = tab?.id;
    if (tabId === undefined) throw new Error('no active tab');
    const coached = await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => Symbol.for('parley.coach') in globalThis });
    const frames = coached.filter((r) => r.result === true).map((r) => r.frameId).sort((a, b) => a - b);
    return Promise.all(frames.map((frameId) => chrome.tabs.sendMessage(tabId, msg, { frameId })));
  }, { parley: 'getPageState', payload: {} }) as Promise<PageState[]>;
}

/** The id of the composer the popup would show (the focused one, in whichever frame), once it has a report. */
export async function currentComposer(h: Harness, page: Page): Promise<string> {
  const shown = async (): Promise<string | undefined> => (await frameStates(h, page)).find((state) => state.draft)?.draft?.composerId;
  await expect.poll(shown, { timeout: 15_000 }).toBeTruthy();
  return (await shown())!;
}

/**
 * Launches with a copy of dist/ whose manifest also claims https://example.com, as if the user
 * had enabled that site: the generic fixture pages (iframe, shadow root, skip) live there.
 */
export async function launchWithGenericSite(): Promise<Harness> {
  const copy = withGenericSite(DIST);
  const h = await launch({ dist: copy.dir });
  const close = h.close.bind(h);
  return { ...h, close: async () => (await close(), copy.remove()) };
}

/** Screen rects of a text span in the page's own world (for alignment checks). */
export function spanRects(page: Page, selector: string, needle: string): Promise<{ left: number; top: number; right: number; bottom: number }[]> {
  return page.evaluate(
    ([s, word]) => {
      const root = document.querySelector(s);
      if (!root) return [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue ?? '').indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
      }
      return [];
    },
    [selector, needle] as const,
  );
}

/** Screen boxes of the underline of hint `rule` that starts at `start`. */
export function hintBoxes(page: Scope, rule: string, start: number): Promise<{ left: number; top: number; right: number; bottom: number }[]> {
  return page
    .locator(`[data-parley-rule="${rule}"][data-parley-start="${start}"] .box`)
    .evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })));
}

export interface EditorScope {
  /** Where the editor's overlay is drawn: the page, or the frame the composer's selector names. */
  readonly scope: Scope;
  /** Add to a point in `scope`'s viewport to get the page's (zero when `scope` is the page). */
  readonly offset: { readonly x: number; readonly y: number };
}

/**
 * The document an editor's text lives in. Parley coaches an iframe editor (TinyMCE) from inside
 * its frame, so its hints and card are drawn there, in the frame's own coordinates.
 */
export async function editorScope(page: Page, selector: string): Promise<EditorScope> {
  const frame = await (await page.$(selector))?.contentFrame();
  if (!frame) return { scope: page, offset: { x: 0, y: 0 } };
  const offset = await page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return { x: box.left + el.clientLeft + parseFloat(style.paddingLeft), y: box.top + el.clientTop + parseFloat(style.paddingTop) };
  });
  return { scope: frame, offset };
}

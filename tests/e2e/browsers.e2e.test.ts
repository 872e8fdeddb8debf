/**
 * The user flows that matter, written once and run in both browsers: Chromium with dist/ and
 * Firefox ESR with dist-firefox/ (driver.ts). Focus → hints and a score pill on every site
 * fixture and on an enabled generic site (textarea, iframe editor); a deletion and then a
 * replacement applied through the card in every editor → the editor's own model text is exact
 * → each undo restores one fix → typing lands at the caret; the popup's score for the focused composer; an options change reaching an
 * open tab; a send recorded and a discarded draft not; no request leaving the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADCAST } from './coach-helpers.ts';
import { activeTabId, BROWSERS, type Driver, type DriverPage, centreOf, launchDriver } from './driver.ts';
import { EDITORS, composerHasFocus } from './editors.ts';
import { PLAYGROUND_URL, SITE_URLS, fixtureUrl } from './pages.ts';

interface OverlayState {
  hints: { rule: string; start: number; end: number; composer: string }[];
  pills: { composer: string; score: string }[];
}

/** What the overlay shows (through its open shadow root), in the page or in a same-origin frame. */
function overlay(page: DriverPage, frame?: string): Promise<OverlayState> {
  return page.evaluate((f) => {
    const doc = f ? document.querySelector<HTMLIFrameElement>(f)?.contentDocument : document;
    const root = doc?.querySelector('parley-overlay')?.shadowRoot;
    const all = (s: string): HTMLElement[] => [...(root?.querySelectorAll<HTMLElement>(s) ?? [])];
    return {
      hints: all('[data-parley-rule]').map((e) => ({
        rule: e.dataset.parleyRule ?? '',
        start: Number(e.dataset.parleyStart),
        end: Number(e.dataset.parleyEnd),
        composer: e.dataset.parleyComposer ?? '',
      })),
      pills: all('[data-parley-pill]').map((p) => ({ composer: p.dataset.parleyPill ?? '', score: p.dataset.parleyScore ?? '' })),
    };
  }, frame ?? null);
}

const rules = async (page: DriverPage, frame?: string): Promise<string[]> => [...new Set((await overlay(page, frame)).hints.map((x) => x.rule))];

/** The score on the pill of the composer that has one (the one being written in). */
async function scored(page: DriverPage, frame?: string): Promise<number | null> {
  const pill = (await overlay(page, frame)).pills.find((p) => p.score !== '');
  return pill ? Number(pill.score) : null;
}

const modelText = (page: DriverPage, selector: string): Promise<string> => page.evaluate((s) => window.parleyFixture?.getTextOf(s) ?? '', selector);

/**
 * Focuses a composer the way its editor does, waits until it has the focus (TipTap takes it a
 * frame later), then types. Focus that did not land is asked for again, as a user clicks again:
 * Firefox now and then drops a focus() into an iframe editor (TinyMCE) right after another editor had it.
 */
async function typeInto(page: DriverPage, selector: string, text: string): Promise<void> {
  const focused = async (): Promise<boolean> => {
    if (await page.evaluate(composerHasFocus, selector)) return true;
    await page.evaluate((s) => window.parleyFixture?.focusOf(s), selector);
    return page.evaluate(composerHasFocus, selector);
  };
  await page.evaluate((s) => window.parleyFixture?.focusOf(s), selector);
  await expect.poll(focused, { timeout: 5000, interval: 200 }).toBe(true);
  await page.type(text);
}

/**
 * The centre of an element in an overlay's shadow root (page viewport coordinates), once it is
 * shown. `frame`: the iframe whose document draws that overlay (an iframe editor's, TinyMCE's).
 * A card taller than a small frame scrolls: the element is scrolled into the card's view first,
 * as a user scrolls the card to its buttons.
 */
async function overlayCentre(page: DriverPage, selector: string, frame: string | null = null): Promise<{ x: number; y: number }> {
  const centre = (): Promise<{ x: number; y: number } | null> =>
    page.evaluate(
      ([s, f]) => {
        const host = f ? document.querySelector<HTMLIFrameElement>(f) : null;
        const doc = host ? host.contentDocument : document;
        const found = doc?.querySelector('parley-overlay')?.shadowRoot?.querySelector(s);
        if (found?.closest('[data-parley-card]')) found.scrollIntoView({ block: 'nearest' });
        const r = found?.getBoundingClientRect();
        if (!r || r.width === 0) return null;
        const frameBox = host?.getBoundingClientRect();
        const style = host ? getComputedStyle(host) : null;
        const x = host && frameBox && style ? frameBox.left + host.clientLeft + parseFloat(style.paddingLeft) : 0;
        const y = host && frameBox && style ? frameBox.top + host.clientTop + parseFloat(style.paddingTop) : 0;
        return { x: x + r.left + r.width / 2, y: y + r.top + r.height / 2 };
      },
      [selector, frame] as const,
    );
  await expect.poll(centre, { timeout: 10_000 }).not.toBeNull();
  return (await centre())!;
}

interface OwnHint {
  start: number;
  composer: string;
  /** The iframe whose overlay draws the hint (an iframe editor's), or null for the page's. */
  frame: string | null;
}

/**
 * The hint of `rule` drawn over the editor `selector` (the playground shows every editor's
 * hints). An iframe editor (TinyMCE) is coached from inside its frame: its hints are in the
 * frame's overlay, in the frame's coordinates.
 */
function hintInside(page: DriverPage, selector: string, rule: string): Promise<OwnHint | null> {
  return page.evaluate(
    ([s, r]) => {
      const found = document.querySelector(s);
      const frame = found instanceof HTMLIFrameElement ? found : null;
      const editor = found?.getBoundingClientRect();
      const doc = frame ? frame.contentDocument : document;
      const style = frame ? getComputedStyle(frame) : null;
      const dx = frame && editor && style ? editor.left + frame.clientLeft + parseFloat(style.paddingLeft) : 0;
      const dy = frame && editor && style ? editor.top + frame.clientTop + parseFloat(style.paddingTop) : 0;
      const marks = doc?.querySelector('parley-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>(`[data-parley-rule="${r}"]`) ?? [];
      for (const mark of marks) {
        const box = mark.querySelector('.box')?.getBoundingClientRect();
        if (!editor || !box || box.width === 0) continue;
        const x = dx + box.left + box.width / 2;
        const y = dy + box.top + box.height / 2;
        if (x >= editor.left && x <= editor.right && y >= editor.top && y <= editor.bottom) {
          return { start: Number(mark.dataset.parleyStart), composer: mark.dataset.parleyComposer ?? '', frame: frame ? s : null };
        }
      }
      return null;
    },
    [selector, rule] as const,
  );
}

const CARD_FIX = '[data-parley-card]:not([hidden]) button.fix';

/**
 * Hovers the underline of a hint and clicks the card's first fix, as a user does. A loaded
 * machine can miss the hover's dwell: then the pointer leaves and comes back, as a user's would.
 */
async function applyFirstFix(page: DriverPage, rule: string, hint: OwnHint): Promise<void> {
  const underline = `[data-parley-rule="${rule}"][data-parley-composer="${hint.composer}"][data-parley-start="${hint.start}"] .box`;
  const cardShown = (): Promise<boolean> =>
    page.evaluate(
      ([s, f]) => {
        const doc = f ? document.querySelector<HTMLIFrameElement>(f)?.contentDocument : document;
        return !!doc?.querySelector('parley-overlay')?.shadowRoot?.querySelector(s);
      },
      [CARD_FIX, hint.frame] as const,
    );
  for (let attempt = 0; attempt < 3 && !(await cardShown()); attempt++) {
    const box = await overlayCentre(page, underline, hint.frame);
    await page.hover(box.x, box.y);
    await expect.poll(cardShown, { timeout: 5000 }).toBe(true).catch(() => page.hover(4, 4));
  }
  const fix = await overlayCentre(page, CARD_FIX, hint.frame);
  await page.click(fix.x, fix.y);
}

/**
 * Quill merges edits made within 1000 ms into one undo step (ProseMirror: 500 ms): this stands
 * for the user's pause between typing, fixing and undoing.
 */
const undoGroupPause = (): Promise<void> => new Promise((done) => setTimeout(done, 1100));

/**
 * Slate reads a caret moved by the browser (Ctrl+End) from `selectionchange`, throttled to
 * 100 ms: keys typed sooner than a person would go where the caret was (after an undo, over
 * the restored words). This stands for the user's pause after moving the caret.
 */
const caretPause = (): Promise<void> => new Promise((done) => setTimeout(done, 300));

const SITES = {
  Gmail: { url: SITE_URLS.gmail, composer: '[data-fixture-compose="1"] [g_editable="true"]' },
  'Outlook (roosterjs)': { url: SITE_URLS.outlook, composer: '[data-fixture-compose="1"] [role="textbox"]' },
  'LinkedIn (Quill)': { url: SITE_URLS.linkedin, composer: '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"]' },
  'X (Draft.js)': { url: SITE_URLS.x, composer: '[data-testid="tweetTextarea_0"]' },
  'Facebook (Lexical)': { url: SITE_URLS.facebook, composer: '[role="dialog"] [data-lexical-editor="true"]' },
  'an enabled site: textarea': { url: fixtureUrl('textarea'), composer: '#composer' },
} as const;

const FIX_DRAFT = 'Our award-winning team answers every email within an hour.';
const FIXED = 'Our team answers every email within an hour.';
/** Two fixes in one draft: a deletion, then a replacement. */
const TWO_FIX_DRAFT = 'Our award-winning team answers every email within an hour!!!';
const DELETED = 'Our team answers every email within an hour!!!';
const REPLACED = 'Our team answers every email within an hour.';
const GMAIL_BODY = (id: string): string => `[data-fixture-compose="${id}"] [g_editable="true"]`;

describe.each(BROWSERS)('%s', (browserName) => {
  let d: Driver;
  /** An extension page kept open to read browser state from (storage, tab ids). */
  let probe: DriverPage;
  beforeAll(async () => {
    d = await launchDriver(browserName, { genericSite: true });
    probe = await d.extensionPage('src/popup/index.html');
  });
  afterAll(() => d?.close());

  const tabIdOf = (page: DriverPage): Promise<number> => activeTabId(probe, page);

  const storedSends = (): Promise<number> =>
    probe.evaluate(async () => {
      const all: Record<string, { at?: unknown[] }> = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => /^parley\.memory\.c\d+$/.test(key))
        .reduce((n, [, chunk]) => n + (chunk.at?.length ?? 0), 0);
    }, null);

  it.each(Object.entries(SITES))('focus → hints and a score pill: %s', async (_name, { url, composer }) => {
    const page = await d.open(url);
    await typeInto(page, composer, BROADCAST);
    await expect.poll(() => rules(page), { timeout: 15_000 }).toEqual(expect.arrayContaining(['self-praise', 'urgency']));
    await expect.poll(() => scored(page), { timeout: 15_000 }).toBeLessThan(60);
    expect(await modelText(page, composer)).toBe(BROADCAST);
    await page.close();
  });

  it('focus → hints and a score pill: an iframe editor whose body has spellcheck="false"', async () => {
    const page = await d.open(fixtureUrl('iframe'));
    await typeInto(page, '#tinymce_ifr', BROADCAST);
    await expect.poll(() => rules(page, '#tinymce_ifr'), { timeout: 15_000 }).toContain('self-praise');
    await expect.poll(() => scored(page, '#tinymce_ifr'), { timeout: 15_000 }).toBeLessThan(60);
    await page.close();
  });

  describe('fixes through the card: exact model text, each undo restores one fix, typing goes on', () => {
    let page: DriverPage;
    beforeAll(async () => {
      page = await d.open(PLAYGROUND_URL);
    });
    afterAll(() => page.close());

    it.each(Object.entries(EDITORS))('%s', async (_name, selector) => {
      await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'center' }), selector);
      await typeInto(page, selector, TWO_FIX_DRAFT);
      const own = (rule: string) => (): Promise<OwnHint | null> => hintInside(page, selector, rule);
      await expect.poll(own('self-praise'), { timeout: 15_000 }).toBeTruthy();
      await undoGroupPause();
      // A click on the page's margin closes the card left open by the previous editor.
      await page.click(4, 4);
      // A deletion ("award-winning ")…
      await applyFirstFix(page, 'self-praise', (await own('self-praise')())!);
      await expect.poll(() => modelText(page, selector)).toBe(DELETED);
      // …then a replacement ("!!!" -> "."), each its own undo step.
      await expect.poll(own('exclamations'), { timeout: 15_000 }).toBeTruthy();
      await undoGroupPause();
      await page.click(4, 4);
      await applyFirstFix(page, 'exclamations', (await own('exclamations')())!);
      await expect.poll(() => modelText(page, selector)).toBe(REPLACED);
      await undoGroupPause();
      await page.press('Control+z');
      await expect.poll(() => modelText(page, selector)).toBe(DELETED);
      await page.press('Control+z');
      await expect.poll(() => modelText(page, selector)).toBe(TWO_FIX_DRAFT);
      await page.press('Control+End');
      await caretPause();
      await page.type(' Thanks');
      await expect.poll(() => modelText(page, selector)).toBe(`${TWO_FIX_DRAFT} Thanks`);
    });
  });

  describe('an editor that does not take the fix as meant: the user is told, the text is as the editor has it', () => {
    let page: DriverPage;
    beforeAll(async () => {
      page = await d.open(fixtureUrl('guarded'));
    });
    afterAll(() => page.close());

    const notice = (): Promise<string | null> =>
      page.evaluate(() => {
        const shown = document.querySelector('parley-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-parley-notice]:not([hidden])');
        return shown?.textContent ?? null;
      }, null);
    const screenText = (selector: string): Promise<string> => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

    it('refused: the text is unchanged', async () => {
      await typeInto(page, '#refuser', FIX_DRAFT);
      await expect.poll(() => hintInside(page, '#refuser', 'self-praise'), { timeout: 15_000 }).toBeTruthy();
      await applyFirstFix(page, 'self-praise', (await hintInside(page, '#refuser', 'self-praise'))!);
      await expect.poll(notice, { timeout: 10_000 }).toMatch(/did not accept the fix, so your text is unchanged/);
      expect(await modelText(page, '#refuser')).toBe(FIX_DRAFT);
      expect(await screenText('#refuser')).toBe(FIX_DRAFT);
    });

    it('rewritten: screen and model agree on what the editor made of it', async () => {
      await page.click(4, 4);
      await typeInto(page, '#rewriter', FIX_DRAFT);
      await expect.poll(() => hintInside(page, '#rewriter', 'self-praise'), { timeout: 15_000 }).toBeTruthy();
      await applyFirstFix(page, 'self-praise', (await hintInside(page, '#rewriter', 'self-praise'))!);
      await expect.poll(notice, { timeout: 10_000 }).toMatch(/changed the fix as it went in/);
      const model = await modelText(page, '#rewriter');
      expect(model).not.toBe(FIXED);
      expect(model).not.toBe(FIX_DRAFT);
      expect(await screenText('#rewriter')).toBe(model);
    });
  });

  it("the popup shows the focused composer's score", async () => {
    const page = await d.open(SITE_URLS.gmail);
    await typeInto(page, GMAIL_BODY('1'), BROADCAST);
    // Hints follow each key, so the first score may be a half-typed draft's: wait until it holds.
    let last: unknown = null;
    await expect
      .poll(
        async () => {
          const now = await scored(page);
          const held = now !== null && now === last;
          last = now;
          return held;
        },
        { timeout: 15_000, interval: 400 },
      )
      .toBe(true);
    const pill = await scored(page);
    const tab = await tabIdOf(page);
    const popup = await d.extensionPage(`src/popup/index.html?tab=${tab}`);
    const ring = (): Promise<string | null> => popup.evaluate(() => document.querySelector('main[aria-busy="false"] .ring')?.getAttribute('data-score') ?? null, null);
    await expect.poll(ring, { timeout: 15_000 }).toBe(String(pill));
    await popup.close();
    await page.close();
  });

  it('turning a rule off on the options page removes its hints in an open tab, without a reload', async () => {
    const page = await d.open(SITE_URLS.gmail);
    await typeInto(page, GMAIL_BODY('1'), BROADCAST);
    await expect.poll(() => rules(page), { timeout: 15_000 }).toContain('self-praise');
    const options = await d.extensionPage('src/options/index.html');
    const toggle = '#rule-self-praise input[role="switch"]';
    await expect.poll(() => options.evaluate((s) => !!document.querySelector(s), toggle), { timeout: 15_000 }).toBe(true);
    const at = await centreOf(options, toggle);
    await options.click(at.x, at.y);
    await page.bringToFront();
    await expect.poll(() => rules(page), { timeout: 15_000 }).not.toContain('self-praise');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length, null)).toBe(1);
    await options.bringToFront();
    await options.click(at.x, at.y);
    await page.bringToFront();
    await expect.poll(() => rules(page), { timeout: 15_000 }).toContain('self-praise');
    await options.close();
    await page.close();
  });

  it('a discarded draft records nothing; a sent one records one email', async () => {
    const page = await d.open(SITE_URLS.gmail);
    const before = await storedSends();
    const draft = 'Hi Maya, here are the slides from Tuesday. Which part should we go deeper on next time? Happy to send the recording too.';
    await typeInto(page, GMAIL_BODY('1'), draft);
    await expect.poll(() => scored(page), { timeout: 15_000 }).not.toBeNull();
    const discard = await centreOf(page, '[data-fixture-compose="1"] [aria-label="Discard draft"]');
    await page.click(discard.x, discard.y);
    await expect.poll(() => page.evaluate(() => !document.querySelector('[data-fixture-compose="1"]'), null)).toBe(true);
    await page.evaluate(() => window.parleyFixture?.sites.openCompose?.(), null);
    await typeInto(page, GMAIL_BODY('2'), draft);
    await expect.poll(() => scored(page), { timeout: 15_000 }).not.toBeNull();
    await page.press('Control+Enter');
    await expect.poll(storedSends, { timeout: 15_000 }).toBe(before + 1);
    // Only the send: wait a little longer to be sure the discard is not counted late.
    await new Promise((done) => setTimeout(done, 500));
    expect(await storedSends()).toBe(before + 1);
    await page.close();
  });

  it('nothing left the browser, and no page threw', () => {
    expect(d.outbound).toEqual([]);
    expect(d.pageErrors).toEqual([]);
  });
});

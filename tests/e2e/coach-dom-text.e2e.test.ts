/**
 * The DOM <-> text mapping (src/content/text/dom-text.ts) in real Chromium, on the markup each
 * editor really produces: line breaks for <br> and blocks, Quill's U+FEFF caret left out,
 * NBSP read as a space, emoji as two UTF-16 units, skipped subtrees; and offsets mapped back
 * to the exact DOM range.
 */
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page, chromium } from 'playwright-core';
import { CHROMIUM } from './harness.ts';

declare global {
  interface Window {
    domText: typeof import('../../src/content/text/dom-text.ts');
  }
}

const bundle = buildSync({
  entryPoints: [new URL('../../src/content/text/dom-text.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  globalName: 'domText',
  write: false,
}).outputFiles[0]!.text;

/** Reads `html` as Parley does; returns the text and, for each needle, the DOM text of its mapped range. */
async function read(page: Page, html: string, needles: string[] = [], skip?: string): Promise<{ text: string; ranges: string[] }> {
  return page.evaluate(
    ({ html, needles, skip }) => {
      const root = document.createElement('div');
      root.contentEditable = 'true';
      root.innerHTML = html;
      document.body.replaceChildren(root);
      const dom = window.domText.readDomText(root, skip);
      const ranges = needles.map((n) => {
        const at = dom.text.indexOf(n);
        return window.domText.rangeFor(dom, at, at + n.length)?.toString() ?? '<none>';
      });
      return { text: dom.text, ranges };
    },
    { html, needles, skip },
  );
}

describe('dom-text', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
  });
  afterAll(() => browser.close());

  it('Gmail / plain contenteditable: first line bare, then a <div> per line, <div><br></div> empty', async () => {
    const r = await read(page, 'Hi Maya,<div>thanks for the call.</div><div><br></div><div>We are the best.</div>', ['thanks', 'best']);
    expect(r.text).toBe('Hi Maya,\nthanks for the call.\n\nWe are the best.');
    expect(r.ranges).toEqual(['thanks', 'best']);
  });

  it('Quill: <p> per line and the U+FEFF caret left out, with the mapping kept', async () => {
    const r = await read(page, '<p>Our <span class="ql-cursor"><span class="ql-cursor-inner">\uFEFF</span></span>award-winning team</p><p><br></p><p>Hi</p>', ['award-winning team', 'Our award']);
    expect(r.text).toBe('Our award-winning team\n\nHi');
    expect(r.ranges).toEqual(['award-winning team', 'Our \uFEFFaward']);
  });

  it('Draft.js: nested block divs, empty block as <br data-text>', async () => {
    const block = (inner: string): string => `<div data-block="true"><div class="public-DraftStyleDefault-block"><span>${inner}</span></div></div>`;
    const r = await read(page, `<div data-contents="true">${block('<span data-text="true">One</span>')}${block('<br data-text="true">')}${block('<span data-text="true">Three</span>')}</div>`, ['Three']);
    expect(r.text).toBe('One\n\nThree');
    expect(r.ranges).toEqual(['Three']);
  });

  it('Lexical: <br> inside a paragraph, text split over spans', async () => {
    const r = await read(page, '<p><span data-lexical-text="true">Line </span><b><span data-lexical-text="true">one</span></b><br><span data-lexical-text="true">Line two</span></p><p>x</p>', ['Line one']);
    expect(r.text).toBe('Line one\nLine two\nx');
    expect(r.ranges).toEqual(['Line one']);
  });

  it('NBSP reads as a space of the same length; emoji count as two UTF-16 units', async () => {
    const r = await read(page, 'I&nbsp;&nbsp;😀 love it', ['love']);
    expect(r.text).toBe('I  😀 love it');
    expect(r.text.indexOf('love')).toBe(6);
    expect(r.ranges).toEqual(['love']);
  });

  it('text after a nested block starts a new line; skipped subtrees are left out', async () => {
    expect((await read(page, '<div>a<p>b</p>c</div>')).text).toBe('a\nb\nc');
    const r = await read(page, '<div>Thanks!</div><div class="gmail_quote">We are the best</div>', [], '.gmail_quote');
    expect(r.text).toBe('Thanks!');
  });

  it('maps a span across a line break to the right nodes', async () => {
    const r = await read(page, '<p>end of one</p><p>start of two</p>', ['one\nstart']);
    expect(r.ranges).toEqual(['onestart']);
  });
});

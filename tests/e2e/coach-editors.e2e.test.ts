/**
 * Apply and undo a fix in every editor of the playground (textarea, contenteditable, Quill,
 * Lexical, Draft.js, ProseMirror, Slate, TipTap, roosterjs, CKEditor 5, Trix, TinyMCE in its
 * iframe), the way a user does it: hover the underline, click the fix.
 * The editor's own model must hold the expected text, one undo must restore the original, and
 * typing must still work. Typing 500 characters with Parley on must leave the model exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PLAYGROUND_URL } from './pages.ts';
import { type Harness, launch } from './harness.ts';
import { currentComposer, editorScope, findHint, hintBoxes, modelText, typeInto } from './coach-helpers.ts';
import { EDITORS } from './editors.ts';

const DRAFT = 'Our award-winning team answers every email within an hour.';
const FIXED = 'Our team answers every email within an hour.';

/**
 * Quill merges edits made within 1000 ms into one undo step (ProseMirror: 500 ms), so a test
 * that types, fixes and undoes faster than a person would see one Ctrl+Z undo everything.
 * This is the one place a fixed wait is needed: it stands for the user's pause between acts.
 */
const undoGroupPause = (page: Page): Promise<void> => page.waitForTimeout(1100);

describe.each(Object.entries(EDITORS))('%s', (name, selector) => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launch();
    page = await h.open(PLAYGROUND_URL);
  });
  afterAll(() => h.close());

  it('applies a fix from the card; one undo restores; typing still works', async () => {
    await typeInto(page, selector, DRAFT);
    const composer = await currentComposer(h, page);
    const { scope, offset } = await editorScope(page, selector);
    await expect.poll(() => findHint(scope, 'self-praise', DRAFT, 'award-winning', composer), { timeout: 15_000 }).toBeTruthy();
    await undoGroupPause(page);
    const hint = await findHint(scope, 'self-praise', DRAFT, 'award-winning', composer);
    const [box] = await hintBoxes(scope, 'self-praise', hint!.start);
    await page.mouse.move(offset.x + (box!.left + box!.right) / 2, offset.y + (box!.top + box!.bottom) / 2);
    await scope.locator('[data-parley-card] button.fix').click();
    await expect.poll(() => modelText(page, selector)).toBe(FIXED);
    await undoGroupPause(page);
    await page.keyboard.press('Control+z');
    await expect.poll(() => modelText(page, selector)).toBe(DRAFT);
    await page.keyboard.press('Control+End');
    // Slate reads a caret the browser moved from a throttled selectionchange: the user's pause.
    await page.waitForTimeout(300);
    await page.keyboard.type(' Thanks');
    await expect.poll(() => modelText(page, selector)).toBe(`${DRAFT} Thanks`);
    expect(h.pageErrors).toEqual([]);
  });

  it('typing 500 characters with Parley on leaves the model exact', async () => {
    await page.evaluate((s) => window.parleyFixture?.getTextOf(s), selector);
    const text = Array.from({ length: 10 }, (_, i) => `We are the best team ${i}, ask us anything today. `).join('').slice(0, 500);
    await page.locator(selector).evaluate((el) => el.scrollIntoView());
    await typeInto(page, selector, '');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => modelText(page, selector)).toBe('');
    await page.keyboard.type(text);
    await expect.poll(() => modelText(page, selector)).toBe(text);
    expect(h.pageErrors).toEqual([]);
  });
});

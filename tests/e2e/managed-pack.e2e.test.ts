/**
 * A team pack pushed by policy, in real Chromium: Chromium on Linux reads managed policies from
 * /etc/chromium/policies/managed/*.json, and hands an extension its `3rdparty` entry as
 * storage.managed. With the team pack (tests/cli/fixtures/packs/team.json, the same file the
 * CLI takes) in place, a fresh profile coaches with the team's rules, the options page shows
 * them as set by the organisation and locks them, and what the pack leaves open stays the
 * user's. Needs root to write the policy (CI runs as root); removed afterwards.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageState, typeInto, waitForRule } from './coach-helpers.ts';
import { DIST, type Harness, launch } from './harness.ts';
import { openOptions, saved, storedSettings } from './options-helpers.ts';
import { SITE_URLS } from './pages.ts';
import { openPopup } from './popup-helpers.ts';

const POLICY = '/etc/chromium/policies/managed/parley-e2e-team-pack.json';
const TEAM = JSON.parse(readFileSync(new URL('../cli/fixtures/packs/team.json', import.meta.url), 'utf8')) as unknown;
const BODY = '[data-fixture-compose="1"] [g_editable="true"]';
const writePolicy = (): void => writeFileSync(POLICY, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(DIST)]: TEAM } } }));

/** The worker's copy of the pack, which pages read (settings/managed-copy.ts). */
const managedCopy = (page: Page): Promise<unknown> => page.evaluate(async () => (await chrome.storage.local.get('parley.managedCopy'))['parley.managedCopy']);

/** Chromium's id for an unpacked extension: its path's SHA-256, first 32 hex digits spelt a–p. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

function canWritePolicy(): boolean {
  try {
    mkdirSync(dirname(POLICY), { recursive: true });
    accessSync(dirname(POLICY), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!canWritePolicy())('a team pack deployed by policy', () => {
  let h: Harness;
  let options: Page;
  beforeAll(async () => {
    writePolicy();
    h = await launch();
    options = await openOptions(h);
  });
  afterAll(async () => {
    rmSync(POLICY, { force: true });
    await h?.close();
  });

  it('reaches the extension as its managed storage', async () => {
    expect(h.extensionId).toBe(unpackedId(DIST));
    expect(await options.evaluate(() => chrome.storage.managed.get(null))).toEqual(TEAM);
    // The worker keeps a copy for pages, which never wait for the browser's policy service.
    await expect.poll(() => managedCopy(options), { timeout: 15_000 }).toEqual(TEAM);
  });

  it('a fresh profile coaches with the team’s rules', async () => {
    expect(await storedSettings(options)).toEqual({}); // Nothing of the user's: the rules are the team's.
    const page = await h.open(SITE_URLS.gmail);
    const draft = 'We are the award-winning team at Best Buy!!! Can you tell us what you need this week?';
    await typeInto(page, BODY, draft);
    // The question mark is the last key: once it is counted, the report is the whole draft's.
    await expect.poll(async () => (await pageState(h, page)).draft?.report.stats.questions, { timeout: 15_000 }).toBe(1);
    expect((await pageState(h, page)).draft!.report.findings.map((f) => f.rule)).not.toContain('exclamations');
    await waitForRule(page, 'self-praise');
    const hints = page.locator('[data-parley-rule]');
    expect(await page.locator('[data-parley-rule="exclamations"]').count()).toBe(0);
    expect(await page.locator('[data-parley-rule="self-praise"]').first().getAttribute('data-severity')).toBe('error');
    expect(await hints.count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the options page shows what the organisation set, and locks it', async () => {
    await options.getByTestId('managed-notice').waitFor();
    expect(await options.getByTestId('managed-notice').textContent()).toContain('Your organisation manages 5 of these settings');
    const exclamations = options.locator('#rule-exclamations input[role="switch"]');
    expect(await exclamations.isChecked()).toBe(false);
    expect(await exclamations.isDisabled()).toBe(true);
    expect(await options.locator('#rule-exclamations [data-managed]').first().textContent()).toContain('Set by your organisation');
    expect(await options.locator('#rule-self-praise .severity-error input').isChecked()).toBe(true);
    expect(await options.locator('#rule-self-praise input[role="switch"]').isDisabled()).toBe(true);
    expect(await options.locator('#words-allow').isDisabled()).toBe(true);
    expect(await options.locator('#memory-similarity').isDisabled()).toBe(true);
    // A forced click on a locked control changes nothing.
    await exclamations.click({ force: true }).catch(() => undefined);
    expect(await exclamations.isChecked()).toBe(false);
  });

  it('the popup says why it cannot pause a site when the organisation sets which sites are paused', async () => {
    const page = await h.open(SITE_URLS.gmail);
    await typeInto(page, BODY, 'Hi Maya, which part of the webinar helped your team most?');
    const popup = await openPopup(h, page);
    await popup.getByRole('button', { name: /Pause on this site/ }).click();
    await expect.poll(() => popup.locator('.notice[role="status"]').textContent()).toContain('your organisation sets this');
    expect(await popup.locator('[data-screen="paused"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('what the pack leaves open stays the user’s, and the team’s settings are never stored as theirs', async () => {
    const urgency = options.locator('#rule-urgency input[role="switch"]');
    expect(await urgency.isDisabled()).toBe(false);
    await urgency.uncheck();
    await saved(options);
    expect(await storedSettings(options)).toEqual({ version: 2, analysis: { rules: { urgency: { enabled: false } } } });
    // Even written into storage behind the page's back, a locked setting stays the team's.
    await options.evaluate(() => chrome.storage.sync.set({ 'parley.settings': { version: 2, analysis: { rules: { exclamations: { enabled: true }, urgency: { enabled: false } } } } }));
    await options.reload();
    await options.locator('#rules').waitFor();
    expect(await options.locator('#rule-exclamations input[role="switch"]').isChecked()).toBe(false);
    expect(await options.locator('#rule-urgency input[role="switch"]').isChecked()).toBe(false);
  });
});

/**
 * Chromium delivers managed storage ~3 s after it starts; pages never wait for it. A change the
 * user makes before then applies at once; when the pack arrives, what it locks takes its value
 * and the rest stays the user's. Restarted on the same profile with the policy removed, pages
 * read the last pack at once, and get the user's own settings back when the browser says it is gone.
 */
describe.skipIf(!canWritePolicy())('a team pack that arrives after the browser starts', () => {
  const profile = mkdtempSync(join(tmpdir(), 'parley-e2e-kept-'));
  let h: Harness | undefined;
  afterAll(async () => {
    rmSync(POLICY, { force: true });
    await h?.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const severity = (options: Page, level: string) => options.locator(`#rule-self-praise .severity-${level} input`);
  const urgency = (options: Page) => options.locator('#rule-urgency input[role="switch"]');

  it('a change made before the pack arrives applies at once; then the pack’s locks win and the rest stays the user’s', async () => {
    writePolicy();
    h = await launch({ profile });
    const options = await openOptions(h);
    // The browser has not delivered the policy yet: nothing is locked, nothing waits.
    expect(await managedCopy(options)).toBeUndefined();
    await severity(options, 'hint').check();
    await urgency(options).uncheck();
    await saved(options);
    expect(await storedSettings(options)).toEqual({ version: 2, analysis: { rules: { 'self-praise': { severity: 'hint' }, urgency: { enabled: false } } } });

    await expect.poll(() => managedCopy(options), { timeout: 15_000 }).toEqual(TEAM);
    await options.getByTestId('managed-notice').waitFor();
    expect(await severity(options, 'error').isChecked()).toBe(true); // locked: the organisation's value
    expect(await severity(options, 'error').isDisabled()).toBe(true);
    expect(await urgency(options).isChecked()).toBe(false); // not locked: still the user's change
    expect(await urgency(options).isDisabled()).toBe(false);
    await h.close();
    h = undefined;
  });

  it('after a restart pages read the last pack at once; a removed policy gives the user’s own settings back', async () => {
    rmSync(POLICY, { force: true });
    h = await launch({ profile });
    const options = await openOptions(h);
    expect(await managedCopy(options)).toEqual(TEAM); // what the last session saw, until the browser says otherwise
    await expect.poll(() => managedCopy(options), { timeout: 15_000 }).toEqual({});
    await expect.poll(() => options.getByTestId('managed-notice').count()).toBe(0);
    expect(await severity(options, 'hint').isChecked()).toBe(true);
    expect(await severity(options, 'hint').isDisabled()).toBe(false);
    expect(await urgency(options).isChecked()).toBe(false);
    expect(await storedSettings(options)).toEqual({ version: 2, analysis: { rules: { 'self-praise': { severity: 'hint' }, urgency: { enabled: false } } } });
  });
});

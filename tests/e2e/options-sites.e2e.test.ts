/**
 * The Sites section: built-in sites switch off, paused sites resume, a bad site address is
 * refused where it is typed, and the background answers syncSites (nothing granted on a fresh
 * profile, so no extra content script is registered). Granting a permission needs the
 * browser's own prompt, which a headless test cannot answer.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { currentWorker, type Harness, launch } from './harness.ts';
import { SITE_IDS, SITES, siteMatches } from '../../src/sites/built-in.ts';
import { openOptions, saved, storedSettings } from './options-helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

test('the built extension asks for exactly the declared sites, and the options page lists each one', async () => {
  const page = await openOptions(h);
  const manifest = await page.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.host_permissions).toEqual(siteMatches());
  expect(manifest.content_scripts?.[0]?.matches).toEqual(siteMatches());
  const rows = page.locator('.site-list [data-site]');
  await rows.first().waitFor();
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-site')))).toEqual(SITE_IDS);
  for (const site of SITE_IDS) expect(await page.locator(`[data-site="${site}"] .site-host`).textContent()).toBe(SITES[site].hosts.join(', '));
});

test('a built-in site switches off, and a paused site resumes', async () => {
  const page = await openOptions(h);
  await page.evaluate(() => chrome.storage.sync.set({ 'parley.settings': { version: 2, sites: { paused: ['news.example.com', 'blog.example.org'] } } }));
  await page.reload();
  await page.getByRole('switch', { name: 'Coach on LinkedIn' }).uncheck();
  await page.getByRole('button', { name: 'Resume news.example.com' }).click();
  await saved(page);
  expect(await storedSettings(page)).toEqual({ version: 2, sites: { disabled: ['linkedin'], paused: ['blog.example.org'] } });
});

test.each([
  ['mail.google.com', 'Gmail is built in'],
  ['not a site', 'is not a'],
])('"%s" is refused with a reason', async (input, message) => {
  const page = await openOptions(h);
  await page.locator('#other-site').fill(input);
  await page.locator('#other-site').press('Enter');
  await expect.poll(() => page.locator('.other-sites [role="status"]').textContent()).toContain(message);
  expect(await page.locator('#other-site').getAttribute('aria-invalid')).toBe('true');
});

test('syncSites registers nothing when no other site is granted', async () => {
  const page = await openOptions(h);
  expect(await page.evaluate(() => chrome.runtime.sendMessage({ parley: 'syncSites', payload: {} }))).toEqual({ origins: [] });
  const worker = await currentWorker(h);
  expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
});

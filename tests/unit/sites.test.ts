/** Each built-in site is declared once (sites/built-in.ts); everything else follows from it. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { withSites } from '../../src/build/site-manifest.ts';
import { firefoxManifest } from '../../src/build/firefox-manifest.ts';
import { adapterFor, builtInAdapters } from '../../src/content/sites/index.ts';
import { SITE_IDS, SITES, siteMatches, siteOf } from '../../src/sites/built-in.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const hosts = SITE_IDS.flatMap((site) => SITES[site].hosts.map((host) => [site, host] as const));

test('every host of a site belongs to that site, and no other host does', () => {
  for (const [site, host] of hosts) expect(siteOf(host)).toBe(site);
  for (const other of ['google.com', 'mail.google.com.evil.test', 'linkedin.com', 'outlook.office.com.example', 'www.x.com']) expect(siteOf(other)).toBeNull();
});

test('the manifest asks for exactly the sites’ hosts, for both browsers, and nothing broader', () => {
  const expected = hosts.map(([, host]) => `https://${host}/*`);
  for (const built of [withSites(manifest), firefoxManifest(withSites(manifest))]) {
    expect(built.host_permissions).toEqual(expected);
    expect(built.content_scripts.map((s) => s.matches)).toEqual([expected]);
  }
  // The source manifest leaves them to the build, so they cannot drift from the sites.
  expect(JSON.stringify(manifest)).not.toMatch(/linkedin|google/);
  expect(siteMatches()).toEqual(expected);
});

test('the README names every built-in site and host, and counts them right', () => {
  for (const site of SITE_IDS) expect(readme).toContain(SITES[site].label.split(' ')[0]!);
  for (const [, host] of hosts) expect(readme).toContain(host);
  expect(readme).not.toMatch(/\b(six|seven) (supported )?sites\b/);
});

test('the coach has one adapter per built-in site, each the site it is filed under', () => {
  const adapters = builtInAdapters();
  expect(Object.keys(adapters).sort()).toEqual([...SITE_IDS].sort());
  for (const site of SITE_IDS) expect(adapters[site].id).toBe(site);
  for (const [site, host] of hosts) expect(adapterFor(host)).toBe(adapters[site]);
  expect(adapterFor('example.com').id).toBe('generic');
});

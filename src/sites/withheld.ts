/**
 * The built-in sites' host permissions the browser is withholding. Firefox lets the user
 * withhold or revoke each one (and older releases did not grant them at install): then Parley
 * cannot run there, and must say so rather than look idle.
 */
import browser from 'webextension-polyfill';
import type { WithheldSite } from './withheld-wording.ts';

const hostOf = (pattern: string): string => new URL(pattern.replace(/\/\*$/, '/')).hostname;

export async function withheldSites(): Promise<WithheldSite[]> {
  const patterns = browser.runtime.getManifest().host_permissions ?? [];
  const held = await Promise.all(patterns.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => true)));
  return patterns.filter((_, i) => !held[i]).map((pattern) => ({ host: hostOf(pattern), pattern }));
}

/**
 * Turns what a user types for "coach me on other sites" ("hubspot.com",
 * "https://app.hubspot.com/inbox") into the host match pattern to request permission for.
 */
import type { Checked } from '../core/option-check.ts';
import { siteLabel, siteOf } from '../sites/built-in.ts';

export interface SiteOrigin {
  /** Match pattern for permissions.request and registerContentScripts. */
  pattern: string;
  host: string;
}

export function toSiteOrigin(input: string): Checked<SiteOrigin> {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Type the address of a site, e.g. app.hubspot.com.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `"${text}" is not a web address. Type one like app.hubspot.com.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'Parley can only coach on web pages (http or https).' };
  const host = url.hostname.toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host) || (!host.includes('.') && host !== 'localhost')) {
    return { ok: false, error: `"${host}" is not a site address. Type one like app.hubspot.com.` };
  }
  const builtIn = siteOf(host);
  if (builtIn) return { ok: false, error: `${siteLabel(builtIn)} is built in: switch it on under Built-in sites.` };
  // Match patterns carry no port: permission for a host covers all its ports.
  return { ok: true, value: { pattern: `${url.protocol}//${host}/*`, host } };
}

/**
 * The organisation's pack as the browser last delivered it, kept in storage.local by the
 * service worker (background/team-pack.ts). Chromium answers an extension's first
 * storage.managed read only once its policy service has loaded, about 3 s after the browser
 * starts; pages read this copy instead, at once, and a changed policy reaches them when the
 * worker rewrites the copy (storage.onChanged). Raw, as managed storage holds it: each page
 * checks it with its own validator (managed.ts).
 */
import browser from 'webextension-polyfill';

export const MANAGED_COPY_KEY = 'parley.managedCopy';

/** The last pack the browser delivered; undefined before the worker's first read (a fresh profile). */
export async function readManagedCopy(): Promise<unknown> {
  const items = await browser.storage.local.get(MANAGED_COPY_KEY);
  return items[MANAGED_COPY_KEY];
}

const noPack = (value: unknown): boolean => value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/**
 * Did this storage change give pages another pack (a policy added, changed or removed)? The
 * worker's first copy on a profile without a policy ({} where there was none) changes nothing,
 * so no open page reads its settings again for it.
 */
export function managedCopyChanged(areaName: string, changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): boolean {
  const change = areaName === 'local' ? changes[MANAGED_COPY_KEY] : undefined;
  return change !== undefined && !(noPack(change.oldValue) && noPack(change.newValue));
}

/**
 * "Coach me on other sites": the content script bootstrap is declared in the manifest for the
 * built-in sites only; for each origin the user granted at run time (optional host
 * permission, asked on the options page) it is registered here, and unregistered when the
 * permission goes. Re-synced on install/update and whenever permissions change, so the
 * registration always matches what is granted, whoever changed it (options page or browser).
 */
import browser from 'webextension-polyfill';

const SCRIPT_ID = 'parley-bootstrap-other-sites';

/** Granted origins beyond the built-in sites, as match patterns. */
async function otherOrigins(): Promise<string[]> {
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !builtIn.has(o) && /^https?:\/\//.test(o)).sort();
}

export async function syncSites(): Promise<{ origins: string[] }> {
  const origins = await otherOrigins();
  // The same bootstrap file the manifest declares for the built-in sites (its built name).
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length > 0 && js.length > 0) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: origins, js, runAt: 'document_idle', allFrames: true, persistAcrossSessions: true }]);
  }
  return { origins };
}

/**
 * A built-in site's access, granted after its tabs were opened (Firefox: the user's to give):
 * start the bootstrap in those tabs now, so the coach runs without a reload (and nothing being
 * written is lost). A tab that already runs it ignores a second start.
 */
async function startInOpenTabs(granted: string[]): Promise<void> {
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const origins = granted.filter((o) => builtIn.has(o));
  const js = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
  if (origins.length === 0 || js.length === 0) return;
  const tabs = await browser.tabs.query({ url: origins });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: js }).catch(() => undefined))));
}

// Registered at the top level so the worker wakes for these events.
const resync = (): void => void syncSites().catch(() => undefined);
browser.permissions.onAdded.addListener(({ origins = [] }) => {
  resync();
  void startInOpenTabs(origins).catch(() => undefined);
});
browser.permissions.onRemoved.addListener(resync);
browser.runtime.onInstalled.addListener(resync);

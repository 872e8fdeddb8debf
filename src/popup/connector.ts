/**
 * Everything the popup asks of the browser, behind one interface (Dark Reader's Connector):
 * the view never touches an extension API, so connector-mock.ts can stand in for visual
 * states and the real one below talks to the tab, the settings and the permissions.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Channel } from '../core/types.ts';
import { sendToBackground, sendToTab } from '../shared/messaging.ts';
import type { DraftState, PageState } from '../shared/protocol.ts';
import { type FrameAnswer, pickDraft } from './frames.ts';
import type { Settings } from '../shared/settings.ts';
import { loadPrefs, updatePrefs, watchPrefs } from '../shared/prefs-store.ts';
import type { WithheldSite } from '../shared/site-access.ts';
import { withheldSites } from '../shared/withheld-sites.ts';

/** The tab the popup is about. url is null when the browser does not tell (no permission). */
export interface TabTarget {
  id: number;
  url: URL | null;
}

export interface Connector {
  target(): Promise<TabTarget | null>;
  /** The tab's current draft, or null when no Parley script answers there (site not enabled). */
  pageState(tabId: number): Promise<PageState | null>;
  focusFinding(tabId: number, composerId: string, index: number): Promise<boolean>;
  setChannel(tabId: number, composerId: string, channel: Channel): Promise<DraftState | null>;
  settings(): Promise<Settings>;
  /** Read, change and write back the settings; false when the write was refused. */
  updateSettings(change: (settings: Settings) => Settings): Promise<boolean>;
  /** Does Parley hold the host permission for this origin pattern ("https://host/*")? */
  hasPermission(pattern: string): Promise<boolean>;
  /** Asks the user for host permissions. Call it straight from a click (a user gesture). */
  requestPermission(patterns: string[]): Promise<boolean>;
  /** Built-in sites whose host permission the browser withholds. */
  withheldSites(): Promise<WithheldSite[]>;
  /** Has the worker register the bootstrap for newly allowed sites. */
  syncSites(): Promise<void>;
  /** Starts Parley's bootstrap in a tab that was open before Parley could run there. */
  startOnTab(tabId: number): Promise<boolean>;
  openOptions(): Promise<void>;
  /** Closes the popup. */
  close(): void;
  /** Calls `onChange` when the tab's draft or the settings may have changed. */
  watch(tabId: number, onChange: () => void): () => void;
}

/** The tab under test: a popup opened as a tab (e2e) would otherwise see itself as active. */
function tabFromQuery(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** How often an open popup re-reads the tab's draft (one cheap message; the report is cached). */
const POLL_MS = 1000;

const toUrl = (url: string | undefined): URL | null => (url ? new URL(url) : null);

/** The content script reports every draft change to the badge; the popup listens in. */
function isBadgeFrom(tabId: number, message: unknown, sender: Runtime.MessageSender): boolean {
  return sender.tab?.id === tabId && typeof message === 'object' && message !== null && 'parley' in message && message.parley === 'badge';
}

/** Frames of the tab where the full coach runs (it marks its world with __parleyCoach). */
async function coachFrames(tabId: number): Promise<number[]> {
  const results = await browser.scripting
    .executeScript({ target: { tabId, allFrames: true }, func: () => '__parleyCoach' in globalThis })
    .catch(() => []); // No access to the page: only the top frame can be asked.
  return results.filter((r) => r.result === true).map((r) => r.frameId);
}

/** The frame each tab's shown draft lives in, for focusFinding and setChannel. */
const draftFrames = new Map<number, number>();

async function askFrames(tabId: number): Promise<PageState | null> {
  const frames = [...new Set([0, ...(await coachFrames(tabId))])];
  // A frame rejects when nothing listens there: no Parley script was ever injected into it.
  const answers = await Promise.all(frames.map((frameId) => sendToTab(tabId, 'getPageState', {}, frameId).then((state): FrameAnswer => ({ frameId, state }), () => null)));
  const picked = pickDraft(answers.filter((a) => a !== null));
  if (picked) draftFrames.set(tabId, picked.frameId);
  return picked?.state ?? null;
}

export const browserConnector: Connector = {
  async target() {
    const forced = tabFromQuery();
    const tab = forced === null ? (await browser.tabs.query({ active: true, currentWindow: true }))[0] : await browser.tabs.get(forced);
    return tab?.id === undefined ? null : { id: tab.id, url: toUrl(tab.url) };
  },
  pageState: askFrames,
  focusFinding: (tabId, composerId, index) => sendToTab(tabId, 'focusFinding', { composerId, index }, draftFrames.get(tabId)).catch(() => false),
  setChannel: (tabId, composerId, channel) => sendToTab(tabId, 'setChannel', { composerId, channel }, draftFrames.get(tabId)).catch(() => null),
  settings: async () => (await loadPrefs()).settings,
  updateSettings: async (change) => (await updatePrefs(change)).ok,
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  requestPermission: (patterns) => browser.permissions.request({ origins: patterns }),
  withheldSites,
  async syncSites() {
    await sendToBackground('syncSites', {}).catch(() => undefined);
  },
  async startOnTab(tabId) {
    // The bootstrap the manifest declares (its built name); the same file the worker registers for allowed sites.
    const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
    if (files.length === 0) return false;
    return browser.scripting.executeScript({ target: { tabId, allFrames: true }, files }).then(() => true, () => false);
  },
  openOptions: () => browser.runtime.openOptionsPage(),
  close: () => window.close(),
  watch(tabId, onChange) {
    const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
      if (isBadgeFrom(tabId, message, sender)) onChange();
      return undefined; // Never answer: the worker's handler owns the reply.
    };
    browser.runtime.onMessage.addListener(listener);
    const unwatchSettings = watchPrefs(() => onChange());
    // The badge only speaks when the score or noise level changes; a draft that goes from too
    // short to not English, or changes findings at the same score, is caught by a slow poll.
    const poll = setInterval(() => onChange(), POLL_MS);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      unwatchSettings();
      clearInterval(poll);
    };
  },
};

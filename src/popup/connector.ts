/**
 * Everything the popup asks of the browser, behind one interface (Dark Reader's Connector):
 * the view never touches an extension API, so connector-mock.ts can stand in for visual
 * states and the real one below talks to the tab, the settings and the permissions.
 */
import browser from 'webextension-polyfill';
import type { Channel } from '../core/types.ts';
import { sendToBackground, sendToTab } from '../messaging/runtime.ts';
import type { DraftState, PageState } from '../messaging/protocol.ts';
import { type FrameAnswer, pickDraft } from './frames.ts';
import { PageFeed } from './page-feed.ts';
import type { Settings } from '../settings/schema.ts';
import { loadPrefs, updatePrefs, watchPrefs } from '../settings/store.ts';
import type { WithheldSite } from '../sites/withheld-wording.ts';
import { withheldSites } from '../sites/withheld.ts';

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
  /** Read, change and write back the settings; null when saved, else why not. */
  updateSettings(change: (settings: Settings) => Settings): Promise<string | null>;
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
  /**
   * Follows the tab's draft (pushed by the page after every analysis) and the settings (a
   * storage event): no polling. Call after pageState, whose frames it listens to.
   */
  watch(tabId: number, on: { page(state: PageState | null): void; settings(settings: Settings): void }): () => void;
}

/** The tab under test: a popup opened as a tab (e2e) would otherwise see itself as active. */
function tabFromQuery(): number | null {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

const toUrl = (url: string | undefined): URL | null => (url ? new URL(url) : null);

/**
 * Frames of the tab where the full coach runs: it marks its world with a symbol
 * (content/coach-mark.ts; the function runs in that world, and must name the symbol itself).
 */
async function coachFrames(tabId: number): Promise<number[]> {
  const results = await browser.scripting
    .executeScript({ target: { tabId, allFrames: true }, func: () => Symbol.for('parley.coach') in globalThis })
    .catch(() => []); // No access to the page: only the top frame can be asked.
  return results.filter((r) => r.result === true).map((r) => r.frameId);
}

/** The frame each tab's shown draft lives in, for focusFinding and setChannel. */
const draftFrames = new Map<number, number>();
/** What pageState learnt when the popup opened: each frame's answer, and where coaches run. */
const opened = new Map<number, { answers: FrameAnswer[]; coaches: number[] }>();

/** Asked once, when the popup opens; after that the page pushes (watch). */
async function askFrames(tabId: number): Promise<PageState | null> {
  // A frame rejects when nothing listens there: no Parley script was ever injected into it.
  const ask = (frameId: number): Promise<FrameAnswer | null> => sendToTab(tabId, 'getPageState', {}, frameId).then((state) => ({ frameId, state }), () => null);
  // The top frame is always asked: ask it while the frames where a coach runs are looked up.
  const top = ask(0);
  const coaches = await coachFrames(tabId);
  const answers = (await Promise.all([top, ...coaches.filter((frameId) => frameId !== 0).map(ask)])).filter((a) => a !== null);
  opened.set(tabId, { answers, coaches });
  const picked = pickDraft(answers);
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
  async updateSettings(change) {
    const saved = await updatePrefs(change);
    return saved.ok ? null : saved.error;
  },
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
  watch(tabId, on) {
    const { answers = [], coaches = [] } = opened.get(tabId) ?? {};
    const feed = new PageFeed(tabId, answers, coaches, (picked) => {
      if (picked) draftFrames.set(tabId, picked.frameId);
      on.page(picked?.state ?? null);
    });
    const unwatchSettings = watchPrefs(on.settings);
    return () => {
      feed.close();
      unwatchSettings();
    };
  },
};

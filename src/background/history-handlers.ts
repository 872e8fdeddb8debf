/**
 * The noise memory's message handlers (wired in index.ts). settings.memory decides: with
 * "Don't keep history" nothing is recorded, the log is cleared, and drafts get an empty
 * context. Incoming sends are checked first (history-input.ts) and rate-limited per tab
 * (send-rate.ts); the site is the sender's, as the browser reports it (callers.ts).
 */
import browser from 'webextension-polyfill';
import type { Req, ToBackground } from '../messaging/protocol.ts';
import type { Caller } from './callers.ts';
import { loadPrefs, watchPrefs } from '../settings/store.ts';
import { isChannel } from './history-codec.ts';
import { contextOf, emptyContext, historyOf } from './history-queries.ts';
import { toNewSend } from './history-input.ts';
import { HistoryStore } from './history-store.ts';
import { enforceRetention } from './retention.ts';
import { SendRate } from './send-rate.ts';

const store = new HistoryStore(browser.storage.local);
const rate = new SendRate();

/** Undo Send lasts at most 30 s in Gmail; a page cannot erase older history this way. */
const RETRACT_WITHIN_MS = 5 * 60_000;
/** Where the count of refused sends is kept (only Parley's pages and worker can read storage.session). */
const DROPPED_SENDS_KEY = 'parley.memory.droppedSends';

const keepsHistory = async (): Promise<boolean> => (await loadPrefs()).settings.memory.keepHistory;

export const historyHandlers = {
  async recordSend(record: Req<ToBackground, 'recordSend'>, caller: Caller) {
    if (!(await keepsHistory())) return store.clear();
    if (caller.tabId !== undefined && !rate.take(caller.tabId)) {
      await browser.storage.session.set({ [DROPPED_SENDS_KEY]: rate.dropped }).catch(() => undefined);
      return;
    }
    const send = toNewSend({ ...record, site: caller.site }, Date.now());
    if (send) await store.record(send);
  },
  async retractSend({ at }: Req<ToBackground, 'retractSend'>, caller: Caller) {
    const recent = Number.isFinite(at) && at <= Date.now() && Date.now() - at <= RETRACT_WITHIN_MS;
    return recent ? store.retract(at, caller.site) : false;
  },
  async sendContext(draft: Req<ToBackground, 'sendContext'>) {
    const { memory } = (await loadPrefs()).settings;
    if (!memory.keepHistory || !isChannel(draft.channel)) return emptyContext(isChannel(draft.channel) ? draft.channel : 'generic', memory);
    const [entries, domains] = await Promise.all([store.entries(), store.recentDomains()]);
    return contextOf(entries, domains, draft, memory, Date.now());
  },
  async sendHistory() {
    const keep = await keepsHistory();
    return historyOf(keep ? await store.entries() : [], keep);
  },
  clearHistory: () => store.clear(),
};

/** A closed tab's send allowance goes with it. */
browser.tabs.onRemoved.addListener((tabId) => rate.forget(tabId));
enforceRetention(store);

/** Turning history off forgets it at once, even if the options page closes before it asks. */
export function clearWhenHistoryTurnsOff(): void {
  watchPrefs((settings) => {
    if (!settings.memory.keepHistory) void store.clear();
  });
}

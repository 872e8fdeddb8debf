/**
 * The noise memory's message handlers (wired in index.ts). settings.memory decides: with
 * "Don't keep history" nothing is recorded, the log is cleared, and drafts get an empty
 * context. Incoming sends are checked first (memory-input.ts).
 */
import browser from 'webextension-polyfill';
import type { Handlers } from '../shared/messaging.ts';
import type { ToBackground } from '../shared/protocol.ts';
import { loadPrefs, watchPrefs } from '../settings/prefs-store.ts';
import { isChannel } from './memory-codec.ts';
import { contextOf, emptyContext, historyOf } from './memory-queries.ts';
import { toNewSend } from './memory-input.ts';
import { MemoryStore } from './memory-store.ts';

const store = new MemoryStore(browser.storage.local);

/** Undo Send lasts at most 30 s in Gmail; a page cannot erase older history this way. */
const RETRACT_WITHIN_MS = 5 * 60_000;

const keepsHistory = async (): Promise<boolean> => (await loadPrefs()).settings.memory.keepHistory;

export const memoryHandlers = {
  async recordSend(record) {
    if (!(await keepsHistory())) return store.clear();
    const send = toNewSend(record, Date.now());
    if (send) await store.record(send);
  },
  async retractSend({ at, site }) {
    const recent = Number.isFinite(at) && at <= Date.now() && Date.now() - at <= RETRACT_WITHIN_MS;
    return recent && typeof site === 'string' ? store.retract(at, site) : false;
  },
  async sendContext(draft) {
    const { memory } = (await loadPrefs()).settings;
    if (!memory.keepHistory || !isChannel(draft.channel)) return emptyContext(isChannel(draft.channel) ? draft.channel : 'generic', memory);
    const [entries, domains] = await Promise.all([store.entries(), store.recentDomains()]);
    return contextOf(entries, domains, draft, memory, Date.now());
  },
  async memoryHistory() {
    const keep = await keepsHistory();
    return historyOf(keep ? await store.entries() : [], keep);
  },
  clearMemory: () => store.clear(),
} satisfies Handlers<ToBackground>;

/** Turning history off forgets it at once, even if the options page closes before it asks. */
export function clearWhenHistoryTurnsOff(): void {
  watchPrefs((settings) => {
    if (!settings.memory.keepHistory) void store.clear();
  });
}

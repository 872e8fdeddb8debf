/**
 * The send history in one frame: records each confirmed send (fingerprint, word count,
 * recipient companies; never the text) and keeps, per composer, the send context its analysis
 * weighs. The coach tells it when a draft changed (draftChanged); send-history-query.ts decides
 * when to ask the service worker, and a new answer is announced (deps.changed). Reading the
 * context (contextFor) has no side effect, so building an analysis input asks nothing.
 */
import browser from 'webextension-polyfill';
import { fingerprint, similarity } from '../core/history/fingerprint.ts';
import type { Channel, SendContext } from '../core/types.ts';
import { organisationDomains } from '../history/recipient-domains.ts';
import { touchesHistory } from '../history/storage-keys.ts';
import { sendToBackground } from '../messaging/runtime.ts';
import { type AskContext, DraftHistoryQuery, type HistoryDraft } from './send-history-query.ts';
import { watchSends } from './sends.ts';

export type { HistoryDraft } from './send-history-query.ts';

/** Gmail's Undo Send lasts up to 30 s; the restored draft opens a moment after the click. */
const UNDO_WITHIN_MS = 45_000;
/** The restored draft is the sent one; a little slack for a signature or trailing space. */
const UNDONE_SIMILARITY = 0.9;

export interface SendHistoryDeps<K extends object> {
  /** False when the user chose "Don't keep history": nothing is asked or recorded. */
  enabled(): boolean;
  /** The composers open now. */
  composers(): Iterable<K>;
  /** A composer's context changed: analyse it again. */
  changed(composer: K): void;
  /** Stops listening (the coach stopped). */
  signal: AbortSignal;
}

export class SendHistory<K extends object> {
  private readonly queries = new WeakMap<K, DraftHistoryQuery>();
  /** This frame's latest send, kept briefly (fingerprint only): Undo Send brings it back. */
  private lastSend: { at: number; fingerprint: number[] } | null = null;
  /** Bumped whenever the log changes: every answer so far is out of date. */
  private generation = 0;

  constructor(private readonly deps: SendHistoryDeps<K>) {
    // A send here or in another tab, or "Clear history": every open composer asks again now.
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area !== 'local' || !touchesHistory(Object.keys(changes))) return;
      this.generation++;
      for (const composer of deps.composers()) this.queries.get(composer)?.refresh();
    };
    browser.storage.onChanged.addListener(listener);
    deps.signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  }

  /** A composer's draft (or channel) changed: ask about it now, later or not at all (send-history-query.ts). */
  draftChanged(composer: K, draft: () => HistoryDraft): void {
    if (!this.deps.enabled()) return;
    let query = this.queries.get(composer);
    if (!query) {
      const ask = (question: Parameters<AskContext>[0]) => sendToBackground('sendContext', question);
      query = new DraftHistoryQuery(ask, () => this.generation, () => this.deps.changed(composer));
      this.queries.set(composer, query);
    }
    query.refresh(draft);
  }

  /** The context for a composer's analysis now, as last answered (undefined before the first answer). */
  contextFor(composer: K, channel: Channel): SendContext | undefined {
    const reply = this.deps.enabled() ? this.queries.get(composer)?.replyFor(channel) : undefined;
    if (!reply) return undefined;
    const { weekByChannel: _week, ...sendContext } = reply;
    return sendContext;
  }

  /** Sends in the last 7 days per channel, for the popup. */
  weekFor(composer: K): Partial<Record<Channel, number>> | undefined {
    return this.deps.enabled() ? this.queries.get(composer)?.reply?.weekByChannel : undefined;
  }

  /**
   * Records the composer's sends until `signal` aborts (the composer left the page): clicks on
   * `sendSelector`, and Enter alone when `enterSends`.
   */
  watch(composer: K, root: Element, how: { sendSelector: string; enterSends: boolean }, draft: () => HistoryDraft, signal: AbortSignal): void {
    const { sendSelector, enterSends } = how;
    signal.addEventListener('abort', () => this.queries.get(composer)?.dispose(), { once: true });
    this.retractIfUndone(draft);
    if (!sendSelector && !enterSends) return;
    watchSends({
      root,
      sendSelector,
      enterSends,
      signal,
      // Taken at the send click: from here on only numbers exist, no text.
      capture: () => {
        const { channel, text, recipients } = draft();
        if (text.trim() === '' || !this.deps.enabled()) return null;
        const domains = channel === 'email' ? organisationDomains(recipients ?? []) : [];
        return { channel, words: countWords(text), fingerprint: fingerprint(text), domains };
      },
      isEmpty: () => draft().text.trim() === '',
      // The storage change it causes brings every composer's counts up to date.
      onSend: (send) => {
        const at = Date.now();
        this.lastSend = { at, fingerprint: send.fingerprint };
        sendToBackground('recordSend', { ...send, at }).catch(() => undefined); // worker restarting: one send uncounted
      },
    });
  }

  /**
   * A composer that opens already holding the draft just sent is that send taken back (Gmail's
   * Undo Send): it must not count, nor make the draft look like a repeat of itself. A fresh
   * composer opens empty, so pasting the same text into a new one still counts as a repeat.
   */
  private retractIfUndone(draft: () => HistoryDraft): void {
    const last = this.lastSend;
    if (!last || Date.now() - last.at > UNDO_WITHIN_MS) return;
    const { text } = draft();
    if (text.trim() === '' || similarity(fingerprint(text), last.fingerprint) < UNDONE_SIMILARITY) return;
    this.lastSend = null;
    sendToBackground('retractSend', { at: last.at }).catch(() => undefined);
  }
}

/** Words as the analysis counts them, near enough for the history table. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

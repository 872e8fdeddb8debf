/**
 * The noise memory in one frame: records each confirmed send (fingerprint, word count,
 * recipient companies; never the text) and keeps, per composer, the send context its
 * analysis weighs. The context is asked for at most every few seconds per composer, never
 * per keystroke: the fingerprint of a draft barely moves between two keystrokes.
 */
import { fingerprint } from '../core/memory/fingerprint.ts';
import type { Channel, SendContext } from '../core/types.ts';
import { organisationDomains } from '../shared/domains.ts';
import { sendToBackground } from '../shared/messaging.ts';
import type { SendContextReply } from '../shared/protocol.ts';
import { watchSends } from './sends.ts';

/** How old a composer's context may get while its draft changes. */
export const CONTEXT_REFRESH_MS = 3_000;

/** What the memory needs to know about a composer's draft, read when asked. */
export interface MemoryDraft {
  channel: Channel;
  text: string;
  /** Recipient email addresses (email only; only their domains are used). */
  recipients?: readonly string[];
}

export interface NoiseMemoryDeps<K extends object> {
  /** The page's hostname, recorded with each send. */
  site: string;
  /** False when the user chose "Don't keep history": nothing is asked or recorded. */
  enabled(): boolean;
  /** A composer's context changed: analyse it again. */
  changed(composer: K): void;
}

interface Cached {
  reply: SendContextReply | null;
  channel: Channel;
  fetchedAt: number;
  generation: number;
  asking: boolean;
}

export class NoiseMemory<K extends object> {
  private readonly cache = new WeakMap<K, Cached>();
  /** Bumped by every send: all cached counts are out of date. */
  private generation = 0;

  constructor(private readonly deps: NoiseMemoryDeps<K>) {}

  /** The context for a composer's analysis now (undefined until the first answer). */
  contextFor(composer: K, channel: Channel, draft: () => MemoryDraft): SendContext | undefined {
    if (!this.deps.enabled()) return undefined;
    const cached = this.cache.get(composer);
    if (!cached || this.isStale(cached, channel)) this.ask(composer, draft(), cached);
    if (!cached?.reply || cached.channel !== channel) return undefined;
    const { weekByChannel: _week, ...context } = cached.reply;
    return context;
  }

  /** Sends in the last 7 days per channel, for the popup. */
  weekFor(composer: K): Partial<Record<Channel, number>> | undefined {
    return this.deps.enabled() ? this.cache.get(composer)?.reply?.weekByChannel : undefined;
  }

  /** Records the composer's sends until `signal` aborts. */
  watch(composer: K, root: Element, sendSelector: string, draft: () => MemoryDraft, signal: AbortSignal): void {
    if (!sendSelector) return;
    watchSends({
      root,
      sendSelector,
      signal,
      // Taken at the send click: from here on only numbers exist, no text.
      capture: () => {
        const { channel, text, recipients } = draft();
        if (text.trim() === '' || !this.deps.enabled()) return null;
        const domains = channel === 'email' ? organisationDomains(recipients ?? []) : [];
        return { channel, words: countWords(text), fingerprint: fingerprint(text), domains };
      },
      isEmpty: () => draft().text.trim() === '',
      onSend: (send) => {
        sendToBackground('recordSend', { ...send, site: this.deps.site, at: Date.now() })
          .then(() => {
            this.generation++; // every composer's counts are out of date now
            this.deps.changed(composer); // one that stays open (X clears it) asks at once
          })
          .catch(() => undefined); // The worker was restarting: one send goes uncounted.
      },
    });
  }

  private isStale(cached: Cached, channel: Channel): boolean {
    if (cached.asking) return false;
    return cached.channel !== channel || cached.generation !== this.generation || Date.now() - cached.fetchedAt > CONTEXT_REFRESH_MS;
  }

  private ask(composer: K, draft: MemoryDraft, previous: Cached | undefined): void {
    const entry: Cached = previous ?? { reply: null, channel: draft.channel, fetchedAt: 0, generation: -1, asking: false };
    entry.asking = true;
    this.cache.set(composer, entry);
    const generation = this.generation;
    const domains = draft.channel === 'email' ? organisationDomains(draft.recipients ?? []) : [];
    sendToBackground('sendContext', { channel: draft.channel, fingerprint: fingerprint(draft.text), domains })
      .then((reply: SendContextReply) => {
        const before = JSON.stringify(entry.reply);
        Object.assign(entry, { reply, channel: draft.channel, fetchedAt: Date.now(), generation, asking: false });
        if (JSON.stringify(reply) !== before) this.deps.changed(composer);
      })
      .catch(() => {
        // The worker was restarting: try again after the usual pause, not on every keystroke.
        Object.assign(entry, { fetchedAt: Date.now(), generation, asking: false });
      });
  }
}

/** Words as the analysis counts them, near enough for the history table. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

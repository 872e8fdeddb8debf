/**
 * Per composer, the send history's latest answer about its draft, and when to ask again.
 * Asking means fingerprinting the draft, so it happens at most every few seconds per
 * composer and only when the draft (or the log) changed: typing runs the analysis on every
 * pause, but a fingerprint barely moves between two keystrokes. The last change is always
 * asked about, a little later if need be (a trailing throttle), so the final draft is judged.
 */
import { fingerprint } from '../core/history/fingerprint.ts';
import type { Channel } from '../core/types.ts';
import { organisationDomains } from '../history/recipient-domains.ts';
import type { SendContextReply } from '../messaging/protocol.ts';

/** Least time between two questions about one composer's draft. */
export const CONTEXT_REFRESH_MS = 3_000;

/** What the send history needs to know about a composer's draft, read when asked. */
export interface HistoryDraft {
  channel: Channel;
  text: string;
  /** Recipient email addresses (email only; only their domains are used). */
  recipients?: readonly string[];
}

export type AskContext = (question: { channel: Channel; fingerprint: number[]; domains: string[] }) => Promise<SendContextReply>;

export class DraftHistoryQuery {
  reply: SendContextReply | null = null;
  /** The channel the reply is about. */
  channel: Channel | null = null;
  private fetchedAt = 0;
  private generation = -1;
  /** A hash of the draft last asked about: no text is kept. */
  private asked = 0;
  private asking = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How to read the draft, as last given: the log changed under it, ask again with it. */
  private draft: (() => HistoryDraft) | null = null;

  constructor(
    private readonly ask: AskContext,
    /** The log's version: bumped by every change to it (a send, "Clear history"). */
    private readonly logVersion: () => number,
    /** The answer changed: the composer should be analysed again. */
    private readonly changed: () => void,
  ) {}

  /** Asks now, later or not at all, depending on what changed and when the last answer came. */
  refresh(draft: (() => HistoryDraft) | null = this.draft): void {
    if (!draft) return;
    this.draft = draft;
    if (this.asking) return;
    const generation = this.logVersion();
    const current = draft();
    const outdated = this.reply === null || this.channel !== current.channel || this.generation !== generation;
    if (!outdated && keyOf(current) === this.asked) return;
    const wait = outdated ? 0 : this.fetchedAt + CONTEXT_REFRESH_MS - Date.now();
    if (wait <= 0) return this.askNow(current, draft, generation);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.refresh(draft);
    }, wait);
  }

  /** The last answer, if it is about `channel` (an answer about another channel does not apply). */
  replyFor(channel: Channel): SendContextReply | null {
    return this.channel === channel ? this.reply : null;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private askNow(current: HistoryDraft, draft: () => HistoryDraft, generation: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.asking = true;
    this.asked = keyOf(current);
    const domains = current.channel === 'email' ? organisationDomains(current.recipients ?? []) : [];
    this.ask({ channel: current.channel, fingerprint: fingerprint(current.text), domains }).then(
      (reply) => {
        const changed = JSON.stringify(reply) !== JSON.stringify(this.reply);
        Object.assign(this, { reply, channel: current.channel, fetchedAt: Date.now(), generation, asking: false });
        if (changed) this.changed();
        else this.refresh(draft); // the draft may have moved on while we asked
      },
      () => {
        // The worker was restarting: try again after the usual pause, not on every keystroke.
        Object.assign(this, { fetchedAt: Date.now(), generation, asking: false });
      },
    );
  }
}

/** FNV-1a over what the answer depends on. */
function keyOf(draft: HistoryDraft): number {
  const text = `${draft.channel}\u0000${draft.text}\u0000${(draft.recipients ?? []).join(',')}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

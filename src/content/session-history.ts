/**
 * A composer's part in the send history (send-history.ts): what the history reads of its draft,
 * and the sends it notices (the composer's own Send button, and Enter where the site sends with it).
 */
import type { ComposerSession } from './composer.ts';
import { channelOf, readFacts } from './draft-input.ts';
import type { HistoryDraft, SendHistory } from './send-history.ts';
import type { SiteAdapter } from './sites/index.ts';

/** What the send history reads of a composer (the text only to fingerprint it there and then). */
function historyDraftOf(session: ComposerSession): HistoryDraft {
  const { facts, channelOverride, text } = session;
  return { channel: channelOf(facts, channelOverride), text, recipients: facts.recipientAddresses };
}

/** The composer's draft, channel or recipients changed: the history looks its draft up again. */
export function draftChanged(history: SendHistory<ComposerSession>, session: ComposerSession): void {
  history.draftChanged(session, () => historyDraftOf(session));
}

/** Records the composer's sends (its own Send button only: see sends.ts), with the recipients as they are at the send. */
export function watchSends(history: SendHistory<ComposerSession>, session: ComposerSession, adapter: SiteAdapter): void {
  const el = session.element;
  const { sendSelector, enterSends } = adapter;
  const atSend = (): HistoryDraft => {
    session.refresh();
    session.facts = readFacts(adapter, el);
    return historyDraftOf(session);
  };
  history.watch(session, el, { sendSelector, enterSends: !!enterSends && el.matches(enterSends) }, atSend, session.controller.signal);
}

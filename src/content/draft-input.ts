/**
 * What goes into analyze() for a composer besides its text, built in one place. The site
 * adapter's facts (channel, subject, recipients, the message a reply answers) are read when the composer is focused and
 * again only when a field they come from changes (readFacts); the settings and the
 * send history's answer are the coach's. The text itself is the session's.
 */
import type { AnalyzeInput, Channel, ReplyTo, SendContext } from '../core/types.ts';
import type { Settings } from '../settings/schema.ts';
import type { SiteAdapter } from './sites/index.ts';

/** What the site adapter says about one composer. */
export interface ComposerFacts {
  /** The channel the adapter detected, before any override by the user. */
  detectedChannel: Channel;
  /** As typed, not trimmed: subject findings' offsets index the field's value. */
  subject?: string;
  /** How many recipients the draft is addressed to, if the site shows them. */
  recipients?: number;
  /** Recipient email addresses, for the send history only (it keeps their company domains). */
  recipientAddresses?: readonly string[];
  /** The message this draft answers, as the page shows it (sites/thread.ts); read once per focus. */
  replyTo?: ReplyTo;
}

export const NO_FACTS: ComposerFacts = { detectedChannel: 'generic' };

/** The adapter's facts about `element` now; a composer the adapter does not know gets none. */
export function readFacts(adapter: SiteAdapter, element: Element): ComposerFacts {
  const own = adapter.composers !== '' && element.matches(adapter.composers);
  if (!own) return NO_FACTS;
  return {
    detectedChannel: adapter.channelOf(element),
    subject: adapter.subjectField?.(element)?.value || undefined,
    recipients: adapter.recipientsOf?.(element),
    recipientAddresses: adapter.recipientAddressesOf?.(element),
    replyTo: adapter.replyToOf?.(element),
  };
}

export const sameFacts = (a: ComposerFacts, b: ComposerFacts): boolean =>
  a.detectedChannel === b.detectedChannel && a.subject === b.subject && a.recipients === b.recipients && String(a.recipientAddresses) === String(b.recipientAddresses) &&
  a.replyTo?.text === b.replyTo?.text && a.replyTo?.author === b.replyTo?.author;

/** The channel a composer is analysed for: the user's choice, else the detected one. */
export const channelOf = (facts: ComposerFacts, override: Channel | null): Channel => override ?? facts.detectedChannel;

/** The one place an analysis input is made. `history`: the send history's answer, if any. */
export function analysisInput(facts: ComposerFacts, override: Channel | null, settings: Settings['analysis'], history: SendContext | undefined): AnalyzeInput {
  return {
    channel: channelOf(facts, override),
    subject: facts.subject,
    recipients: facts.recipients,
    ...(facts.replyTo ? { replyTo: facts.replyTo } : {}),
    settings,
    ...(history ? { context: history } : {}),
  };
}

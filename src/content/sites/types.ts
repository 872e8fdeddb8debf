/**
 * A site adapter: everything Parley knows about one site's composers, as data plus a few
 * small readers. The coach itself is site-blind; it only asks these questions.
 */
import type { Channel, ReplyTo } from '../../core/types.ts';
import type { SiteId } from '../../sites/built-in.ts';

export interface SiteAdapter {
  id: SiteId | 'generic';
  /** The composers this site has, as a selector for their editable roots. */
  composers: string;
  /** The analysis channel of one composer. */
  channelOf(editor: Element): Channel;
  /** Subtrees inside the composer that are not the user's draft (quoted thread, signature). */
  skip?: string;
  /**
   * The email subject field that belongs to this composer, if any (an inline reply keeps it in
   * a hidden input: read, never underlined).
   */
  subjectField?(editor: Element): HTMLInputElement | undefined;
  /** How many recipients the draft is addressed to, if the site shows them. */
  recipientsOf?(editor: Element): number | undefined;
  /** The send button(s) of this site's composers (for the noise memory). */
  sendSelector: string;
  /**
   * Composers where Enter alone may send (a site setting the user can turn off): an Enter there
   * counts only if the box then empties at once, so a new line is never a send.
   */
  enterSends?: string;
  /**
   * The message this composer answers, as the page shows it (a quoted mail, the post under a
   * comment box); undefined for a new message. Read once per focus (sites/thread.ts).
   */
  replyToOf?(editor: Element): ReplyTo | undefined;
  /** Noise memory: the recipients' email addresses (only their domains are kept, for the per-company limit). */
  recipientAddressesOf?(editor: Element): string[];
}

/** The first matching input in the composer's dialog. */
export function inputIn(scope: Element | null, selector: string): HTMLInputElement | undefined {
  const input = scope?.querySelector(selector);
  return input instanceof HTMLInputElement ? input : undefined;
}

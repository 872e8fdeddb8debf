/**
 * Outlook on the web: the body is a contenteditable textbox; classes are rotating hashes, so
 * only roles, names and aria attributes are used. Research: composers.md §1 (O1–O4).
 */
import { lastBefore, readableText, replyFrom } from './thread.ts';
import { inputIn, type SiteAdapter } from './types.ts';

const composeRoot = (editor: Element): Element | null => editor.closest('[role="dialog"], [role="main"], form') ?? editor.parentElement;

export const outlook: SiteAdapter = {
  id: 'outlook',
  composers: 'div[role="textbox"][contenteditable="true"]',
  channelOf: () => 'email',
  skip: '#appendonsend, #appendonsend ~ *, #divRplyFwdMsg, [id^="divRplyFwdMsg"], #Signature, [id^="Signature"]',
  subjectField: (editor) => inputIn(composeRoot(editor), 'input[aria-label="Add a subject"], input[name="subject"]'),
  recipientsOf(editor) {
    const chips = composeRoot(editor)?.querySelectorAll('[aria-label^="To"] [role="listitem"], [aria-label^="Cc"] [role="listitem"], [data-testid="recipient"]');
    return chips && chips.length > 0 ? chips.length : undefined;
  },
  // A reply: OWA puts the original after #divRplyFwdMsg (its From/Subject header) as siblings;
  // else the last message shown in the reading pane above the composer.
  replyToOf(editor) {
    const header = editor.querySelector('#divRplyFwdMsg, [id^="divRplyFwdMsg"]');
    if (header) {
      const parts: string[] = [];
      for (let el = header.nextElementSibling; el && !el.matches('#appendonsend, #Signature, [id^="Signature"], [id^="divRplyFwdMsg"]'); el = el.nextElementSibling) {
        if (el.matches('blockquote, hr')) break; // older mails of the thread
        parts.push(readableText(el));
      }
      const text = parts.filter(Boolean).join('\n').trim();
      const from = /From:\s*([^<\n]+)/.exec(header.textContent ?? '')?.[1]?.trim();
      return text ? { text, ...(from ? { author: from } : {}) } : undefined;
    }
    return replyFrom(lastBefore(document, 'div[role="document"]', editor));
  },
  sendSelector: 'button[name="Send"], button[aria-label="Send"], [data-icon-name="Send"]',
};

/**
 * Gmail: compose dialogs, pop-outs and inline replies (several at once), all a plain
 * contenteditable (Closure editor) whose DOM is the mail itself. Structural selectors only:
 * aria-labels are localized. Research: shared/research/composers.md §1 (G1, G2).
 */
import { lastBefore, replyFrom } from './thread.ts';
import { inputIn, type SiteAdapter } from './types.ts';

/** The compose root around a body: dialog, pop-out or inline reply. */
const composeRoot = (editor: Element): Element | null => editor.closest('.M9, .AD, [role=dialog], .AO, form') ?? editor.parentElement;

export const gmail: SiteAdapter = {
  id: 'gmail',
  composers: '[g_editable="true"], div[role="textbox"][contenteditable="true"]',
  channelOf: () => 'email',
  skip: '.gmail_quote, [data-smartmail="gmail_signature"], .gmail_signature, .gmail_signature_prefix',
  subjectField: (editor) => inputIn(composeRoot(editor), 'input[name="subjectbox"], input[name="subject"]'),
  recipientsOf(editor) {
    const root = composeRoot(editor);
    if (!root) return undefined;
    const chips = root.querySelectorAll('[name="to"] [role="option"], [name="cc"] [role="option"], [name="bcc"] [role="option"], .vR [email]');
    return chips.length > 0 ? chips.length : undefined;
  },
  // A reply: the quoted mail inside the body (its own quotes left out), else the last message
  // shown above the composer in the thread.
  replyToOf(editor) {
    const quote = editor.querySelector('blockquote.gmail_quote, .gmail_quote blockquote');
    if (quote) return replyFrom(quote, null, 'blockquote, .gmail_quote, .gmail_attr');
    const message = lastBefore(document, '.adn .a3s, .a3s', editor);
    return replyFrom(message, message?.closest('.adn')?.querySelector('.gD')?.getAttribute('name'), '.gmail_quote, blockquote, .gmail_extra');
  },
  sendSelector: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"]), div.T-I.T-I-atl',
  // Noise memory: chips carry the address in data-hovercard-id (older Gmail: .vR [email]).
  recipientAddressesOf(editor) {
    const chips = composeRoot(editor)?.querySelectorAll('.GS [data-hovercard-id], .vR [email]') ?? [];
    return [...chips].map((chip) => chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? '').filter((a) => a.includes('@'));
  },
};

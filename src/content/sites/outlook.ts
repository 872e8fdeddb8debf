/**
 * Outlook on the web: the body is a contenteditable textbox; classes are rotating hashes, so
 * only roles, names and aria attributes are used. Research: composers.md §1 (O1–O4).
 */
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
  sendSelector: 'button[name="Send"], button[aria-label="Send"], [data-icon-name="Send"]',
};

/**
 * LinkedIn's message form (composers.md §1): a plain contenteditable with a <p> per line,
 * inside form.msg-form; Send is disabled while empty and clears the form. "Press Enter to Send"
 * is on, as LinkedIn lets users choose: Enter sends, Shift+Enter starts a new line.
 */
import { mount, query, setEnabled } from '../dom.ts';
import { editableHandle } from '../editors/native.ts';
import { recordSent, register } from '../fixture.ts';

const EMPTY = '<p><br></p>';

/** The conversation above the form: the user's own message, then the other person's last one. */
const CONVERSATION =
  '<div class="msg-s-message-list-container"><ul class="msg-s-message-list-content">' +
  '<li class="msg-s-event-listitem"><p class="msg-s-event-listitem__body">Great to meet you at the summit, Maya.</p></li>' +
  '<li class="msg-s-event-listitem msg-s-event-listitem--other"><span class="msg-s-message-group__name">Maya Chen</span>' +
  '<p class="msg-s-event-listitem__body">Likewise! Do you have the pricing sheet for the agency plan?</p></li>' +
  '</ul></div>';

const FORM =
  '<form class="msg-form" novalidate>' +
  '<div class="msg-form__msg-content-container"><div class="msg-form__contenteditable t-14 t-black--light t-normal flex-grow-1 notranslate" ' +
  `contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…">${EMPTY}</div></div>` +
  '<footer class="msg-form__footer"><button type="submit" class="msg-form__send-button artdeco-button artdeco-button--1" disabled>Send</button></footer>' +
  '</form>';

export function mountMessageForm(parent: ParentNode): void {
  // Chrome starts new lines with <div> unless told otherwise; LinkedIn's lines are <p>.
  document.execCommand('defaultParagraphSeparator', false, 'p');
  mount(parent, CONVERSATION, HTMLDivElement);
  const form = mount(parent, FORM, HTMLFormElement);
  const box = query(form, '.msg-form__contenteditable', HTMLDivElement);
  const send = query(form, 'button.msg-form__send-button', HTMLButtonElement);
  const handle = editableHandle(box, { emptyHtml: EMPTY });
  box.addEventListener('input', () => setEnabled(send, handle.getText().trim() !== ''));
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (!send.disabled) form.requestSubmit(send);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    recordSent('linkedin:message', handle.getText());
    handle.clear();
    setEnabled(send, false);
  });
  register('.msg-form .msg-form__contenteditable', handle);
}

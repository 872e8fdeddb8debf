/**
 * Gmail's compose box as its DOM looks (composers.md §1, G1/G2): the popup `div.M9` in a
 * `[role=dialog]`/`div.AD`, or inline in the thread (`.AO`). The body is a Closure
 * contenteditable whose DOM is the mail, so its signature and quoted thread sit inside it.
 */
import { editableHandle } from '../editors/native.ts';
import { mount, onActivate, onSendShortcut, query } from '../dom.ts';
import { readEditableText } from '../dom-text.ts';
import { recordSent, register, type EditorHandle } from '../fixture.ts';

/** Not the user's writing: Parley must leave these alone, and getText() leaves them out. */
const NOT_AUTHORED = '.gmail_quote, [data-smartmail="gmail_signature"], .gmail_signature_prefix';

const SIGNATURE =
  '<span class="gmail_signature_prefix">-- </span><br>' +
  '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">' +
  '<div dir="ltr">Ada Park<br>Growth lead, Acme Analytics<br>We are the #1 analytics platform. Book a demo today!</div></div>';

const quoteOf = (html: string): string =>
  '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 3 Mar 2026 at 10:12, Maya Chen &lt;maya@example.com&gt; wrote:<br></div>' +
  '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' +
  `<div dir="ltr">${html}</div></blockquote></div>`;
const QUOTE = quoteOf('Thanks for the webinar! We are the best team in town, so send us the slides ASAP!!!');

export interface ComposeOptions {
  readonly id: string;
  readonly recipients: ReadonlyArray<{ readonly name: string; readonly email: string }>;
  readonly subject: string;
  readonly withQuote: boolean;
  /** The quoted mail's text, when not the default one (a reply to a question: coach-replies). */
  readonly quoteHtml?: string;
  /** Inline replies keep the subject in a hidden input[name=subject]. */
  readonly inline: boolean;
  /** The body as Undo Send brings it back (default: empty lines above the signature). */
  readonly bodyHtml?: string;
}

function recipientChips(options: ComposeOptions): string {
  const chips = options.recipients
    .map(({ name, email }) => `<div class="afV" role="option" data-hovercard-id="${email}" data-name="${name}"><span class="akl">${name}</span></div>`)
    .join('');
  return `<div class="aoD hl"><div class="GS"><div class="anm" name="to"><span class="aA6">To</span>${chips}` +
    '<input class="agP aFw" role="combobox" aria-label="To recipients" aria-autocomplete="list"></div></div></div>';
}

function subjectField(options: ComposeOptions): string {
  return options.inline
    ? `<input type="hidden" name="subject" value="${options.subject}">`
    : `<div class="aoD az6"><input name="subjectbox" class="aoT" placeholder="Subject" aria-label="Subject" value="${options.subject}"></div>`;
}

function composeMarkup(options: ComposeOptions): string {
  const body =
    `<div class="Ap"><div class="Ar Au"><div id=":r${options.id}" class="Am aiL Al editable LW-avf tS-tW" hidefocus="true" ` +
    'aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1">' +
    `${options.bodyHtml ?? `<div><br></div><div><br></div>${SIGNATURE}${options.withQuote ? (options.quoteHtml ? quoteOf(options.quoteHtml) : QUOTE) : ''}`}</div></div></div>`;
  const toolbar =
    '<div class="IZ"><div class="btC"><div class="gU Up"><div class="J-J5-Ji btA">' +
    '<div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3" tabindex="1" data-tooltip="Send (Ctrl-Enter)">Send</div>' +
    '<div role="button" class="T-I J-J5-Ji hG T-I-atl L3" tabindex="1" aria-haspopup="true" aria-label="More send options">&#9662;</div>' +
    '</div></div><div class="gU az5"><div role="button" class="og T-I-J3" tabindex="1" aria-label="Discard draft">Discard</div></div></div></div>';
  const m9 = `<div class="M9" data-fixture-compose="${options.id}">${recipientChips(options)}${subjectField(options)}${body}${toolbar}</div>`;
  if (options.inline) return `<div class="ip iq">${m9}</div>`;
  return `<div class="nH Hd" role="dialog" aria-label="New Message"><div class="AD"><div class="aDh">` +
    `<h2 class="aYF">${options.subject || 'New Message'}</h2></div>${m9}</div></div>`;
}

/**
 * Gmail's "Message sent · Undo" toast: Undo opens the compose again, already holding the mail,
 * as Gmail does while the send is held back.
 */
function offerUndo(reopen: () => void): void {
  document.getElementById('fixture-undo-toast')?.remove();
  const toast = mount(
    document.body,
    '<div id="fixture-undo-toast" class="bAq" role="alert"><span class="aT">Message sent</span> ' +
      '<span id="link_undo" class="ag a8k" role="link" tabindex="0">Undo</span></div>',
    HTMLDivElement,
  );
  onActivate(query(toast, '#link_undo', HTMLSpanElement), () => {
    toast.remove();
    reopen();
  });
}

/**
 * Mounts a compose box; Send (or Ctrl+Enter) records the mail and removes the box, as Gmail
 * does, and offers Undo.
 */
export function openGmailCompose(parent: HTMLElement, options: ComposeOptions): EditorHandle {
  const container = mount(parent, composeMarkup(options), HTMLDivElement);
  const body = query(container, '[g_editable="true"]', HTMLDivElement);
  const handle = editableHandle(body, { skip: NOT_AUTHORED });
  // The blank lines above the signature are Gmail's, not the user's.
  const authored = (): string => readEditableText(body, { skip: NOT_AUTHORED }).replace(/\n+$/, '');
  const compose: EditorHandle = { ...handle, getText: authored };

  const send = (): void => {
    if (!container.isConnected) return;
    recordSent(`gmail:${options.id}`, authored());
    const bodyHtml = body.innerHTML;
    container.remove();
    offerUndo(() => openGmailCompose(parent, { ...options, id: `${options.id}-undone`, bodyHtml }));
  };
  onActivate(query(container, '.IZ .Up div > div[role="button"]:not([aria-haspopup="true"])', HTMLDivElement), send);
  onActivate(query(container, '.az5 [role="button"]', HTMLDivElement), () => container.remove());
  onSendShortcut(body, send);
  return register(`[data-fixture-compose="${options.id}"] [g_editable="true"]`, compose);
}

/**
 * Outlook on the web (composers.md §1, O1–O4): class names are rotating hashes, so only
 * roles, names and aria attributes are meant to be relied on. The compose on load is a
 * reply: OWA puts the quoted mail after `#appendonsend`, as siblings, not inside one wrapper.
 * The body is edited by roosterjs, OWA's own editor, with its model and undo stack.
 */
import '../../styles/outlook.css';
import { byId, mount, onSendShortcut, query } from '../dom.ts';
import { mountRooster } from '../editors/rooster.ts';
import { exposeFixture, markReady, recordSent, register } from '../fixture.ts';

const NOT_AUTHORED = '#Signature, #appendonsend, #appendonsend ~ *';

const quoteOf = (html: string): string =>
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">' +
  '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Maya Chen &lt;maya@example.com&gt;<br><b>Subject:</b> Q3 webinar</div>' +
  `<div>${html}</div>`;
const REPLY_QUOTE = quoteOf('Thanks for the webinar! We are the best team in town, send the slides ASAP!!!');
/** A reply to a mail that asks something (coach-replies.e2e.test.ts). */
const QUESTION_QUOTE = quoteOf('Thanks for the webinar! Could you send me the slides before Friday?');

const SIGNATURE = '<div id="Signature"><div>Ada Park</div><div>Growth lead, Acme Analytics. Book a demo today!</div></div>';

let composeCount = 0;

function openCompose(reply: boolean, quote = REPLY_QUOTE): void {
  composeCount += 1;
  const id = String(composeCount);
  const pane = byId('reading-pane', HTMLDivElement);
  const compose = mount(
    pane,
    `<div class="yz4r1" data-fixture-compose="${id}">` +
      '<div role="toolbar" aria-label="Command toolbar" class="Ts1Mw">' +
      '<button type="button" name="Send" aria-label="Send" title="Send (Ctrl+Enter)" class="ms-Button ms-Button--primary">' +
      '<i data-icon-name="Send" aria-hidden="true"></i><span class="ms-Button-label">Send</span></button>' +
      '<button type="button" name="Discard" aria-label="Discard" class="ms-Button"><i data-icon-name="Delete" aria-hidden="true"></i>Discard</button></div>' +
      `<div aria-label="To" class="Lbs4W"><span class="fui-To">To</span>${reply ? '<span role="listitem" class="lpc-hoverTarget">Maya Chen</span>' : ''}</div>` +
      `<input type="text" aria-label="Add a subject" placeholder="Add a subject" maxlength="255" class="fui-Input" value="${reply ? 'RE: Q3 webinar' : ''}">` +
      '<div role="textbox" aria-label="Message body" aria-multiline="true" class="dFCbN k1Ttj DziEn" style="user-select:text"></div></div>',
    HTMLDivElement,
  );
  const body = query(compose, '[role="textbox"][aria-label="Message body"]', HTMLDivElement);
  const base = mountRooster(body, { skip: NOT_AUTHORED, initialHtml: `<div class="elementToProof"><br></div>${SIGNATURE}${reply ? quote : ''}` });
  const handle = { ...base, getText: () => base.getText().replace(/\n+$/, '') };
  const send = (): void => {
    if (!compose.isConnected) return;
    recordSent(`outlook:${id}`, handle.getText());
    compose.remove();
  };
  query(compose, 'button[name="Send"]', HTMLButtonElement).addEventListener('click', send);
  query(compose, 'button[name="Discard"]', HTMLButtonElement).addEventListener('click', () => compose.remove());
  onSendShortcut(body, send);
  register(`[data-fixture-compose="${id}"] [role="textbox"]`, handle);
}

openCompose(true);
byId('new-mail', HTMLButtonElement).addEventListener('click', () => openCompose(false));
exposeFixture('outlook', { openCompose: () => openCompose(false), openQuestionReply: () => openCompose(true, QUESTION_QUOTE) });
markReady();

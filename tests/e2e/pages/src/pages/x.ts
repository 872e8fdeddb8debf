/**
 * X home timeline composer (composers.md §1, X1/X2): Draft.js with data-testid
 * "tweetTextarea_0" on its contenteditable; Post (tweetButtonInline, or Ctrl+Enter) sends
 * and clears the editor.
 */
import '../../styles/x.css';
import { byId, query, setEnabled } from '../dom.ts';
import { mountDraft } from '../editors/draft.ts';
import { exposeFixture, markReady, recordSent, register } from '../fixture.ts';

const postButton = query(document, '[data-testid="tweetButtonInline"]', HTMLButtonElement);
let posts = 0;

const composer = await mountDraft(byId('draft-mount', HTMLDivElement), {
  ariaLabel: 'Post text',
  placeholder: 'What is happening?!',
  testId: 'tweetTextarea_0',
  onSubmitShortcut: () => post(),
  onChange: (text) => setEnabled(postButton, text.trim() !== ''),
});

function post(): void {
  if (composer.getText().trim() === '') return;
  posts += 1;
  recordSent(`x:post:${posts}`, composer.getText());
  composer.clear();
}

/** X's reply dialog: the post being answered above a second Draft.js composer (coach-replies.e2e.test.ts). */
async function openReply(): Promise<void> {
  if (document.querySelector('#reply-dialog')) return;
  const dialog = document.createElement('div');
  dialog.id = 'reply-dialog';
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML =
    '<article data-testid="tweet"><div data-testid="User-Name">Maya Chen @mayachen</div>' +
    '<div data-testid="tweetText">Which onboarding email gets your best replies, and why?</div></article>' +
    '<div id="reply-mount"></div><button type="button" data-testid="tweetButton">Reply</button>';
  document.body.append(dialog);
  const reply = await mountDraft(byId('reply-mount', HTMLDivElement), { ariaLabel: 'Post text', placeholder: 'Post your reply', testId: 'tweetTextarea_0' });
  register('#reply-dialog [data-testid="tweetTextarea_0"]', reply);
}

postButton.addEventListener('click', post);
register('[data-testid="tweetTextarea_0"]', composer);
exposeFixture('x', { openReply: () => void openReply() });
markReady();

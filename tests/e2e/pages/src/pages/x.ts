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

postButton.addEventListener('click', post);
register('[data-testid="tweetTextarea_0"]', composer);
exposeFixture('x');
markReady();

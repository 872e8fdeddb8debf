/**
 * Facebook (composers.md §1, F1): Lexical editors. The "Create post" dialog opens on load;
 * its Post button (div[role=button][aria-label=Post]) posts and closes it. The comment box
 * outside any dialog submits on Enter.
 */
import '../../styles/facebook.css';
import { byId, mount, onActivate, query, setEnabled } from '../dom.ts';
import { mountLexical } from '../editors/lexical.ts';
import { exposeFixture, markReady, recordSent, register } from '../fixture.ts';

const DIALOG =
  '<div role="dialog" aria-label="Create post" class="x1n2onr6 x1ja2u2z"><div class="x78zum5"><h2>Create post</h2>' +
  '<div role="button" tabindex="0" aria-label="Close" class="x1i10hfl">&times;</div></div>' +
  '<div class="xzsf02u x1a2a7pz notranslate" contenteditable="true" role="textbox" spellcheck="true" tabindex="0" ' +
  `aria-label="What's on your mind, Ada?" aria-placeholder="What's on your mind, Ada?"></div>` +
  '<div role="button" tabindex="0" aria-label="Post" aria-disabled="true" class="x1i10hfl xjbqb8w">Post</div></div>';

let posts = 0;

function openComposer(): void {
  const layer = byId('dialog-layer', HTMLDivElement);
  if (layer.querySelector('[role="dialog"]')) return;
  posts += 1;
  const dialog = mount(layer, DIALOG, HTMLDivElement);
  const postButton = query(dialog, 'div[role="button"][aria-label="Post"]', HTMLDivElement);
  const editor = mountLexical(query(dialog, 'div[role="textbox"]', HTMLDivElement), {
    onChange: (text) => setEnabled(postButton, text.trim() !== ''),
  });
  onActivate(postButton, () => {
    recordSent(`facebook:post:${posts}`, editor.getText());
    dialog.remove();
  });
  onActivate(query(dialog, 'div[role="button"][aria-label="Close"]', HTMLDivElement), () => dialog.remove());
  register('[role="dialog"] [data-lexical-editor="true"]', editor);
}

function mountCommentBox(): void {
  const comment = mountLexical(byId('comment-box', HTMLDivElement), {
    onSubmit: () => {
      if (comment.getText().trim() === '') return;
      recordSent('facebook:comment', comment.getText());
      comment.clear();
    },
  });
  register('#comment-box', comment);
}

openComposer();
mountCommentBox();
onActivate(byId('open-composer', HTMLDivElement), openComposer);
exposeFixture('facebook', { openComposer });
markReady();

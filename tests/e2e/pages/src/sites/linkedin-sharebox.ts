/**
 * LinkedIn's "Create a post" modal (composers.md §1, L1/L2): a Quill editor whose root
 * carries data-test-ql-editor-contenteditable; Post stays disabled until there is text,
 * and closes the modal.
 */
import { mount, query, setEnabled } from '../dom.ts';
import { mountQuill } from '../editors/quill.ts';
import { recordSent, register } from '../fixture.ts';

const MODAL =
  '<div class="artdeco-modal-overlay artdeco-modal-overlay--layer-default">' +
  '<div role="dialog" class="artdeco-modal share-box-v2__modal" data-test-modal-id="sharebox" aria-labelledby="share-to-linkedin-modal__header">' +
  '<div class="artdeco-modal__header"><h2 id="share-to-linkedin-modal__header">Create a post</h2>' +
  '<button type="button" class="artdeco-modal__dismiss" aria-label="Dismiss">&times;</button></div>' +
  '<div class="share-creation-state__text-editor"><div class="editor-container"><div class="editor-content"></div></div></div>' +
  '<div class="share-box_actions"><button type="button" class="share-actions__primary-action artdeco-button artdeco-button--2 artdeco-button--primary" disabled>Post</button></div>' +
  '</div></div>';

let shareCount = 0;

/** Opens the share modal in `layer` (the page, or the #interop-outlet shadow root). */
export function openShareBox(layer: ParentNode): void {
  if (layer.querySelector('[data-test-modal-id="sharebox"]')) return;
  shareCount += 1;
  const overlay = mount(layer, MODAL, HTMLDivElement);
  const post = query(overlay, 'button.share-actions__primary-action', HTMLButtonElement);
  const quill = mountQuill(query(overlay, '.editor-content', HTMLDivElement), {
    placeholder: 'What do you want to talk about?',
    rootAttributes: {
      'data-test-ql-editor-contenteditable': 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': 'Text editor for creating content',
    },
    onChange: (text) => setEnabled(post, text.trim() !== ''),
  });
  post.addEventListener('click', () => {
    recordSent(`linkedin:post:${shareCount}`, quill.getText());
    overlay.remove();
  });
  query(overlay, 'button.artdeco-modal__dismiss', HTMLButtonElement).addEventListener('click', () => overlay.remove());
  register('[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"]', quill);
}

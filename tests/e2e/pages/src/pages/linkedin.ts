/**
 * LinkedIn feed (/feed/) or messaging (/messaging/). With `?composer=shadow` the share box and
 * the message form live in the open shadow root of #interop-outlet, as on linkedin.com
 * since 2026; otherwise in the page, as composers.md describes.
 */
import linkedinCss from '../../styles/linkedin.css?inline';
import quillCss from 'quill/dist/quill.core.css?inline';
import { byId, query, setEnabled } from '../dom.ts';
import { mountProseMirror } from '../editors/prosemirror.ts';
import { exposeFixture, markReady, recordSent, register } from '../fixture.ts';
import { mountMessageForm } from '../sites/linkedin-messaging.ts';
import { openShareBox } from '../sites/linkedin-sharebox.ts';

function addStyles(root: Document | ShadowRoot): void {
  const style = document.createElement('style');
  style.textContent = `${quillCss}\n${linkedinCss}`;
  (root instanceof Document ? root.head : root).append(style);
}

function composerLayer(): { modals: ParentNode; messaging: ParentNode } {
  if (new URLSearchParams(location.search).get('composer') !== 'shadow') {
    return { modals: document.body, messaging: byId('msg-overlay', HTMLElement) };
  }
  const shadow = byId('interop-outlet', HTMLDivElement).attachShadow({ mode: 'open' });
  addStyles(shadow);
  // The messaging overlay moves into the shadow root with the share box.
  const overlay = byId('msg-overlay', HTMLElement);
  shadow.append(overlay);
  return { modals: shadow, messaging: overlay };
}

/** Comments moved from Quill to tiptap (ProseMirror) in 2026. */
function mountCommentBox(): void {
  const submit = query(document, '.comments-comment-box__submit-button', HTMLButtonElement);
  const comment = mountProseMirror(byId('comment-editor', HTMLDivElement), {
    attributes: { class: 'tiptap', role: 'textbox', 'aria-label': 'Add a comment…' },
    onChange: (text) => setEnabled(submit, text.trim() !== ''),
  });
  submit.addEventListener('click', () => {
    recordSent('linkedin:comment', comment.getText());
    comment.clear();
  });
  register('.comments-comment-box .ProseMirror', comment);
}

addStyles(document);
const layer = composerLayer();
const openPost = (): void => openShareBox(layer.modals);
// The first composer mounted is the page's main one: the share box on the feed, the form in /messaging/.
if (!location.pathname.startsWith('/messaging')) openPost();
mountMessageForm(layer.messaging);
mountCommentBox();
byId('start-post', HTMLButtonElement).addEventListener('click', openPost);
exposeFixture('linkedin', { openShareBox: openPost });
markReady();

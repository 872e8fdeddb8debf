/**
 * Same-origin iframes whose body is the editor (composers.md §2 "Iframes"): a TinyMCE-like
 * srcdoc frame (about:srcdoc, needs match_about_blank) and a CKEditor-4-like frame that loads
 * a page of the same origin (needs all_frames). getTextOf() takes the iframe's selector.
 * TinyMCE's editing body carries spellcheck="false" (it runs its own checker): no opt-out.
 */
import '../../styles/base.css';
import { byId } from '../dom.ts';
import { editableHandle } from '../editors/native.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

const TINYMCE_DOC =
  '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:8px;font:15px/1.5 system-ui,sans-serif}p{margin:0}</style></head>' +
  '<body id="tinymce" class="mce-content-body" data-id="post" contenteditable="true" spellcheck="false"><p><br></p></body></html>';

/** The frame's body once its document has loaded. */
function frameBody(frame: HTMLIFrameElement): Promise<HTMLElement> {
  const ready = (): HTMLElement | null => {
    const doc = frame.contentDocument;
    return doc && doc.readyState === 'complete' && doc.URL !== 'about:blank' ? doc.body : null;
  };
  return new Promise((resolve) => {
    const body = ready();
    if (body) return resolve(body);
    frame.addEventListener('load', function onLoad() {
      const loaded = ready();
      if (!loaded) return;
      frame.removeEventListener('load', onLoad);
      resolve(loaded);
    });
  });
}

const tinymce = byId('tinymce_ifr', HTMLIFrameElement);
tinymce.srcdoc = TINYMCE_DOC;
const cke = byId('cke_frame', HTMLIFrameElement);
const [tinymceBody, ckeBody] = await Promise.all([frameBody(tinymce), frameBody(cke)]);
register('#tinymce_ifr', editableHandle(tinymceBody, { anchor: tinymce, emptyHtml: '<p><br></p>' }));
register('#cke_frame', editableHandle(ckeBody, { anchor: cke, emptyHtml: '<p><br></p>' }));
exposeFixture();
markReady();

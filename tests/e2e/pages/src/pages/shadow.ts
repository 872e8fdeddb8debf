/**
 * A contenteditable inside a custom element's open shadow root (composers.md §2 "Shadow
 * DOM"): document.activeElement stops at the host and page CSS does not reach inside.
 */
import '../../styles/base.css';
import { editableHandle } from '../editors/native.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';
import { query } from '../dom.ts';

class ShadowComposer extends HTMLElement {
  readonly editor: HTMLDivElement;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<style>.editor{min-height:104px;padding:10px 12px;border:1px solid #d0d7de;border-radius:8px;background:#fff;outline:0}' +
      '.editor:focus{border-color:#0969da}</style>' +
      '<div class="editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Shadow composer"></div>';
    this.editor = query(shadow, '.editor', HTMLDivElement);
  }
}

customElements.define('parley-shadow-composer', ShadowComposer);
const host = query(document, '#shadow-host', ShadowComposer);
register('#shadow-host', editableHandle(host.editor, { anchor: host }));
exposeFixture();
markReady();

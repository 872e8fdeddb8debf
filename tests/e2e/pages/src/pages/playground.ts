/** The playground `npm start` opens: one composer of each kind, in a fixed order. */
import '../../styles/base.css';
import '../../styles/playground.css';
import { byId } from '../dom.ts';
import { mountCkeditor } from '../editors/ckeditor.ts';
import { mountDraft } from '../editors/draft.ts';
import { mountLexical } from '../editors/lexical.ts';
import { editableHandle, fieldHandle } from '../editors/native.ts';
import { mountProseMirror } from '../editors/prosemirror.ts';
import { mountQuill } from '../editors/quill.ts';
import { mountRooster } from '../editors/rooster.ts';
import { mountSlate } from '../editors/slate.ts';
import { mountTinymce } from '../editors/tinymce.ts';
import { mountTiptap } from '../editors/tiptap.ts';
import { mountTrix } from '../editors/trix.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

const labelled = (id: string): Record<string, string> => ({
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-labelledby': `label-${id}`,
});

register('#textarea', fieldHandle(byId('textarea', HTMLTextAreaElement)));
register('#contenteditable', editableHandle(byId('contenteditable', HTMLDivElement)));
register(
  '#quill .ql-editor',
  mountQuill(byId('quill', HTMLDivElement), { placeholder: 'Write a LinkedIn-style post…', rootAttributes: labelled('quill') }),
);
register('#lexical', mountLexical(byId('lexical', HTMLDivElement)));
register(
  '#draftjs .public-DraftEditor-content',
  await mountDraft(byId('draftjs', HTMLDivElement), { ariaLabel: 'Draft.js composer', placeholder: 'What is happening?!' }),
);
register('#prosemirror .ProseMirror', mountProseMirror(byId('prosemirror', HTMLDivElement), { attributes: labelled('prosemirror') }));
register('#slate [data-slate-editor]', await mountSlate(byId('slate', HTMLDivElement), labelled('slate')));
register('#tiptap .tiptap', mountTiptap(byId('tiptap', HTMLDivElement), labelled('tiptap')));
register('#roosterjs', mountRooster(byId('roosterjs', HTMLDivElement)));
register('#ckeditor', await mountCkeditor(byId('ckeditor', HTMLDivElement), labelled('ckeditor')));
register('#trix', await mountTrix(byId('trix', HTMLElement)));
register('#tinymce_ifr', await mountTinymce(byId('tinymce', HTMLTextAreaElement), { ariaLabel: 'TinyMCE composer' }));
exposeFixture();
markReady();

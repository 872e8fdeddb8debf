import '../../styles/base.css';
import { byId } from '../dom.ts';
import { mountProseMirror } from '../editors/prosemirror.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

const editor = mountProseMirror(byId('composer', HTMLDivElement), {
  attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'composer-label' },
});
register('#composer .ProseMirror', editor);
exposeFixture();
markReady();

import '../../styles/base.css';
import { byId } from '../dom.ts';
import { mountQuill } from '../editors/quill.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

const quill = mountQuill(byId('composer', HTMLDivElement), {
  rootAttributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': 'composer-label' },
});
register('#composer .ql-editor', quill);
exposeFixture();
markReady();

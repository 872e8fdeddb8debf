import '../../styles/base.css';
import { byId } from '../dom.ts';
import { mountDraft } from '../editors/draft.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

const draft = await mountDraft(byId('composer', HTMLDivElement), { ariaLabel: 'Post' });
register('#composer .public-DraftEditor-content', draft);
exposeFixture();
markReady();

import '../../styles/base.css';
import { byId } from '../dom.ts';
import { mountLexical } from '../editors/lexical.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

register('#composer', mountLexical(byId('composer', HTMLDivElement)));
exposeFixture();
markReady();

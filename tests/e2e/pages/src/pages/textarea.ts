import '../../styles/base.css';
import { byId } from '../dom.ts';
import { fieldHandle } from '../editors/native.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

register('#composer', fieldHandle(byId('composer', HTMLTextAreaElement)));
exposeFixture();
markReady();

import '../../styles/base.css';
import { byId } from '../dom.ts';
import { editableHandle } from '../editors/native.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

register('#composer', editableHandle(byId('composer', HTMLDivElement)));
exposeFixture();
markReady();

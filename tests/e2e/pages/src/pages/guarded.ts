/** Editors that own their model and do not take every change: one refuses, one rewrites. */
import '../../styles/base.css';
import { byId } from '../dom.ts';
import { mountModelEditor } from '../editors/model-editor.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

register('#refuser', mountModelEditor(byId('refuser', HTMLDivElement), { refuseUntrusted: true }));
register('#rewriter', mountModelEditor(byId('rewriter', HTMLDivElement), { naiveDelete: true }));
exposeFixture();
markReady();

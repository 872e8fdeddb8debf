/**
 * Fields Parley must skip (composers.md §1 "Generic"), next to one textarea it must check
 * (#control, the main composer), so a test can tell "skipped" from "not running".
 */
import '../../styles/base.css';
import { byId } from '../dom.ts';
import { editableHandle, fieldHandle } from '../editors/native.ts';
import { exposeFixture, markReady, register } from '../fixture.ts';

register('#control', fieldHandle(byId('control', HTMLTextAreaElement)));
for (const id of ['password', 'search', 'combobox']) register(`#${id}`, fieldHandle(byId(id, HTMLInputElement)));
for (const id of ['gramm-off', 'code', 'readonly', 'disabled']) register(`#${id}`, fieldHandle(byId(id, HTMLTextAreaElement)));
register('#grammarly-off', editableHandle(byId('grammarly-off', HTMLDivElement)));
exposeFixture();
markReady();

/**
 * The popup in a canned state, for visual and accessibility checks without a page, a composer
 * or a permission prompt: `popup-mock.html?mock=<scenario>` (the keys of SCENARIOS). A test
 * page, not part of the extension: the built dist/ carries no mock.
 */
import { render } from 'preact';
import { Popup } from '../../../../../src/popup/Popup.tsx';
import { mockConnector } from './connector-mock.ts';

const scenario = new URLSearchParams(location.search).get('mock') ?? 'unsupported';
render(<Popup connector={mockConnector(scenario)} />, document.getElementById('app')!);

import { render } from 'preact';
import { browserConnector } from './connector.ts';
import { Popup } from './Popup.tsx';

render(<Popup connector={browserConnector} />, document.getElementById('app')!);

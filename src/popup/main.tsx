import { render } from 'preact';
import { browserConnector, type Connector } from './connector.ts';
import { Popup } from './Popup.tsx';

/** `?mock=<scenario>` shows a canned state (visual checks); the mock's code loads only then. */
async function connector(): Promise<Connector> {
  const scenario = new URLSearchParams(location.search).get('mock');
  if (scenario === null) return browserConnector;
  const { mockConnector } = await import('./connector-mock.ts');
  return mockConnector(scenario);
}

void connector().then((c) => render(<Popup connector={c} />, document.getElementById('app')!));

/** The toolbar popup: how is this draft doing, and what should I change first? */
// The shared tokens and the frame first, so components' own stylesheets come after them.
import '../ui/tokens.css';
import './popup.css';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { Connector } from './connector.ts';
import { EmptyState } from './EmptyState.tsx';
import { FIRST_SCREEN_MARK } from './first-screen-mark.ts';
import { ReportView } from './ReportView.tsx';
import type { Screen } from './screen.ts';
import { StatusView } from './StatusView.tsx';
import { type PopupActions, usePopup } from './usePopup.ts';

function Body({ screen, actions }: { screen: Screen; actions: PopupActions }) {
  if (screen.kind === 'report') return <ReportView draft={screen.draft} actions={actions} />;
  if (screen.kind === 'status') return <StatusView status={screen.status} message={screen.message} draft={screen.draft} actions={actions} />;
  return <EmptyState screen={screen} actions={actions} />;
}

/** Screens where the writer is being coached here, so pausing makes sense. */
const COACHING: ReadonlySet<Screen['kind']> = new Set(['report', 'status', 'waiting', 'no-composer']);

export function Popup({ connector }: { connector: Connector }) {
  const { screen, notice, moved, actions } = usePopup(connector);
  const loaded = screen !== null;
  useLayoutEffect(() => {
    if (loaded) requestAnimationFrame(() => performance.mark(FIRST_SCREEN_MARK));
  }, [loaded]);
  useEffect(() => {
    if (moved > 0) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [moved]);
  const host = screen && 'host' in screen ? screen.host : null;
  return (
    <div class="popup">
      <header class="top">
        <img class="logo" src="/icons/icon-32.png" alt="" width={20} height={20} />
        <span class="brand">Parley</span>
        {host && <span class="top-host">{host}</span>}
        <button type="button" class="button quiet top-settings" onClick={actions.openOptions}>
          Settings
        </button>
      </header>
      <main class="body" aria-busy={screen === null}>
        {notice && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {screen ? <Body screen={screen} actions={actions} /> : <p class="loading">Reading this page…</p>}
      </main>
      <footer class="bottom">
        {screen && host && COACHING.has(screen.kind) && (
          <button type="button" class="button quiet" onClick={() => actions.setPaused(host, true)}>
            Pause on this site<span class="sr-only"> ({host})</span>
          </button>
        )}
        <span class="private">Checked on this device only</span>
      </footer>
    </div>
  );
}

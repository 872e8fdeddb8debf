/** The page's top bar: name, the main on/off switch, whether changes are saved, and undo. */
import { Switch } from '../ui/Switch.tsx';
import { Managed } from './Managed.tsx';
import { setEnabled } from './edit.ts';
import type { SaveState, SectionProps, Undo } from './useSettings.ts';

const UNDO_ID = 'undo-last';

/** After an action that removes the button the user pressed, put focus on its undo. */
export function focusUndo(): void {
  requestAnimationFrame(() => document.getElementById(UNDO_ID)?.focus());
}

function SaveStatus({ state }: { state: SaveState }) {
  const text = state.kind === 'saved' ? 'All changes saved' : state.kind === 'pending' ? 'Saving…' : state.kind === 'loading' ? 'Loading…' : state.message;
  return (
    <p class={`save-status save-${state.kind}`} role="status" data-testid="save-status">
      {state.kind === 'saved' && <span aria-hidden="true">✓ </span>}
      {text}
    </p>
  );
}

export function Header({ settings, update, locked, saveState, undo }: SectionProps & { saveState: SaveState; undo: Undo | null }) {
  return (
    <header class="topbar">
      <h1 class="brand">
        <img src="/icons/icon-32.png" width={28} height={28} alt="" />
        <span class="brand-name">Parley</span>
        <span class="brand-page">Settings</span>
      </h1>
      <div class="topbar-end">
        {undo && (
          <button type="button" class="button quiet" id={UNDO_ID} onClick={undo.run}>
            {undo.label}
          </button>
        )}
        <SaveStatus state={saveState} />
        <Managed locked={locked.has('enabled')}>
          <Switch label="Coaching on" checked={settings.enabled} onChange={(on) => update((s) => setEnabled(s, on))} />
        </Managed>
      </div>
    </header>
  );
}

/**
 * The options page's hold on the settings: loads them (with what repair had to reset), shows
 * each edit at once (so the live preview follows), writes it to storage.sync shortly after
 * (several quick edits become one write: sync allows 120 writes a minute) and follows changes
 * made elsewhere (the popup, another options tab, another device).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { RULES } from '../core/rules/index.ts';
import type { Settings } from '../settings/schema.ts';
import { keepLocked } from '../settings/managed.ts';
import { type Loaded, settingsStore } from '../settings/store.ts';
import { toStored } from '../settings/sync.ts';

// The page shows every rule, so it checks the analysis overrides against them as it loads.
const { loadSettings, saveSettings, watchSettings } = settingsStore(RULES);

export type SaveState = { kind: 'loading' } | { kind: 'saved' } | { kind: 'pending' } | { kind: 'error'; message: string };

export interface Undo {
  label: string;
  run: () => void;
}

export interface SettingsController {
  settings: Settings | null;
  /** Paths the organisation's pack sets (settings/managed.ts): locked here. */
  locked: ReadonlySet<string>;
  /** What was wrong in the organisation's pack. */
  managedProblems: string[];
  /** What was reset when the stored settings were read (shown until dismissed). */
  repairs: string[];
  saveState: SaveState;
  update: (change: (s: Settings) => Settings, undoLabel?: string) => void;
  undo: Undo | null;
  dismissRepairs: () => void;
}

const SAVE_DELAY_MS = 250;
const same = (a: Settings, b: Settings): boolean => JSON.stringify(toStored(a)) === JSON.stringify(toStored(b));

export function useSettings(): SettingsController {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repairs, setRepairs] = useState<string[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'loading' });
  const [undo, setUndo] = useState<Undo | null>(null);
  const [managed, setManaged] = useState<{ locked: ReadonlySet<string>; problems: string[]; values: Settings | null }>({ locked: new Set(), problems: [], values: null });
  const latest = useRef<Settings | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const current = latest.current;
    if (!current) return;
    const result = await saveSettings(current);
    setSaveState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error });
  }, []);

  useEffect(() => {
    let live = true;
    const follow = (loaded: Loaded): void => setManaged({ locked: new Set(loaded.locked), problems: loaded.managedProblems, values: loaded.settings });
    void loadSettings().then((loaded) => {
      if (!live) return;
      latest.current = loaded.settings;
      setSettings(loaded.settings);
      setRepairs(loaded.errors);
      follow(loaded);
      setSaveState({ kind: 'saved' });
    });
    const stop = watchSettings((incoming, loaded) => {
      follow(loaded);
      // Our own writes come back here too; a pending edit of ours is newer than any echo.
      if (timer.current !== undefined || (latest.current && same(latest.current, incoming))) return;
      latest.current = incoming;
      setSettings(incoming);
    });
    const onHide = (): void => {
      if (document.visibilityState === 'hidden' && timer.current !== undefined) void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      live = false;
      stop();
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  const update = useCallback(
    (change: (s: Settings) => Settings, undoLabel?: string): void => {
      const before = latest.current;
      if (!before) return;
      // What the organisation set stays as it set it, whatever the edit (an import, a reset).
      const next = managed.values ? keepLocked(change(before), managed.values, [...managed.locked]) : change(before);
      latest.current = next;
      setSettings(next);
      setSaveState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
      setUndo(undoLabel ? { label: undoLabel, run: () => (setUndo(null), update(() => before)) } : null);
    },
    [flush, managed],
  );

  const dismissRepairs = useCallback((): void => {
    setRepairs([]);
    // Write the repaired settings back so the same problems are not reported again.
    if (latest.current) void flush();
  }, [flush]);

  return { settings, locked: managed.locked, managedProblems: managed.problems, repairs, saveState, update, undo, dismissRepairs };
}

/** What every section of the page gets: the settings being edited, a way to change them, and what is locked. */
export interface SectionProps {
  settings: Settings;
  update: SettingsController['update'];
  locked: ReadonlySet<string>;
}

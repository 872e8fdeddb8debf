/**
 * The options page's view of the send log, through the service worker (the log lives in
 * storage.local, which only the worker writes). Re-read when the page comes back into view:
 * the user may have sent something in another tab.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/runtime.ts';
import type { HistoryListing } from '../../messaging/protocol.ts';

export type HistoryState = { kind: 'loading' } | { kind: 'ready'; history: HistoryListing } | { kind: 'error' };

export function useSendHistory(keepHistory: boolean): { state: HistoryState; reload: () => void; clear: () => Promise<void> } {
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });

  const reload = useCallback(() => {
    sendToBackground('sendHistory', {}).then(
      (history) => setState({ kind: 'ready', history }),
      () => setState({ kind: 'error' }),
    );
  }, []);

  const clear = useCallback(async () => {
    await sendToBackground('clearHistory', {});
    reload();
  }, [reload]);

  // Turning history off clears it in the worker; read again so the table empties at once.
  useEffect(reload, [reload, keepHistory]);

  useEffect(() => {
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  return { state, reload, clear };
}

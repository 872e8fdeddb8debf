/**
 * The noise memory's history in the options page: what was sent lately (dates, channels,
 * word counts; there is no text to show) and "Clear history". The "keep history" switch
 * itself is MemorySection's; when it is off this says what that means.
 */
import { useState } from 'preact/hooks';
import { HistoryTable } from './HistoryTable.tsx';
import { useSendHistory } from './useSendHistory.ts';
import { weekCounts } from './weekSummary.ts';
import './SendHistory.css';

export function SendHistory({ keepHistory }: { keepHistory: boolean }) {
  const { state, clear } = useSendHistory(keepHistory);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  const body = (() => {
    if (!keepHistory) return <p class="field-hint">History is off: Parley records no sends and has deleted what it kept, so it cannot warn about sending too often or sending the same thing again.</p>;
    if (state.kind === 'loading') return <p class="field-hint">Loading…</p>;
    if (state.kind === 'error') return <p class="field-hint">The history could not be read just now. Reload the page to try again.</p>;
    const { sends } = state.history;
    if (sends.length === 0) return <p class="field-hint">No sends remembered. Parley records one when you press Send or Post in a composer it coaches.</p>;
    const week = weekCounts(sends, Date.now());
    return (
      <>
        <p class="history-summary">
          {sends.length.toLocaleString()} send{sends.length === 1 ? '' : 's'} remembered (kept 90 days).
          {week.length > 0 && ` This week: ${week.map((w) => `${w.label} ${w.count}`).join(', ')}.`}
        </p>
        <HistoryTable sends={sends} />
        <div class="history-actions">
          {confirming ? (
            <>
              <span>Forget all {sends.length.toLocaleString()} sends?</span>
              <button type="button" class="button danger" onClick={() => void clear().then(() => { setConfirming(false); setStatus('History cleared.'); })}>
                Clear history
              </button>
              <button type="button" class="button quiet" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" class="button" onClick={() => { setConfirming(true); setStatus(''); }}>
              Clear history…
            </button>
          )}
        </div>
      </>
    );
  })();

  return (
    <div class="history" id="memory-history">
      <h3>What you sent lately</h3>
      <p class="field-hint">Only the time, channel, site and word count of each send, plus a fingerprint that cannot be turned back into words. Nothing leaves this device.</p>
      {body}
      <p class="sr-only" role="status">{status}</p>
    </div>
  );
}

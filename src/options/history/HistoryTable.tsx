/** The remembered sends, newest first: when, where, how long. There is no text to show. */
import { useState } from 'preact/hooks';
import { CHANNEL_LABELS } from '../../core/channels.ts';
import type { HistoryListing } from '../../messaging/protocol.ts';

const PAGE = 25;
const WHEN: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };

export function HistoryTable({ sends }: { sends: HistoryListing['sends'] }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <div class="history-table-wrap">
      <table class="history-table">
        <caption class="sr-only">Sends Parley remembers, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Channel</th>
            <th scope="col">Site</th>
            <th scope="col" class="num">Words</th>
          </tr>
        </thead>
        <tbody>
          {sends.slice(0, shown).map((send) => (
            <tr key={`${send.at}-${send.channel}`}>
              <td>
                <time dateTime={new Date(send.at).toISOString()}>{new Date(send.at).toLocaleString(undefined, WHEN)}</time>
              </td>
              <td>{CHANNEL_LABELS[send.channel]}</td>
              <td class="history-site">{send.site}</td>
              <td class="num">{send.words.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sends.length > shown && (
        <button type="button" class="button quiet" onClick={() => setShown((n) => n + PAGE * 4)}>
          Show more ({(sends.length - shown).toLocaleString()} older)
        </button>
      )}
    </div>
  );
}

/** A draft Parley cannot score yet (too short, not English, only a link): say so, and why. */
import type { ReportStatus } from '../core/types.ts';
import type { DraftState } from '../messaging/protocol.ts';
import { ChannelPicker } from './ChannelPicker.tsx';
import type { PopupActions } from './usePopup.ts';

/** The core's status message says what is wrong; these add a title and what happens next. */
const TITLES: Record<Exclude<ReportStatus, 'ok'>, { title: string; more: string }> = {
  empty: { title: 'Start writing', more: 'The score, the noise check and the fixes appear as you type.' },
  'too-short': { title: 'Keep writing', more: 'The score, the noise check and the fixes appear as soon as there is enough to judge.' },
  'url-only': { title: 'Just a link so far', more: 'The score appears once there is a sentence to read.' },
  'not-english': { title: 'Parley coaches English', more: 'Writing in English? A few more words usually settle it.' },
};

interface StatusViewProps {
  status: Exclude<ReportStatus, 'ok'>;
  message: string;
  draft: DraftState;
  actions: PopupActions;
}

export function StatusView({ status, message, draft, actions }: StatusViewProps) {
  const { title, more } = TITLES[status];
  return (
    <>
      <section class="empty" aria-labelledby="empty-title" data-screen={status}>
        <h1 id="empty-title" class="empty-title" tabIndex={-1}>
          {title}
        </h1>
        <p class="empty-body">{message}</p>
        <p class="empty-more">{more}</p>
      </section>
      <ChannelPicker draft={draft} onChange={(channel) => actions.setChannel(draft.composerId, channel)} />
    </>
  );
}

/** Where the draft is going: detected from the site, and the writer may say otherwise. */
import { CHANNEL_LABELS } from '../core/channels.ts';
import { CHANNELS, type Channel } from '../core/types.ts';
import type { DraftState } from '../messaging/protocol.ts';
import './ChannelPicker.css';

interface ChannelPickerProps {
  draft: DraftState;
  onChange: (channel: Channel) => void;
}

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

export function ChannelPicker({ draft, onChange }: ChannelPickerProps) {
  const overridden = draft.channel !== draft.detectedChannel;
  return (
    <div class="channel-row">
      <label for="channel" class="channel-label">
        Written for
      </label>
      <select id="channel" class="input channel-select" value={draft.channel} aria-describedby="channel-note" onChange={(e) => isChannel(e.currentTarget.value) && onChange(e.currentTarget.value)}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {c === draft.detectedChannel ? `${CHANNEL_LABELS[c]} (detected)` : CHANNEL_LABELS[c]}
          </option>
        ))}
      </select>
      <span id="channel-note" class="channel-note">
        {overridden ? `You chose this; Parley detected ${CHANNEL_LABELS[draft.detectedChannel]}.` : 'Targets for length, hashtags and tone follow it.'}
      </span>
    </div>
  );
}

/** Per-channel targets (length, hashtags, questions, reading grade), one channel at a time. */
import { useState } from 'preact/hooks';
import { CHANNEL_LABELS, CHANNEL_TARGETS, type ChannelTargetSpec, channelTargets } from '../core/channels.ts';
import { CHANNELS, type Channel } from '../core/types.ts';
import { Tabs } from '../ui/Tabs.tsx';
import { isChannelChanged, resetChannel, setChannelTarget } from './edit.ts';
import { OptionControl } from './OptionControl.tsx';
import type { SectionProps } from './useSettings.ts';

type TargetKey = keyof ChannelTargetSpec;
const GROUPS: { title: string; keys: TargetKey[]; only?: Channel }[] = [
  { title: 'Length', keys: ['maxChars', 'bestMaxChars', 'foldChars', 'minWords', 'bestMinWords', 'bestMaxWords'] },
  { title: 'Format and tone', keys: ['maxHashtags', 'maxQuestions', 'maxGrade'] },
  { title: 'Subject line', keys: ['subjectMaxChars', 'subjectMaxWords'], only: 'email' },
];

export function ChannelsSection({ settings, update, locked }: SectionProps) {
  const [channel, setChannel] = useState<Channel>('email');
  const [generation, setGeneration] = useState(0);
  const spec = CHANNEL_TARGETS[channel];
  const values = channelTargets(channel, settings.analysis.channels?.[channel]);
  // Targets no group names (added later) still get a field.
  const grouped = new Set(GROUPS.flatMap((g) => g.keys));
  const groups = [...GROUPS, { title: 'Other', keys: (Object.keys(spec) as TargetKey[]).filter((k) => !grouped.has(k)) }];
  return (
    <section class="section" id="channels" aria-labelledby="channels-title">
      <h2 id="channels-title">Channel targets</h2>
      <p class="section-intro">What suits each channel. Parley hints when a draft passes these. 0 means no limit.</p>
      <div class="card">
        <Tabs
          id="channel"
          label="Channel"
          tabs={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c], marked: isChannelChanged(settings, c) }))}
          selected={channel}
          onSelect={setChannel}
        >
          <div key={`${channel}-${generation}`}>
            {groups
              .filter((g) => g.keys.length > 0 && (!g.only || g.only === channel))
              .map((g) => (
                <fieldset class="target-group" key={g.title}>
                  <legend>{g.title}</legend>
                  <div class="field-grid">
                    {g.keys.map((key) => (
                      <OptionControl
                        key={key}
                        id={`target-${channel}-${key}`}
                        descriptor={spec[key]}
                        value={values[key]}
                        locked={locked.has(`channels.${channel}.${key}`)}
                        onChange={(v) => typeof v === 'number' && update((s) => setChannelTarget(s, channel, key, v))}
                      />
                    ))}
                  </div>
                </fieldset>
              ))}
            <button
              type="button"
              class="button quiet"
              disabled={!isChannelChanged(settings, channel)}
              onClick={() => {
                update((s) => resetChannel(s, channel));
                setGeneration((n) => n + 1);
                // The button is disabled once nothing differs: keep keyboard focus nearby.
                document.getElementById(`channel-tab-${channel}`)?.focus();
              }}
            >
              Reset {CHANNEL_LABELS[channel]} targets
            </button>
          </div>
        </Tabs>
      </div>
    </section>
  );
}

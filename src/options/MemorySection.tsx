/**
 * Noise memory settings: how often is too often per channel, when a draft counts as a
 * re-send, and whether any history is kept at all. Controls come from the descriptors in
 * settings/schema.ts; the history itself is NoiseHistory's (the noise-memory slot).
 */
import { useState } from 'preact/hooks';
import { CHANNELS } from '../core/types.ts';
import { DAILY_LIMIT_SPEC, DEFAULT_SETTINGS, MEMORY_SPEC } from '../settings/schema.ts';
import { resetMemory, setDailyLimit, setMemory } from './edit.ts';
import { NoiseHistory } from './NoiseHistory.tsx';
import { OptionControl } from './OptionControl.tsx';
import type { SectionProps } from './useSettings.ts';

export function MemorySection({ settings, update, locked }: SectionProps) {
  const [generation, setGeneration] = useState(0);
  const { memory } = settings;
  const changed = JSON.stringify(memory) !== JSON.stringify(DEFAULT_SETTINGS.memory);
  return (
    <section class="section" id="memory" aria-labelledby="memory-title">
      <h2 id="memory-title" tabIndex={-1}>
        Noise memory
      </h2>
      <p class="section-intro">
        Sending too often, or the same message again, is noise too. Parley remembers a fingerprint of each send on this device (never the text) to warn you.
      </p>
      <div class="card card-stack" key={generation}>
        <OptionControl
          id="memory-keepHistory"
          descriptor={MEMORY_SPEC.keepHistory}
          value={memory.keepHistory}
          locked={locked.has('memory.keepHistory')}
          onChange={(v) => typeof v === 'boolean' && update((s) => setMemory(s, 'keepHistory', v))}
        />
        <div class="field-grid">
          {(['similarity', 'perDomainDaily'] as const).map((key) => (
            <OptionControl
              key={key}
              id={`memory-${key}`}
              descriptor={MEMORY_SPEC[key]}
              value={memory[key]}
              locked={locked.has(`memory.${key}`)}
              onChange={(v) => typeof v === 'number' && update((s) => setMemory(s, key, v))}
            />
          ))}
        </div>
        <fieldset class="target-group">
          <legend>Daily limits per channel</legend>
          <div class="field-grid">
            {CHANNELS.map((channel) => (
              <OptionControl
                key={channel}
                id={`memory-limit-${channel}`}
                descriptor={DAILY_LIMIT_SPEC[channel]}
                value={memory.dailyLimits[channel] ?? DAILY_LIMIT_SPEC[channel].default}
                locked={locked.has(`memory.dailyLimits.${channel}`)}
                onChange={(v) => typeof v === 'number' && update((s) => setDailyLimit(s, channel, v))}
              />
            ))}
          </div>
        </fieldset>
        <div>
          <button
            type="button"
            class="button quiet"
            disabled={!changed}
            onClick={() => {
              update(resetMemory);
              setGeneration((n) => n + 1);
              // The card is redrawn (and this button with it): keep keyboard focus in the section.
              document.getElementById('memory-title')?.focus();
            }}
          >
            Reset noise memory settings
          </button>
        </div>
        <NoiseHistory settings={settings} update={update} locked={locked} />
      </div>
    </section>
  );
}

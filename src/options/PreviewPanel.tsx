/**
 * Live preview: a sample draft analysed right here, under the settings being edited, so the
 * effect of every switch and number shows at once. Runs the same analyze() the coach runs.
 */
import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../core/analyze.ts';
import { CHANNEL_LABELS } from '../core/channels.ts';
import type { AnalysisSettings } from '../core/settings.ts';
import { CHANNELS, type Channel } from '../core/types.ts';
import { ScoreBar } from '../ui/ScoreBar.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { PreviewFindings } from './PreviewFindings.tsx';

const SAMPLE =
  'We are thrilled to announce our award-winning, industry-leading platform! As the #1 solution for modern teams, we help companies like yours work smarter. Act now: this offer ends Friday. Book a demo today!';

export function PreviewPanel({ analysis }: { analysis: AnalysisSettings }) {
  const [text, setText] = useState(SAMPLE);
  const [channel, setChannel] = useState<Channel>('linkedin-post');
  const [subject, setSubject] = useState('Quick question about your reporting');
  const report = useMemo(
    () => analyze(text, { channel, settings: analysis, ...(channel === 'email' ? { subject } : {}) }),
    [text, channel, subject, analysis],
  );
  return (
    <aside class="preview card" aria-labelledby="preview-title">
      <h2 id="preview-title">Live preview</h2>
      <p class="field-hint">Try your settings on a sample. Nothing here is saved or sent.</p>
      <SelectField
        id="preview-channel"
        label="Channel"
        value={channel}
        options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        onChange={(v) => setChannel(CHANNELS.find((c) => c === v) ?? 'generic')}
      />
      {channel === 'email' && (
        <div>
          <label class="field-label" for="preview-subject">
            Subject
          </label>
          <input id="preview-subject" class="input preview-subject" value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
        </div>
      )}
      <div>
        <label class="field-label" for="preview-text">
          Sample draft
        </label>
        <textarea id="preview-text" class="input preview-text" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="preview-scores" data-testid="preview-scores">
        <ScoreBar label="Score" value={report.score} caption={report.score === null ? report.statusMessage : report.verdict} />
        <ScoreBar label="Noise" value={report.score === null ? null : report.noise.score} caption={`${report.noise.level[0]?.toUpperCase()}${report.noise.level.slice(1)}`} invert />
      </div>
      {report.noise.reasons.length > 0 && (
        <ul class="noise-reasons">
          {report.noise.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <PreviewFindings report={report} text={text} subject={subject} />
    </aside>
  );
}

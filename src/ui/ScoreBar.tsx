/** A 0–100 score as a coloured bar with its number and verdict ("72 · Mostly dialogue"). */
import { type ScoreBand, scoreBand } from '../report/score-band.ts';
import './tokens.css';
import './ScoreBar.css';

interface ScoreBarProps {
  label: string;
  /** null: nothing to score yet (the caption says why). */
  value: number | null;
  caption?: string;
  /** For measures where more is worse (noise): colours flip. */
  invert?: boolean;
}

export function bandOf(value: number, invert = false): ScoreBand {
  return scoreBand(invert ? 100 - value : value);
}

export function ScoreBar({ label, value, caption, invert = false }: ScoreBarProps) {
  const band = value === null ? 'none' : bandOf(value, invert);
  return (
    <div class={`score-bar score-${band}`}>
      <div class="score-head">
        <span class="score-label">{label}</span>
        <span class="score-value">{value === null ? '–' : value}</span>
      </div>
      <div class="score-track" aria-hidden="true">
        <div class="score-fill" style={{ width: `${value ?? 0}%` }} />
      </div>
      {caption && <p class="score-caption">{caption}</p>}
    </div>
  );
}

/** The noise warning: quiet at medium, shouted at high, each reason in one sentence. */
import type { NoiseView } from '../report/noise-view.ts';
import './NoiseWarning.css';

function WarningIcon() {
  return (
    <svg class="noise-icon" viewBox="0 0 20 20" aria-hidden="true">
      <path d="M10 2.5 18.5 17h-17z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" />
      <path d="M10 8v4.2" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="10" cy="14.6" r="1.1" fill="currentColor" />
    </svg>
  );
}

export function NoiseWarning({ view, score }: { view: NoiseView; score: number }) {
  return (
    <section class={`noise noise-${view.level}`} aria-labelledby="noise-title" data-noise={view.level}>
      <h2 id="noise-title" class="noise-title">
        <WarningIcon />
        {view.title}
        <span class="noise-score">{score}/100</span>
      </h2>
      <p class="noise-lead">{view.lead}</p>
      <ul class="noise-reasons">
        {view.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {view.week && <p class="noise-week">{view.week}</p>}
    </section>
  );
}

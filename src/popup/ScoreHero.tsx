/** The score, large, on a ring coloured by band, with the verdict in plain words. */
import type { DraftStats } from '../core/types.ts';
import type { ReportPresentation } from '../report/report-view.ts';
import './ScoreHero.css';

const RADIUS = 34;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ScoreHero({ view, stats }: { view: ReportPresentation; stats: DraftStats }) {
  const { score } = view;
  const { words, questions } = stats;
  return (
    <section class={`hero band-${view.band}`} aria-labelledby="verdict" data-verdict={view.verdict}>
      <div class="ring" role="img" aria-label={`Score ${score} out of 100`} data-score={score}>
        <svg viewBox="0 0 80 80" aria-hidden="true">
          <circle class="ring-track" cx="40" cy="40" r={RADIUS} />
          <circle class="ring-fill" cx="40" cy="40" r={RADIUS} stroke-dasharray={`${(CIRCUMFERENCE * score) / 100} ${CIRCUMFERENCE}`} />
        </svg>
        <span class="ring-score" aria-hidden="true">
          {score}
        </span>
      </div>
      <div class="hero-text">
        <h1 id="verdict" class="verdict" tabIndex={-1}>
          {view.verdictLabel}
        </h1>
        <p class="verdict-line">{view.verdictLine}</p>
        <p class="meta">
          {plural(words, 'word', 'words')} · {plural(questions, 'question', 'questions')}
        </p>
      </div>
    </section>
  );
}

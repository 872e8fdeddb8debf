/** One finding as text: what costs points and what to do instead. */
import type { FixLine } from '../report/report-view.ts';
import { pointsLabel } from '../report/report-view.ts';
import './FixText.css';

export function Points({ points }: { points: number }) {
  const label = pointsLabel(points);
  return label ? <span class="pts">{label}</span> : <span class="pts pts-info">tip</span>;
}

export function FixText({ line }: { line: FixLine }) {
  return (
    <span class="fix-text">
      <span class="fix-message">{line.message}</span>
      {line.count > 1 && <span class="fix-more">and {line.count - 1} more like it in the draft</span>}
      {line.fix && (
        <span class="fix-do">
          <span aria-hidden="true">→ </span>
          <span class="sr-only">Fix: </span>
          {line.fix}
        </span>
      )}
    </span>
  );
}

/** The few changes worth the most points; each jumps to its hint on the page. */
import { Card } from './Card.tsx';
import { FixText, Points } from './FixText.tsx';
import type { FixLine } from '../report/report-view.ts';

interface TopFixesProps {
  lines: FixLine[];
  onPick: (index: number) => void;
}

export function TopFixes({ lines, onPick }: TopFixesProps) {
  if (lines.length === 0) return null;
  return (
    <Card id="fixes-title" title="Fix these first">
      <ol class="fixes">
        {lines.map((line) => (
          <li key={line.index}>
            <button type="button" class="fix" data-finding={line.index} data-rule={line.rule} onClick={() => onPick(line.index)}>
              <Points points={line.points} />
              <FixText line={line} />
              <svg class="fix-go" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              <span class="sr-only">: show it in the draft</span>
            </button>
          </li>
        ))}
      </ol>
    </Card>
  );
}

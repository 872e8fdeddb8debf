/**
 * Each dimension as a bar with the points it adds to the score, and, one click open, the
 * findings that cost points there with the fix for each.
 */
import { Card } from './Card.tsx';
import { DIMENSION_COLOURS } from '../report/dimension-colours.ts';
import { DIMENSION_BLURBS } from '../core/labels.ts';
import { FixText, Points } from './FixText.tsx';
import { type DimensionRow, mostLost } from '../report/report-view.ts';
import './Dimensions.css';

function RowHead({ row }: { row: DimensionRow }) {
  const colours = DIMENSION_COLOURS[row.dimension];
  const fixes = row.lines.length;
  return (
    <span class="dim-head">
      <span class="dim-dot" aria-hidden="true" style={{ '--dot': colours.light, '--dot-dark': colours.dark }} />
      <span class="dim-label">{row.label}</span>
      <span class="dim-bar" aria-hidden="true">
        <span class={`dim-fill band-${row.band}`} style={{ width: `${row.score}%` }} />
      </span>
      <span class="dim-points" aria-hidden="true">
        {row.earned}
        <span class="dim-share">/{row.share}</span>
      </span>
      <span class="sr-only">
        : {row.earned} of {row.share} points{fixes ? `, ${fixes} to fix` : ', nothing to fix'}
      </span>
    </span>
  );
}

export function Dimensions({ rows }: { rows: DimensionRow[] }) {
  // Open the dimension that lost the most, so the format "−6 pts … → fix" is seen at once.
  const worst = mostLost(rows);
  return (
    <Card id="dims-title" title="What moved the score">
      <ul class="dims">
        {rows.map((row) => (
          <li key={row.dimension} data-dimension={row.dimension}>
            {row.lines.length === 0 ? (
              <div class="dim-row dim-clean">
                <RowHead row={row} />
              </div>
            ) : (
              <details class="dim-row" open={row === worst}>
                <summary>
                  <RowHead row={row} />
                </summary>
                <p class="dim-blurb">{DIMENSION_BLURBS[row.dimension]}</p>
                <ul class="dim-lines">
                  {row.lines.map((line) => (
                    <li key={line.index}>
                      <Points points={line.points} />
                      <FixText line={line} />
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

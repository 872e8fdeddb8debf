/** The preview's findings: what each flags, quoted, with its rule and severity. */
import type { Report } from '../core/types.ts';
import { ruleTitle, SEVERITY_LABELS } from '../core/labels.ts';

export function PreviewFindings({ report, text, subject }: { report: Report; text: string; subject: string }) {
  if (report.status !== 'ok') return null;
  const { findings } = report;
  return (
    <div class="preview-findings" data-testid="preview-findings">
      <h3>
        {findings.length === 0 ? 'No hints: nothing to change.' : `${findings.length} hint${findings.length === 1 ? '' : 's'}`}
      </h3>
      <ol>
        {findings.map((f, i) => {
          const quoted = (f.field === 'subject' ? subject : text).slice(f.start, f.end);
          return (
            <li key={`${f.rule}-${f.start}-${i}`} class={`finding finding-${f.severity}`} data-rule={f.rule}>
              <span class="finding-meta">
                <span class="severity-dot" aria-hidden="true" />
                <span class="sr-only">{SEVERITY_LABELS[f.severity]}: </span>
                {ruleTitle(f.rule)}
                {f.points > 0 && <span class="finding-points">−{f.points}</span>}
              </span>
              <span class="finding-message">{f.message}</span>
              {quoted.trim() && f.end - f.start < 120 && <q>{quoted}</q>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

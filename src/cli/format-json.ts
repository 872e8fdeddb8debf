/**
 * JSON output. A report is the core's public Report; the CLI adds where each finding is, as
 * 1-based line/column (UTF-16) pairs, so CI tools need not redo the offset arithmetic.
 */
import type { Finding, Report } from '../core/index.ts';
import { type Locate, locator } from './location.ts';
import type { Source } from './source.ts';

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type LocatedReport = Omit<Report, 'findings'> & { findings: LocatedFinding[] };

export function locateReport(draft: Omit<Source, 'label'>, report: Report): LocatedReport {
  const inBody = locator(draft.text);
  const inSubject = locator(draft.subject ?? '');
  const inReplyTo = locator(draft.replyTo?.text ?? '');
  const locate = (f: Finding): LocatedFinding => {
    const at: Locate = f.field === 'subject' ? inSubject : f.field === 'replyTo' ? inReplyTo : inBody;
    const start = at(f.start);
    const end = at(f.end);
    return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return { ...report, findings: report.findings.map(locate) };
}

/** `--format json` for FILEs: one array, an entry per file (like ESLint's json format). */
export function formatJsonFiles(results: readonly { draft: Source; report: Report }[]): string {
  return JSON.stringify(results.map(({ draft, report }) => ({ file: draft.label, report: locateReport(draft, report) })), null, 2);
}

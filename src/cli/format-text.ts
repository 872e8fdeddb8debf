/**
 * Linter-style text output: one line per finding, `FILE:LINE:COL: severity: message [rule]`,
 * the shape editors and CI log parsers already understand, then one summary line per draft.
 */
import type { Finding, Report } from '../core/index.ts';
import { locator } from './location.ts';
import type { Source } from './source.ts';

export function formatText(draft: Source, report: Report): string[] {
  const lines: string[] = [];
  const inBody = locator(draft.text);
  const inSubject = locator(draft.subject ?? '');
  const inReplyTo = locator(draft.replyTo?.text ?? '');
  for (const finding of report.findings) {
    const field = finding.field ?? 'body';
    const { line, column } = (field === 'subject' ? inSubject : field === 'replyTo' ? inReplyTo : inBody)(finding.start);
    const where = field === 'subject' ? `${draft.label} (subject)` : field === 'replyTo' ? `${draft.label} (their message)` : draft.label;
    lines.push(`${where}:${line}:${column}: ${finding.severity}: ${finding.message} [${finding.rule}]`);
  }
  lines.push(summaryLine(draft.label, report));
  return lines;
}

function summaryLine(label: string, report: Report): string {
  if (report.status !== 'ok' || report.score === null) {
    return `${label}: not scored (${report.status}): ${report.statusMessage ?? report.verdict}`;
  }
  const noise = `noise ${report.noise.level} (${report.noise.score}/100)`;
  const reasons = report.noise.reasons.length > 0 ? `: ${report.noise.reasons.join(' ')}` : '';
  return `${label}: score ${report.score}/100, ${report.verdict}; ${countFindings(report.findings)}; ${noise}${reasons}`;
}

function countFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'nothing to change';
  const counts = { error: 0, warning: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = (['error', 'warning', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
  return parts.join(', ');
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Tuning report over the labelled corpus: how well the score separates dialogue from
 * broadcast, which rules fire on which label, and the worst-ranked drafts with their findings.
 *
 *   npx tsx tests/corpus/report.ts            summary + 15 worst tune drafts
 *   npx tsx tests/corpus/report.ts --top 40   more drafts
 *   npx tsx tests/corpus/report.ts --id x-009 one tune draft in full
 *
 * Only the tune split is ever listed draft by draft. The holdout split shows up as numbers
 * only, so nobody tunes weights against it by accident (see docs/testing.md).
 */
import { RULES } from '../../src/core/index.ts';
import { CHANNELS } from '../../src/core/types.ts';
import { type Scored, fmt, loadCorpus, misrank, scoreCorpus, summarize } from './corpus.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scored = scoreCorpus(loadCorpus());
const tune = scored.filter((s) => s.draft.split === 'tune');
const holdout = scored.filter((s) => s.draft.split === 'holdout');
const out: string[] = [];
const pct = (n: number, of: number): string => (of ? `${Math.round((100 * n) / of)}%` : 'n/a');
const share = (x: number): string => `${Math.round(100 * x)}%`;

function summaryLine(name: string, items: readonly Scored[]): string {
  const s = summarize(items);
  return `${name.padEnd(22)} n=${String(s.drafts).padStart(3)}  AUC ${fmt(s.auc)}  mean dialogue ${fmt(s.meanDialogue, 1).padStart(5)}  broadcast ${fmt(s.meanBroadcast, 1).padStart(5)}`;
}

function describeDraft(s: Scored, full: boolean): string[] {
  const { draft, report } = s;
  const lines = [
    `── ${draft.id}  [${draft.label}] ${draft.channel}${draft.tags.length ? `  tags: ${draft.tags.join(', ')}` : ''}`,
    `   score ${report.score ?? 'null'} (${report.verdict})  noise ${report.noise.level} ${report.noise.score}  ranked wrong against ${share(misrank(s, tune))} of opposite-label drafts`,
    `   dimensions: ${Object.entries(report.dimensions).map(([d, r]) => `${d} ${r.score}`).join(' · ')}`,
  ];
  if (draft.subject) lines.push(`   subject: ${draft.subject}`);
  const text = full ? draft.text : draft.text.replace(/\s+/g, ' ').slice(0, 160) + (draft.text.length > 160 ? '…' : '');
  lines.push(...text.split('\n').map((l) => `   │ ${l}`));
  if (report.findings.length === 0) lines.push('   (no findings)');
  for (const f of report.findings) {
    const source = f.field === 'subject' ? (draft.subject ?? '') : draft.text;
    lines.push(`   • ${f.rule} −${f.points} "${source.slice(f.start, f.end).slice(0, 50)}": ${f.message}`);
  }
  return lines;
}

const id = arg('id');
if (id) {
  const found = scored.find((s) => s.draft.id === id);
  if (!found) out.push(`No draft with id ${id}.`);
  else if (found.draft.split === 'holdout') out.push(`${id} is in the holdout split: it is never inspected while tuning (docs/testing.md).`);
  else out.push(...describeDraft(found, true));
} else {
  out.push('SEPARATION (dialogue should score higher; AUC 1 = perfect, 0.5 = coin toss)');
  out.push(summaryLine('tune', tune), summaryLine('holdout (numbers only)', holdout), summaryLine('all', scored), '');

  out.push('TUNE SPLIT BY CHANNEL');
  for (const channel of CHANNELS) out.push(summaryLine(`  ${channel}`, tune.filter((s) => s.draft.channel === channel)));
  out.push('');

  out.push('TUNE SPLIT BY HARD-CASE TAG (mean score; how badly ranked on average)');
  const tags = [...new Set(tune.flatMap((s) => s.draft.tags))].sort();
  for (const tag of tags) {
    const items = tune.filter((s) => s.draft.tags.includes(tag));
    const meanScore = items.reduce((a, s) => a + (s.report.score ?? 0), 0) / items.length;
    const meanMisrank = items.reduce((a, s) => a + misrank(s, tune), 0) / items.length;
    const labels = [...new Set(items.map((s) => s.draft.label))].join('/');
    out.push(`  ${tag.padEnd(17)} n=${String(items.length).padStart(2)} ${labels.padEnd(18)} mean score ${meanScore.toFixed(1).padStart(5)}  misranked ${share(meanMisrank)}`);
  }
  out.push('');

  out.push('RULES ON THE TUNE SPLIT (drafts flagged per label; a good broadcast detector fires on the left)');
  const byLabel = (label: string): Scored[] => tune.filter((s) => s.draft.label === label);
  const [b, d] = [byLabel('broadcast'), byLabel('dialogue')];
  for (const rule of RULES) {
    const hit = (items: Scored[]): number => items.filter((s) => s.report.findings.some((f) => f.rule === rule.id)).length;
    const pts = (items: Scored[]): number => items.reduce((a, s) => a + s.report.findings.filter((f) => f.rule === rule.id).reduce((x, f) => x + f.points, 0), 0);
    out.push(`  ${rule.id.padEnd(26)} broadcast ${pct(hit(b), b.length).padStart(4)} (−${pts(b).toFixed(0)} pts)   dialogue ${pct(hit(d), d.length).padStart(4)} (−${pts(d).toFixed(0)} pts)`);
  }
  out.push('');

  const top = Number(arg('top') ?? 15);
  out.push(`WORST-RANKED TUNE DRAFTS (top ${top}): broadcast scored high or dialogue scored low`);
  const worst = tune
    .map((s) => ({ s, m: misrank(s, tune) }))
    .filter(({ m }) => m > 0)
    .sort((x, y) => y.m - x.m)
    .slice(0, top);
  for (const { s } of worst) out.push(...describeDraft(s, false), '');
}
console.log(out.join('\n'));

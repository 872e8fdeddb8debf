/**
 * `npx tsx scripts/judgement/firing.ts [--part fit|holdout|all] [--rule ID --show N]`: for every
 * dataset, how often each rule fires (at any severity) and each strength is found, on broadcast
 * and on dialogue. A detector that fires mostly on real dialogue is wrong, not merely light:
 * this is where that shows. With --rule, prints N dialogue texts it fires on, with the span.
 */
import { analyze } from '../../src/core/analyze.ts';
import { loadData } from './data.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const part = opt('--part') ?? 'fit';
const only = opt('--rule');
const show = Number(opt('--show') ?? 0);
const label = (opt('--label') ?? 'dialogue') as 'broadcast' | 'dialogue';

const rows = loadData().filter((r) => part === 'all' || r.part === part);
const table = new Map<string, Map<string, { b: number; d: number }>>();
const totals = new Map<string, { b: number; d: number }>();
const shown: string[] = [];
for (const row of rows) {
  const key = `${row.file}/${row.dataset}`;
  const report = analyze(row.text, { channel: row.channel });
  const total = totals.get(key) ?? { b: 0, d: 0 };
  total[row.label === 'broadcast' ? 'b' : 'd']++;
  totals.set(key, total);
  const ids = new Set([...report.findings.map((f) => f.rule), ...report.strengths.map((s) => `+${s.id}`)]);
  const counts = table.get(key) ?? new Map();
  for (const id of ids) {
    const c = counts.get(id) ?? { b: 0, d: 0 };
    c[row.label === 'broadcast' ? 'b' : 'd']++;
    counts.set(id, c);
  }
  table.set(key, counts);
  if (only && row.label === label && shown.length < show) {
    for (const f of report.findings.filter((f) => f.rule === only && !f.field)) {
      shown.push(`[${key} ${row.id}] «${row.text.slice(f.start, f.end)}» in: ${row.text.slice(0, 200).replace(/\s+/g, ' ')}`);
    }
  }
}
const pct = (n: number, of: number): string => `${Math.round((100 * n) / Math.max(1, of))}`.padStart(3);
for (const [key, counts] of table) {
  const total = totals.get(key)!;
  console.log(`\n${key} (broadcast ${total.b}, dialogue ${total.d}): % of broadcast / % of dialogue`);
  const lines = [...counts].filter(([id]) => !only || id === only).sort((a, b) => b[1].d / total.d - a[1].d / total.d);
  for (const [id, c] of lines) console.log(`  ${id.padEnd(22)} ${pct(c.b, total.b)} / ${pct(c.d, total.d)}${c.d / total.d > c.b / total.b && !id.startsWith('+') ? '   <- fires more on dialogue' : ''}`);
}
if (shown.length) console.log('\n' + shown.join('\n'));

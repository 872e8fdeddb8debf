/** The README's rule table and score scale are documentation users read: they must match the code. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DIMENSION_SHARE, RULES } from '../../src/core/index.ts';
import { VERDICT_LABELS, verdictFor as verdictKey } from '../../src/core/verdict.ts';
import { FAIR_FROM, GOOD_FROM } from '../../src/report/score-band.ts';

const verdictFor = (score: number): string => VERDICT_LABELS[verdictKey(score)];

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README lists every rule under its dimension, with the dimension share', () => {
  const rows = [...readme.matchAll(/^\| ([A-Z][\w -]+) \((\d+)\) \| (.+) \|$/gm)];
  const documented = Object.fromEntries(rows.map(([, name, share, ids]) => [name!.toLowerCase().replace(/ /g, '-'), { share: Number(share), ids: [...ids!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]) }]));
  const registered: Record<string, { share: number; ids: string[] }> = {};
  for (const rule of RULES) (registered[rule.category] ??= { share: DIMENSION_SHARE[rule.category], ids: [] }).ids.push(rule.id);
  for (const entry of Object.values(documented)) entry.ids.sort();
  for (const entry of Object.values(registered)) entry.ids.sort();
  expect(documented).toEqual(registered);
  expect(readme).toContain(`become ${RULES.length} rules`);
});

test('the README states the score scale, verdicts and colour bands the code uses', () => {
  const verdicts = [80, 60, 40].map((from) => verdictFor(from));
  expect(readme).toContain(`80+ "${verdicts[0]}", 60–79 "${verdicts[1]}", 40–59 "${verdicts[2]}", under 40\n  "${verdictFor(39)}"`);
  expect(readme).toContain(`green from ${GOOD_FROM}, amber from ${FAIR_FROM}, red below`);
  expect(verdictFor(79)).toBe(verdicts[1]);
  expect(verdictFor(59)).toBe(verdicts[2]);
});

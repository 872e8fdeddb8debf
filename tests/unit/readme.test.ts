/** The README's rule table is documentation users read: it must match the registry. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DIMENSION_SHARE, RULES } from '../../src/core/index.ts';

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

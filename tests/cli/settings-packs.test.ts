/**
 * One pack, one meaning: the same rule packs (current, an old settings version, broken in many
 * ways) given to `parley check --settings` and to the extension's import (settings/pack.ts
 * readPack, what the options page runs) give the same effective settings and the same messages.
 * The options page's own screen is checked against the same packs in e2e/options-pack.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/cli/settings-file.ts';
import { analyze, settingsFor } from '../../src/core/index.ts';
import { readPack } from '../../src/settings/pack.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import type { LocatedReport } from '../../src/cli/format-json.ts';
import { fixture, runCli, SUBPROCESS_TIMEOUT } from './run.ts';

export const PACKS = readdirSync(new URL('fixtures/packs/', import.meta.url)).sort();
/** A draft that touches what the packs change: brag and hype words, an allow-listed name, questions, a long sentence, "!". */
const PROBE =
  'We are the award-winning, market-defining team at Best Buy and we would love to circle back with you about the new scheduler and the exports and the reports and the dashboards this week! Can you reply? Do you need the slides? Is Friday good?';

const importOf = (name: string) => readPack(readFileSync(fixture(`packs/${name}`), 'utf8'), DEFAULT_SETTINGS);

describe('parley check --settings and the extension read a pack the same way', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('covers a current pack, an old version and broken ones', () => {
    expect(PACKS).toEqual(expect.arrayContaining(['current.json', 'old-v1.json', 'broken-rules.json', 'broken-words.json', 'broken-everything-else.json', 'not-json.json', 'newer-format.json']));
  });

  it.each(PACKS)('%s', async (name) => {
    const path = fixture(`packs/${name}`);
    const imported = importOf(name);
    const loaded = await loadSettings(path);
    const run = runCli(['check', '--format', 'json', '--channel', 'email', '--settings', path, '-'], PROBE);
    if (!imported.ok) {
      // Refused whole, with the same words.
      expect(loaded).toEqual({ ok: false, error: `settings: ${path}: ${imported.error}` });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(imported.error);
      return;
    }
    // The same effective settings…
    expect(loaded).toMatchObject({ ok: true, settings: imported.next.analysis });
    expect(settingsFor(loaded.ok && loaded.settings).settings).toEqual(settingsFor(imported.next.analysis).settings);
    // …the same messages, one per problem, good items kept…
    expect(run.stderr.trim().split('\n').filter(Boolean)).toEqual(imported.problems.map((p) => `parley: settings: ${path}: ${p}`));
    // …and so the same report.
    const report = (JSON.parse(run.stdout) as { report: LocatedReport }[])[0]!.report;
    const expected = analyze(PROBE, { channel: 'email', settings: imported.next.analysis });
    expect(report.score).toBe(expected.score);
    expect(report.findings.map((f) => [f.rule, f.severity, f.start, f.end])).toEqual(expected.findings.map((f) => [f.rule, f.severity, f.start, f.end]));
  });

  it('a broken pack keeps what is right in it and names each thing it dropped', () => {
    const words = importOf('broken-words.json');
    expect(words.ok && words.next.analysis.words).toEqual({ allow: ['Best Buy', 'award-winning'], flag: ['circle back'] });
    expect(words.ok && words.problems.join('\n')).toMatch(/an entry of 11 words \(each may be at most 4: names and short phrases, not sentences\)/);
    const rules = importOf('broken-rules.json');
    expect(rules.ok && rules.next.analysis.rules).toEqual({ urgency: { enabled: false } });
    expect(rules.ok && rules.problems).toHaveLength(6);
    const old = importOf('old-v1.json');
    // Migrated: the defaults an old pack carried are not overrides.
    expect(old.ok && old.next.analysis).toEqual({ rules: { 'self-praise': { severity: 'error' }, urgency: { enabled: false } }, words: { allow: ['award-winning'] } });
    expect(old.ok && old.problems).toEqual([]);
  });

  it('--strict-settings refuses a pack with anything wrong in it, naming every problem, and takes a right one', () => {
    const broken = runCli(['check', '--strict-settings', '--settings', fixture('packs/broken-rules.json'), '-'], PROBE);
    expect(broken.status).toBe(2);
    const imported = importOf('broken-rules.json');
    for (const problem of imported.ok ? imported.problems : []) expect(broken.stderr).toContain(problem);
    expect(broken.stdout).toBe('');
    const right = runCli(['check', '--strict-settings', '--settings', fixture('packs/current.json'), '-'], PROBE);
    expect(right.status).not.toBe(2);
    expect(right.stderr).toBe('');
    expect(runCli(['check', '--strict-settings', '-'], PROBE).status).toBe(2);
  });

  it('analyze() takes the same pack settings and names the same problems', () => {
    const raw = JSON.parse(readFileSync(fixture('packs/broken-rules.json'), 'utf8')) as { settings: { rules: unknown } };
    const imported = importOf('broken-rules.json');
    expect(settingsFor({ rules: raw.settings.rules }).errors).toEqual(imported.ok && imported.problems);
  });
});

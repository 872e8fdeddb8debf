/** `--settings FILE`: the extension's export or bare settings; bad parts are named, not fatal. */
import { describe, expect, it } from 'vitest';
import type { LocatedReport } from '../../src/cli/format-json.ts';
import { fixture, runCli, SUBPROCESS_TIMEOUT } from './run.ts';

const DRAFT = 'We are the award-winning, industry-leading team. How do you plan your week?';
const reportOf = (stdout: string): LocatedReport => (JSON.parse(stdout) as { report: LocatedReport }[])[0]!.report;

describe('parley check --settings', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('reads the extension export format and warns about parts it ignored', () => {
    const { status, stdout, stderr } = runCli(['check', '--format', 'json', '--settings', fixture('settings-export.json'), '-'], DRAFT);
    expect(status).not.toBe(2);
    const praise = reportOf(stdout).findings.filter((f) => f.rule === 'self-praise');
    // "award-winning" is on the allow list; the severity override applies to the rest.
    expect(praise.map((f) => DRAFT.slice(f.start, f.end))).toEqual(['industry-leading']);
    expect(praise[0]!.severity).toBe('error');
    expect(stderr).toMatch(/settings: .*settings-export\.json: Unknown rule "no-such-rule": this version of Parley has no such rule; skipped\./);
  });

  it('reads bare settings', () => {
    const { stdout } = runCli(['check', '--format', 'json', '--settings', fixture('settings-bare.json'), '-'], DRAFT);
    expect(reportOf(stdout).findings.filter((f) => f.rule === 'self-praise')).toEqual([]);
  });

  it('stops with exit 2 on a settings file it cannot read', () => {
    const missing = runCli(['check', '--settings', 'missing.json', '-'], DRAFT);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('settings: cannot read missing.json: no such file');

    const broken = runCli(['check', '--settings', fixture('calendar.jsonl'), '-'], DRAFT);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/is not valid JSON/);
  });
});

/** `parley check FILE… | -`: linter-style output, locations and exit status. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocatedReport } from '../../src/cli/format-json.ts';
import { linesOf, ROOT, runCli, sample, SUBPROCESS_TIMEOUT } from './run.ts';

const FINDING_LINE = /^(.+):(\d+):(\d+): (hint|warning|error): .+ \[[a-z0-9-]+\]$/;
const jsonReports = (stdout: string): { file: string; report: LocatedReport }[] => JSON.parse(stdout);

describe('parley check FILE', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('prints each finding as FILE:LINE:COL: severity: message [rule], then a summary', () => {
    const { status, stdout } = runCli(['check', sample('broadcast-email.txt')]);
    const lines = linesOf(stdout);
    const findings = lines.slice(0, -1);
    expect(findings.length).toBeGreaterThan(3);
    for (const line of findings) expect(line).toMatch(FINDING_LINE);
    expect(lines.at(-1)).toMatch(/^tests\/samples\/broadcast-email\.txt: score \d+\/100, .+; noise (medium|high)/);
    expect(status).not.toBe(2);
  });

  it('points each location at the flagged text in the file', () => {
    const file = sample('broadcast-email.txt');
    const text = readFileSync(join(ROOT, file), 'utf8');
    const { report } = jsonReports(runCli(['check', '--format', 'json', file]).stdout)[0]!;
    const fileLines = text.split('\n');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      const line = fileLines[f.line - 1]!;
      expect(line.slice(f.column - 1).startsWith(text.slice(f.start, f.end).split('\n')[0]!)).toBe(true);
    }
  });

  it('counts columns in UTF-16 code units and lines across \\r\\n (stdin)', () => {
    const { stdout } = runCli(['check', '-'], 'Hello you, how are you?\r\n🚀🚀 We are award-winning, you see.\r\n');
    expect(stdout).toMatch(/^<stdin>:2:13: (hint|warning|error): "award-winning"/m);
  });

  it('exits 1 when a draft has high noise, for CI', () => {
    const { status, stdout } = runCli(['check', '--format', 'json', sample('broadcast-email.txt'), sample('dialogue-email.txt')]);
    const results = jsonReports(stdout);
    expect(results.map((r) => [r.file, r.report.noise.level])).toEqual([
      [sample('broadcast-email.txt'), 'high'],
      [sample('dialogue-email.txt'), 'low'],
    ]);
    expect(status).toBe(1);
  });

  it('passes a dialogue draft: exit 0, low noise', () => {
    const { status, stdout } = runCli(['check', '--channel', 'email', sample('dialogue-email.txt')]);
    expect(status).toBe(0);
    expect(linesOf(stdout).at(-1)).toMatch(/noise low/);
  });

  it('says why a draft was not scored', () => {
    const { status, stdout } = runCli(['check', '-'], 'Hi\n');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<stdin>: not scored \(too-short\): /);
  });

  it('reports a missing file on stderr, checks the others, and exits 2', () => {
    const { status, stdout, stderr } = runCli(['check', 'nope.txt', sample('dialogue-email.txt')]);
    expect(status).toBe(2);
    expect(stderr).toContain('parley: cannot read nope.txt: no such file');
    expect(stdout).toContain('tests/samples/dialogue-email.txt: score');
  });

  it.each([
    [['check', '--channel', 'tiktok', 'a.txt'], /unknown channel "tiktok": use one of email, linkedin-post/],
    [['check', '--format', 'xml', 'a.txt'], /unknown format "xml"/],
    [['check'], /no input/],
    [['lint', 'a.txt'], /unknown command "lint"/],
    [['check', '--bogus', 'a.txt'], /Unknown option '--bogus'/],
    [['check', '--jsonl', 'a.jsonl', 'b.jsonl'], /--jsonl reads one input/],
    [['check', '--column', 'body', 'a.txt'], /--column only applies with --csv/],
  ])('refuses bad usage %j with exit 2', (args, message) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('parley --help');
  });

  it('prints help with exit 0', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Usage: parley check');
    expect(stdout).toContain('Exit status');
  });
});

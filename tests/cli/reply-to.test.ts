/** The message a draft answers, from the command line: --reply-to FILE, JSONL replyTo, CSV replyTo. */
import { describe, expect, it } from 'vitest';
import { fixture, linesOf, runCli, SUBPROCESS_TIMEOUT } from './run.ts';

interface Located {
  rule: string;
  field?: string;
  line: number;
  column: number;
}
interface OutputLine {
  id: string | number | null;
  error?: string;
  findings?: Located[];
  strengths?: { id: string }[];
}
const parseLines = (stdout: string): OutputLine[] => linesOf(stdout).map((l) => JSON.parse(l) as OutputLine);

const question = 'Does the price include installation?';
const ignores = 'Thanks for writing. Our spring range is out now with fresh colours and new fabrics.';
const answers = 'Thanks for writing. Yes, the price includes installation, on any weekday you like.';

describe('parley check --reply-to FILE', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('names their unanswered question where it is in their message', () => {
    const { stdout, status } = runCli(['check', '--reply-to', fixture('their-question.txt'), fixture('ignores-question.txt')]);
    expect(stdout).toContain(`${fixture('ignores-question.txt')} (their message):3:1: warning: They asked: "${question}"`);
    expect(stdout).toContain('[unanswered-question]');
    expect(status).toBe(0);
  });

  it('in JSON, locates the finding in their message and marks its field', () => {
    const { stdout } = runCli(['check', '--format', 'json', '--reply-to', fixture('their-question.txt'), fixture('ignores-question.txt')]);
    const [entry] = JSON.parse(stdout) as { report: { findings: Located[] } }[];
    expect(entry!.report.findings.find((f) => f.rule === 'unanswered-question')).toMatchObject({ field: 'replyTo', line: 3, column: 1 });
  });

  it('is refused with --jsonl or --csv, where each draft names its own', () => {
    const { stderr, status } = runCli(['check', '--jsonl', '--reply-to', fixture('their-question.txt'), '-'], '');
    expect(stderr).toContain('--reply-to applies to FILE inputs');
    expect(status).toBe(2);
  });
});

describe('JSONL replyTo and CSV replyTo', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('JSONL: {"replyTo": {"text", "author"?}} per draft; a malformed one is an error line', () => {
    const lines = [
      { id: 'ignores', text: ignores, channel: 'email', replyTo: { text: question, author: 'Tom' } },
      { id: 'answers', text: answers, channel: 'email', replyTo: { text: question } },
      { id: 'bad', text: answers, replyTo: { author: 'Tom' } },
    ].map((l) => JSON.stringify(l));
    const out = parseLines(runCli(['check', '--jsonl', '-'], lines.join('\n')).stdout);
    expect(out[0]!.findings!.map((f) => f.rule)).toContain('unanswered-question');
    expect(out[1]!.findings!.map((f) => f.rule)).not.toContain('unanswered-question');
    expect(out[1]!.strengths!.map((s) => s.id)).toContain('answers-them');
    expect(out[2]).toMatchObject({ id: 'bad', error: expect.stringMatching(/"replyTo" must be/) });
  });

  it('CSV: a replyTo column holds their text', () => {
    const csv = `id,text,replyTo\nignores,"${ignores}","${question}"\nalone,"${ignores}",\n`;
    const out = parseLines(runCli(['check', '--csv', '-'], csv).stdout);
    expect(out[0]!.findings!.map((f) => f.rule)).toContain('unanswered-question');
    expect(out[1]!.findings!.map((f) => f.rule)).not.toContain('unanswered-question');
  });
});

/** `parley check --jsonl | --csv`: a content calendar in, one line per record out, in order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, linesOf, ROOT, runCli, SUBPROCESS_TIMEOUT } from './run.ts';

interface OutputLine {
  id: string | number | null;
  error?: string;
  line?: number;
  row?: number;
  channel?: string;
  status?: string;
  findings?: { rule: string; start: number; end: number; line: number; column: number }[];
  stats?: { characters: number };
}
const parseLines = (stdout: string): OutputLine[] => linesOf(stdout).map((l) => JSON.parse(l) as OutputLine);

describe('parley check --jsonl', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('writes one report per line with its id, and an error line for each bad line', () => {
    const { status, stdout, stderr } = runCli(['check', '--jsonl', fixture('calendar.jsonl')]);
    const out = parseLines(stdout);
    // Five records (the blank line is not one), in input order.
    expect(out.map((o) => o.id)).toEqual(['mon-linkedin', 'tue-email', null, 'thu-x', 5]);
    expect(out[0]).toMatchObject({ channel: 'linkedin-post', status: 'ok' });
    expect(out[1]!.findings!.map((f) => f.rule)).toContain('self-praise');
    expect(out[2]).toMatchObject({ line: 3, error: expect.stringMatching(/not valid JSON/) });
    expect(out[3]).toMatchObject({ line: 4, error: expect.stringMatching(/unknown channel "tiktok"/) });
    expect(out[4]).toMatchObject({ channel: 'generic', status: 'ok' });
    expect(stderr).toContain('calendar.jsonl line 3: not valid JSON');
    expect(stderr).toContain('calendar.jsonl line 4 (id thu-x): unknown channel "tiktok"');
    expect(status).toBe(2);
  });

  it('locates findings inside each record\'s own text', () => {
    const { stdout } = runCli(['check', '--jsonl', fixture('calendar.jsonl')]);
    const tue = parseLines(stdout)[1]!;
    const praise = tue.findings!.find((f) => f.rule === 'self-praise')!;
    // "Hi Dana,\nWe are thrilled to announce our award-winning…": line 2 of the record's text.
    expect(praise).toMatchObject({ line: 2, column: 33 });
  });

  it('reads standard input and exits 0 when every record is fine and calm', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'How do you plan your week? One tip: block Tuesday mornings for deep work.' }),
      JSON.stringify({ id: 'b', channel: 'x', text: 'What is one report your team could stop sending tomorrow?' }),
    ].join('\n');
    const { status, stdout } = runCli(['check', '--jsonl', '-'], input);
    expect(parseLines(stdout).map((o) => [o.id, o.channel])).toEqual([['a', 'generic'], ['b', 'x']]);
    expect(status).toBe(0);
  });

  it('prints linter lines labelled FILE[id] with --format text', () => {
    const { stdout } = runCli(['check', '--jsonl', '--format', 'text', fixture('calendar.jsonl')]);
    expect(stdout).toMatch(/^tests\/cli\/fixtures\/calendar\.jsonl\[tue-email\]:2:33: (hint|warning|error): "award-winning"/m);
    expect(stdout).toMatch(/^tests\/cli\/fixtures\/calendar\.jsonl\[mon-linkedin\]: score \d+\/100/m);
  });
});

describe('parley check --csv', { timeout: SUBPROCESS_TIMEOUT }, () => {
  it('reads quoted multi-line fields with commas and doubled quotes', () => {
    const { status, stdout } = runCli(['check', '--csv', fixture('calendar.csv')]);
    const out = parseLines(stdout);
    expect(out.map((o) => [o.id, o.channel])).toEqual([['post-1', 'linkedin-post'], ['post-2', 'email'], ['post-3', 'x']]);
    const csv = readFileSync(join(ROOT, fixture('calendar.csv')), 'utf8');
    const brags = out[0]!.findings!.filter((f) => f.rule === 'self-praise').map((f) => f.column);
    // Offsets index the unquoted cell: "We are proud to be the #1, award-winning platform…".
    const cell = 'We are proud to be the #1, award-winning platform, "trusted by thousands".';
    expect(csv).toContain(cell.replaceAll('"', '""'));
    expect(brags).toContain(cell.indexOf('award-winning') + 1);
    expect(status).not.toBe(2);
  });

  it('takes the text from the column --column names', () => {
    const input = 'ID,Body\nq1,"How do you plan your week, and what takes longest?"\n';
    const { status, stdout } = runCli(['check', '--csv', '--column', 'body', '-'], input);
    expect(parseLines(stdout).map((o) => [o.id, o.status])).toEqual([['q1', 'ok']]);
    expect(status).toBe(0);
  });

  it('exits 2 with the header it found when the text column is missing', () => {
    const { status, stderr, stdout } = runCli(['check', '--csv', '-'], 'id,body\n1,hello there friends\n');
    expect(status).toBe(2);
    expect(stderr).toContain('no column "text" in the header (found: id, body); pick one with --column');
    expect(stdout).toBe('');
  });

  it('names the row of a bad record, numbered as a spreadsheet shows it, and goes on', () => {
    const input = 'id,channel,text\n1,email,How do you plan your week?\n2,fax,Our fax is the best.\n3,x,What is your one tip for Mondays?\n';
    const { status, stdout } = runCli(['check', '--csv', '-'], input);
    const out = parseLines(stdout);
    expect(out.map((o) => o.id)).toEqual(['1', '2', '3']);
    expect(out[1]).toMatchObject({ row: 3, error: expect.stringMatching(/unknown channel "fax"/) });
    expect(status).toBe(2);
  });

  it('reads what Excel writes in much of Europe: a byte order mark, semicolons, \\r\\n, a quoted line break', () => {
    const input = '\uFEFFId;Channel;Text\r\n1;email;"Hi Sam; how was Monday?\r\nWhat took longest?"\r\n2;x;Prices from 4,99 € today only!!!\r\n';
    const { status, stdout, stderr } = runCli(['check', '--csv', '-'], input);
    expect(stderr).toBe('');
    const out = parseLines(stdout);
    expect(out.map((o) => [o.id, o.channel, o.status])).toEqual([['1', 'email', 'ok'], ['2', 'x', 'ok']]);
    // The quoted cell is whole: its semicolon and line break kept, nothing of the next row.
    expect(out[0]!.stats!.characters).toBe('Hi Sam; how was Monday?\r\nWhat took longest?'.length);
    expect(out[1]!.findings!.map((f) => f.rule)).toContain('exclamations');
    expect(status).not.toBe(2);
  });

  it('reports a row whose quote never closes by its number, and checks every other row', () => {
    const rows = ['1,How do you plan your week?', '2,What takes longest on Mondays?', '3,"Our best offer yet', '4,Which report do you read first?', '5,How long does month-end take?'];
    const { status, stdout, stderr } = runCli(['check', '--csv', '-'], `id,text\n${rows.join('\n')}\n`);
    const out = parseLines(stdout);
    expect(out.map((o) => o.id)).toEqual(['1', '2', null, '4', '5']);
    expect(out[2]).toMatchObject({ row: 4, error: expect.stringMatching(/opened on line 4 is never closed/) });
    expect(stderr).toMatch(/^parley: <stdin> row 4: a quoted field opened on line 4 is never closed/m);
    expect(status).toBe(2);
  });
});

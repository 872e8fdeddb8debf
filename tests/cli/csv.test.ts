import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv } from '../../src/cli/csv.ts';

const cells = (text: string): string[][] => parseCsv(text).map((row) => row.cells);

describe('parseCsv', () => {
  it('splits plain rows and cells', () => {
    expect(cells('id,text\n1,hello\n2,world\n')).toEqual([['id', 'text'], ['1', 'hello'], ['2', 'world']]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'id,text\n7,"Hi Sam,\nwe said ""no strings""."\n8,next';
    expect(cells(text)).toEqual([['id', 'text'], ['7', 'Hi Sam,\nwe said "no strings".'], ['8', 'next']]);
  });

  it('numbers rows by the file line they start on', () => {
    const rows = parseCsv('id,text\n7,"two\nlines"\n8,next');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('accepts \\r\\n row ends and keeps empty cells', () => {
    expect(cells('a,b,c\r\n1,,3\r\n')).toEqual([['a', 'b', 'c'], ['1', '', '3']]);
  });

  it('skips blank lines between rows', () => {
    expect(cells('a\n\n1\n\n')).toEqual([['a'], ['1']]);
  });

  it('refuses a quoted field that never closes, naming its line', () => {
    expect(() => parseCsv('id,text\n1,"open\nstill open')).toThrow(CsvError);
    expect(() => parseCsv('id,text\n1,"open\nstill open')).toThrow(/line 2/);
  });
});

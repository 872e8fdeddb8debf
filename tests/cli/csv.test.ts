import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../src/cli/csv.ts';

/** Each row's cells, or "ERROR line N" for a row that could not be read. */
const cells = (text: string): (string[] | string)[] => parseCsv(text).map((row) => ('error' in row ? `ERROR line ${row.line}` : row.cells));

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
});

describe('the delimiter, read off the header line', () => {
  it('reads a semicolon file (Excel where the decimal mark is a comma), commas staying inside cells', () => {
    const text = 'id;channel;text\r\n1;email;Hi Sam, how was Monday?\r\n2;x;Prices from 4,99 €\r\n';
    expect(sniffDelimiter(text)).toBe(';');
    expect(cells(text)).toEqual([['id', 'channel', 'text'], ['1', 'email', 'Hi Sam, how was Monday?'], ['2', 'x', 'Prices from 4,99 €']]);
  });

  it('reads a tab file', () => {
    const text = 'id\ttext\n1\tHi Sam; how was Monday, really?\n';
    expect(sniffDelimiter(text)).toBe('\t');
    expect(cells(text)).toEqual([['id', 'text'], ['1', 'Hi Sam; how was Monday, really?']]);
  });

  it('keeps the delimiter and a line break inside a quoted field', () => {
    const text = 'id;text\n1;"Hi Sam;\nhow was Monday?"\n2;next\n';
    expect(cells(text)).toEqual([['id', 'text'], ['1', 'Hi Sam;\nhow was Monday?'], ['2', 'next']]);
  });

  it('counts only delimiters outside quotes in the header, and takes the comma on a tie or none', () => {
    expect(sniffDelimiter('"a;b;c",text\n1,2')).toBe(',');
    expect(sniffDelimiter('text\nfirst; second; third')).toBe(',');
    expect(sniffDelimiter('id;text,more\n')).toBe(',');
  });
});

describe('a row whose quotes do not pair up', () => {
  it('costs that row alone: an unclosed quote on row 3 of 5 leaves rows 1, 2, 4 and 5', () => {
    const text = 'id,text\n1,one\n2,two\n3,"three never closes\n4,four\n5,five\n';
    expect(cells(text)).toEqual([['id', 'text'], ['1', 'one'], ['2', 'two'], 'ERROR line 4', ['4', 'four'], ['5', 'five']]);
    const bad = parseCsv(text)[3]!;
    expect('error' in bad && bad.error).toMatch(/quoted field opened on line 4 is never closed.*goes on at line 5/);
  });

  it('is found when its stray quote pairs with a later field, instead of running two rows into one', () => {
    const text = 'id,text\n1,one\n2,"two\n3,"three, with a comma"\n4,four\n';
    expect(cells(text)).toEqual([['id', 'text'], ['1', 'one'], 'ERROR line 3', ['3', 'three, with a comma'], ['4', 'four']]);
  });

  it('goes on after a quoted field that spans lines and then breaks', () => {
    const text = 'id,text\n1,"two\nlines" and more\n2,next\n';
    expect(cells(text)).toEqual([['id', 'text'], 'ERROR line 2', ['lines" and more'], ['2', 'next']]);
  });

  it('is the last line of the file', () => {
    expect(cells('id,text\n1,one\n2,"open')).toEqual([['id', 'text'], ['1', 'one'], 'ERROR line 3']);
  });

  it('keeps a quote inside an unquoted cell as written', () => {
    expect(cells('id,text\n1,a 5" screen\n')).toEqual([['id', 'text'], ['1', 'a 5" screen']]);
  });
});

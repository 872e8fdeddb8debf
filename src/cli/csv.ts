/**
 * The CLI's CSV reader (RFC 4180): quoted fields may hold the delimiter, line breaks and doubled
 * quotes (""), rows end with \n, \r\n or \r. The delimiter is read off the header line: comma,
 * semicolon (what Excel writes where the decimal mark is a comma) or tab. A row whose quotes do
 * not pair up is reported by itself and reading goes on at the line after its opening quote, so
 * one stray quote costs one row, not the rest of the file.
 */

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRow {
  cells: string[];
  /** 1-based line of the file the row starts on (rows may span lines inside quotes). */
  line: number;
}

/** A row that could not be read; `line` is where it starts. */
export interface CsvBadRow {
  error: string;
  line: number;
}

/** The delimiter that splits the header line most often (outside quotes); a tie goes to the comma. */
export function sniffDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c in counts) counts[c as Delimiter]++;
  }
  return DELIMITERS.reduce((best, d) => (counts[d] > counts[best] ? d : best));
}

/** Rows in file order, the header first; blank lines are not rows. */
export function parseCsv(text: string, delimiter: Delimiter = sniffDelimiter(text)): (CsvRow | CsvBadRow)[] {
  const rows: (CsvRow | CsvBadRow)[] = [];
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const read = readRow(text, at, line, delimiter);
    if ('error' in read) rows.push({ error: read.error, line });
    else if (read.cells.length > 1 || read.cells[0] !== '') rows.push({ cells: read.cells, line });
    at = read.next;
    line = read.nextLine;
  }
  return rows;
}

type Read = ({ cells: string[] } | { error: string }) & { next: number; nextLine: number };

/** One row from `at` (on `line`): its cells, or why its quotes fail and where to go on from. */
function readRow(text: string, at: number, line: number, delimiter: Delimiter): Read {
  const cells: string[] = [];
  let cell = '';
  let i = at;
  let l = line;
  for (;;) {
    if (text[i] === '"' && cell === '') {
      const open = i;
      const openLine = l;
      const broken = (error: string): Read => ({ error, ...afterLineOf(text, open, openLine) });
      for (i++; ; i++) {
        if (i >= text.length) return broken(`a quoted field opened on line ${openLine} is never closed (a quote inside a field is written ""); reading goes on at line ${openLine + 1}`);
        const c = text[i]!;
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') break;
        else {
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) l++;
          cell += c;
        }
      }
      i++;
      while (text[i] === ' ') i++;
      // After a closing quote only the delimiter or the row's end may come: anything else means a
      // stray quote paired up with one further on, which would run two rows into one.
      if (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        return broken(`the quotes of the field opened on line ${openLine} do not pair up (a quote inside a field is written ""); reading goes on at line ${openLine + 1}`);
      }
    }
    if (i >= text.length) {
      cells.push(cell);
      return { cells, next: i, nextLine: l };
    }
    const c = text[i]!;
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      cells.push(cell);
      return { cells, next: c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1, nextLine: l + 1 };
    } else cell += c;
    i++;
  }
}

/** Where reading goes on after a broken row: the start of the line after the one holding `at`. */
function afterLineOf(text: string, at: number, line: number): { next: number; nextLine: number } {
  const end = text.slice(at).search(/\r\n|\n|\r/);
  if (end < 0) return { next: text.length, nextLine: line };
  return { next: at + end + (text.startsWith('\r\n', at + end) ? 2 : 1), nextLine: line + 1 };
}

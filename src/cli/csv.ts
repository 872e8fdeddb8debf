/**
 * A small RFC 4180 CSV parser: quoted fields may hold commas, line breaks and doubled quotes
 * (""), rows end with \n or \r\n. Spreadsheet exports (Google Sheets, Excel, Airtable) all fit.
 */

export interface CsvRow {
  cells: string[];
  /** 1-based line of the file the row starts on (rows may span lines inside quotes). */
  line: number;
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    // A line with nothing on it is not a record (a trailing newline, a blank separator line).
    if (cells.length > 1 || cells[0] !== '') rows.push({ cells, line: rowLine });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else cell += c;
    i++;
  }
  if (quoted) throw new CsvError(`a quoted field opened on line ${rowLine} is never closed`);
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

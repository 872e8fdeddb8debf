/**
 * Batch records: one draft per JSONL line or CSV row, each checked to be a usable draft. A bad
 * line or row becomes an error record naming where it is, so the rest of the batch goes on.
 */
import { CHANNELS, type Channel, isObject, type ReplyTo } from '../core/index.ts';
import { type CsvBadRow, type CsvRow, parseCsv } from './csv.ts';
import type { BatchRecord, Where } from './source.ts';

type Id = string | number;

const isChannel = (v: unknown): v is Channel => typeof v === 'string' && (CHANNELS as readonly string[]).includes(v);

const idOf = (v: unknown): Id | null => ((typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v)) ? v : null);

/** Fields shared by JSONL and CSV; the id defaults to the line or row number. */
function toRecord(fields: Record<string, unknown>, fallbackChannel: Channel, where: Where): BatchRecord {
  const position = 'line' in where ? where.line : where.row;
  const rawId = fields.id;
  const id = idOf(rawId) ?? position;
  const fail = (error: string): BatchRecord => ({ ok: false, id, where, error });
  if (idOf(rawId) === null && rawId !== undefined && rawId !== null && rawId !== '') return fail('"id" must be a string or a number');
  if (typeof fields.text !== 'string') return fail('the text is missing or not a string');
  const channel = fields.channel === undefined || fields.channel === '' ? fallbackChannel : fields.channel;
  if (!isChannel(channel)) return fail(`unknown channel ${JSON.stringify(channel)}: use one of ${CHANNELS.join(', ')}`);
  if (fields.subject !== undefined && typeof fields.subject !== 'string') return fail('"subject" must be a string');
  const subject = fields.subject === '' ? undefined : fields.subject;
  const replyTo = replyToOf(fields.replyTo);
  if (replyTo === false) return fail('"replyTo" must be {"text": "...", "author"?: "..."} (in CSV: their text)');
  return { ok: true, id, where, draft: { text: fields.text, channel, subject, ...(replyTo ? { replyTo } : {}) } };
}

/** JSONL: {"text", "author"?}; CSV: the cell holds their text. Empty is none; false is malformed. */
function replyToOf(value: unknown): ReplyTo | undefined | false {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return { text: value };
  if (!isObject(value) || typeof value.text !== 'string') return false;
  if (value.author !== undefined && typeof value.author !== 'string') return false;
  if (value.text.trim() === '') return undefined;
  return { text: value.text, ...(value.author ? { author: value.author } : {}) };
}

/** One JSONL line (1-based `line`); blank lines are not records and give null. */
export function jsonlRecord(text: string, line: number, channel: Channel): BatchRecord | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, id: null, where: { line }, error: `not valid JSON (${detail})` };
  }
  if (!isObject(value)) return { ok: false, id: null, where: { line }, error: 'expected a JSON object like {"id": "...", "text": "..."}' };
  return toRecord(value, channel, { line });
}

/**
 * CSV rows as records. The first row is the header; `column` names the text column, and
 * columns named id, channel, subject and replyTo (the text answered) are used when present
 * (case and spaces ignored). Rows are numbered like a spreadsheet: the header is row 1. A row
 * csv.ts could not read becomes an error record and the rest go on.
 */
export function csvRecords(text: string, column: string, channel: Channel): BatchRecord[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('the CSV is empty: expected a header row');
  if ('error' in header) throw new Error(`the header row: ${header.error}`);
  const names = header.cells.map((h) => h.trim().toLowerCase());
  const textAt = names.indexOf(column.trim().toLowerCase());
  if (textAt < 0) throw new Error(`no column "${column}" in the header (found: ${header.cells.join(', ')}); pick one with --column`);
  const at = (name: string): number => (name === names[textAt] ? -1 : names.indexOf(name));
  const columns = { id: at('id'), channel: at('channel'), subject: at('subject'), replyTo: at('replyto') };
  return rows.map((row: CsvRow | CsvBadRow, i) => {
    if ('error' in row) return { ok: false, id: null, where: { row: i + 2 }, error: row.error };
    const cell = (index: number): string | undefined => (index >= 0 ? row.cells[index] : undefined);
    const fields = { id: cell(columns.id), text: cell(textAt), channel: cell(columns.channel), subject: cell(columns.subject), replyTo: cell(columns.replyTo) };
    return toRecord(fields, channel, { row: i + 2 });
  });
}

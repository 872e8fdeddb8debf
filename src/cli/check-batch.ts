/**
 * `parley check --jsonl | --csv`: many drafts in one input (a content calendar). Output is
 * one line per record, in input order: a report with its id, or an error naming the line/row.
 */
import type { CheckOptions } from './args.ts';
import { locateReport } from './format-json.ts';
import { formatText } from './format-text.ts';
import { labelOf, readInput, readLines, reason } from './input.ts';
import { INTERNAL_ERROR, type Io, type Outcome } from './outcome.ts';
import { csvRecords, jsonlRecord } from './records.ts';
import type { BatchRecord } from './source.ts';
import { totals } from './check-files.ts';

export async function checkBatch(options: CheckOptions, settings: unknown, outcome: Outcome, io: Io): Promise<void> {
  const input = options.inputs[0]!;
  const emit = (record: BatchRecord): void => emitRecord(record, labelOf(input), options, settings, outcome, io);
  if (options.mode === 'jsonl') {
    let line = 0;
    try {
      for await (const text of readLines(input)) {
        const record = jsonlRecord(text, ++line, options.channel);
        if (record) emit(record);
      }
    } catch (error) {
      outcome.trouble = true;
      io.err(`parley: cannot read ${labelOf(input)}${line > 0 ? ` after line ${line}` : ''}: ${reason(error)}`);
    }
  } else {
    const read = await readInput(input);
    let records: BatchRecord[] = [];
    try {
      if (read.ok) records = csvRecords(read.text, options.column, options.channel);
      else throw new Error(read.error);
    } catch (error) {
      outcome.trouble = true;
      io.err(`parley: ${labelOf(input)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const record of records) emit(record);
  }
  if (options.format === 'text' && outcome.drafts > 1) io.out(totals(outcome));
}

function emitRecord(record: BatchRecord, file: string, options: CheckOptions, settings: unknown, outcome: Outcome, io: Io): void {
  if (record.ok) {
    const report = outcome.check(record.draft, settings);
    if (report) {
      if (options.format === 'json') io.out(JSON.stringify({ id: record.id, ...locateReport(record.draft, report) }));
      else for (const line of formatText({ ...record.draft, label: `${file}[${record.id}]` }, report)) io.out(line);
      return;
    }
    record = { ok: false, id: record.id, where: record.where, error: INTERNAL_ERROR };
  }
  outcome.trouble = true;
  const where = 'line' in record.where ? `line ${record.where.line}` : `row ${record.where.row}`;
  io.err(`parley: ${file} ${where}${record.id === null ? '' : ` (id ${record.id})`}: ${record.error}`);
  if (options.format === 'json') io.out(JSON.stringify({ id: record.id, ...record.where, error: record.error }));
}

/** One draft to check, wherever it came from: a file, standard input, or a JSONL/CSV record. */
import type { Channel, ReplyTo } from '../core/index.ts';

export interface Source {
  /** How output names the draft: a path, "<stdin>", or "calendar.csv[post-7]". */
  label: string;
  text: string;
  channel: Channel;
  subject: string | undefined;
  /** The message the draft answers, when given (--reply-to, JSONL replyTo, CSV replyTo). */
  replyTo?: ReplyTo;
}

/** A record of a JSONL/CSV batch: a draft with its id, or why the line/row was refused. */
export type BatchRecord =
  | { ok: true; id: string | number; where: Where; draft: Omit<Source, 'label'> }
  | { ok: false; id: string | number | null; where: Where; error: string };

/** A JSONL line number, or a CSV row numbered as a spreadsheet does (the header is row 1). */
export type Where = { line: number } | { row: number };

/**
 * Reading inputs: a path, or "-" for standard input. Failures come back as a message a user
 * can act on ("no such file"), never as a stack trace, so one bad path does not stop the rest.
 */
import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export const STDIN = '-';
export const labelOf = (input: string): string => (input === STDIN ? '<stdin>' : input);

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/** A UTF-8 byte order mark is not part of the text; leaving it in would shift line 1's columns. */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export async function readInput(input: string): Promise<ReadResult> {
  try {
    const text = input === STDIN ? await readAll(process.stdin) : await readFile(input, 'utf8');
    return { ok: true, text: withoutBom(text) };
  } catch (error) {
    return { ok: false, error: `cannot read ${labelOf(input)}: ${reason(error)}` };
  }
}

/** Lines of an input, as they arrive: a long JSONL stream is checked without loading it whole. */
export async function* readLines(input: string): AsyncGenerator<string> {
  const stream = input === STDIN ? process.stdin : createReadStream(input, { encoding: 'utf8' });
  let first = true;
  // crlfDelay: a \r\n split across chunks still counts as one line end.
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    yield first ? withoutBom(line) : line;
    first = false;
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

export function reason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

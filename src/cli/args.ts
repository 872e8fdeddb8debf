/**
 * Command-line parsing for `parley check`, with node:util's parseArgs (no dependency). Every
 * mistake becomes a UsageError whose message says what to type instead.
 */
import { parseArgs } from 'node:util';
import { CHANNELS, type Channel } from '../core/index.ts';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
  /** files: each input is one draft; jsonl / csv: one input holding many drafts. */
  mode: 'files' | 'jsonl' | 'csv';
  /** Paths, or "-" for standard input. */
  inputs: string[];
  channel: Channel;
  subject: string | undefined;
  /** --reply-to FILE: the message the draft(s) answer. */
  replyToFile: string | undefined;
  format: OutputFormat;
  /** CSV: the header of the column that holds the draft. */
  column: string;
  settingsFile: string | undefined;
  /** --strict-settings: a settings file with anything wrong in it stops the run (exit 2). */
  strictSettings: boolean;
}

export type Command = { kind: 'help' } | { kind: 'check'; options: CheckOptions };

export class UsageError extends Error {}

const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        channel: { type: 'string', short: 'c' },
        subject: { type: 'string', short: 's' },
        'reply-to': { type: 'string' },
        format: { type: 'string', short: 'f' },
        jsonl: { type: 'boolean' },
        csv: { type: 'boolean' },
        column: { type: 'string' },
        settings: { type: 'string' },
        'strict-settings': { type: 'boolean' },
      },
    });
  } catch (error) {
    // parseArgs' own messages are clear ("Unknown option '--foo'"); keep them, drop the stack.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0 || positionals[0] === 'help') return { kind: 'help' };

  const [command, ...inputs] = positionals;
  if (command !== 'check') throw new UsageError(`unknown command "${command}": the command is "check"`);

  const channel = values.channel ?? 'generic';
  if (!isChannel(channel)) throw new UsageError(`unknown channel "${channel}": use one of ${CHANNELS.join(', ')}`);

  if (values.jsonl && values.csv) throw new UsageError('choose one of --jsonl and --csv');
  const mode = values.jsonl ? 'jsonl' : values.csv ? 'csv' : 'files';
  if (values['reply-to'] !== undefined && mode !== 'files') throw new UsageError(`--reply-to applies to FILE inputs: with --${mode}, give each draft its replyTo ${mode === 'jsonl' ? 'field' : 'column'}`);
  if (values.column !== undefined && mode !== 'csv') throw new UsageError('--column only applies with --csv');

  const format = values.format ?? (mode === 'files' ? 'text' : 'json');
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}": use text or json`);

  if (values['strict-settings'] && values.settings === undefined) throw new UsageError('--strict-settings applies to a --settings FILE');
  if (inputs.length === 0) throw new UsageError('no input: give one or more FILEs, or - to read standard input');
  if (mode !== 'files' && inputs.length > 1) throw new UsageError(`--${mode} reads one input (a FILE or -)`);
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

  return {
    kind: 'check',
    options: {
      mode,
      inputs,
      channel,
      subject: values.subject,
      replyToFile: values['reply-to'],
      format,
      column: values.column ?? 'text',
      settingsFile: values.settings,
      strictSettings: values['strict-settings'] ?? false,
    },
  };
}

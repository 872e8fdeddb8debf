/**
 * The `parley` command: lints marketing drafts from files, standard input, JSONL or CSV, like
 * a linter (FILE:LINE:COL findings, exit status for CI). Built to lib/cli.js.
 */
import { parseCommand, UsageError } from './args.ts';
import { checkBatch } from './check-batch.ts';
import { checkFiles } from './check-files.ts';
import { HELP } from './help.ts';
import { EXIT_OK, EXIT_TROUBLE, type Io, Outcome } from './outcome.ts';
import { loadSettings } from './settings-file.ts';

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`parley: ${error.message}\nRun "parley --help" for usage.`);
    return EXIT_TROUBLE;
  }
  if (command.kind === 'help') {
    io.out(HELP);
    return EXIT_OK;
  }
  const { options } = command;
  let settings: unknown;
  if (options.settingsFile !== undefined) {
    const loaded = await loadSettings(options.settingsFile, options.strictSettings ? 'strict' : 'import');
    if (!loaded.ok) {
      io.err(`parley: ${loaded.error}`);
      return EXIT_TROUBLE;
    }
    for (const warning of loaded.warnings) io.err(`parley: ${warning}`);
    settings = loaded.settings;
  }
  const outcome = new Outcome();
  if (options.mode === 'files') await checkFiles(options, settings, outcome, io);
  else await checkBatch(options, settings, outcome, io);
  return outcome.exitCode;
}

// `parley check … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`parley: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT_TROUBLE;
  },
);

/** The text `parley --help` prints. */
import { CHANNELS } from '../core/index.ts';

export const HELP = `Usage: parley check [options] FILE... | -
       parley check --jsonl [options] FILE | -
       parley check --csv [--column NAME] [options] FILE | -

Checks marketing drafts for broadcast-style self-promotion and noise, locally.
Nothing you check leaves this machine.

Options:
  -c, --channel C     where the draft will be sent (default: generic):
                      ${CHANNELS.join(', ')}
  -s, --subject S     the email subject line, checked with the body
      --reply-to FILE the message the draft answers (FILE inputs): the reply is
                      checked against it (questions left open, a pitch instead)
  -f, --format F      text (default for FILEs) or json (default for --jsonl/--csv,
                      one JSON object per line)
      --jsonl         the input holds one draft per line:
                      {"id": "...", "text": "...", "channel"?: "...", "subject"?: "...",
                       "replyTo"?: {"text": "...", "author"?: "..."}}
      --csv           the input is CSV with a header row; drafts are in the text column;
                      comma, semicolon or tab, as the header line uses
      --column NAME   with --csv: the header of the text column (default: text);
                      columns named id, channel, subject and replyTo are used when present
      --settings FILE settings exported from the extension's options page, or a bare
                      settings object ({"rules": {...}, "channels": {...}, "words": {...}});
                      anything wrong in it is skipped with a warning
      --strict-settings
                      with --settings: anything wrong in the file stops the run (exit 2)
  -h, --help          show this help

Locations are line:column, both 1-based; columns count UTF-16 code units (as ESLint
and VS Code do), so an emoji counts as two.

Exit status: 0 all good; 1 noise is high in at least one draft; 2 a usage error or
an input (file, line or row) that could not be read.`;

/** `parley check FILE... | -`: each input is one draft; text or JSON output. */
import type { ReplyTo, Report } from '../core/index.ts';
import type { CheckOptions } from './args.ts';
import { formatJsonFiles } from './format-json.ts';
import { formatText, plural } from './format-text.ts';
import { labelOf, readInput } from './input.ts';
import { INTERNAL_ERROR, type Io, type Outcome } from './outcome.ts';
import type { Source } from './source.ts';

export async function checkFiles(options: CheckOptions, settings: unknown, outcome: Outcome, io: Io): Promise<void> {
  let replyTo: ReplyTo | undefined;
  if (options.replyToFile !== undefined) {
    const read = await readInput(options.replyToFile);
    if (!read.ok) {
      outcome.trouble = true;
      io.err(`parley: --reply-to: ${read.error}`);
      return;
    }
    replyTo = { text: read.text };
  }
  const results: { draft: Source; report: Report }[] = [];
  for (const input of options.inputs) {
    const read = await readInput(input);
    if (!read.ok) {
      outcome.trouble = true;
      io.err(`parley: ${read.error}`);
      continue;
    }
    const draft: Source = { label: labelOf(input), text: read.text, channel: options.channel, subject: options.subject, ...(replyTo ? { replyTo } : {}) };
    const report = outcome.check(draft, settings);
    if (!report) {
      io.err(`parley: ${draft.label}: ${INTERNAL_ERROR}`);
      continue;
    }
    // Text is printed as each file is done, so a long run shows progress; JSON is one array.
    if (options.format === 'text') for (const line of formatText(draft, report)) io.out(line);
    else results.push({ draft, report });
  }
  if (options.format === 'json') io.out(formatJsonFiles(results));
  else if (options.inputs.length > 1) io.out(totals(outcome));
}

export function totals(outcome: Outcome): string {
  const noisy = outcome.noisyDrafts > 0 ? `; noise high in ${plural(outcome.noisyDrafts, 'draft')}` : '';
  return `${plural(outcome.findings, 'finding')} in ${plural(outcome.drafts, 'draft')}${noisy}`;
}

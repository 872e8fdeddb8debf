/** What a run found, and the exit status CI reads from it. */
import { analyze, type Report } from '../core/index.ts';
import type { Source } from './source.ts';

export const EXIT_OK = 0;
/** Noise is high in at least one draft: the message would read as broadcast. */
export const EXIT_NOISY = 1;
/** A usage error, or an input (file, JSONL line, CSV row) that could not be read. */
export const EXIT_TROUBLE = 2;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export class Outcome {
  noisy = false;
  trouble = false;
  drafts = 0;
  findings = 0;
  noisyDrafts = 0;

  /** Analyse one draft and count it; null (and trouble) if the core failed on it. */
  check(source: Omit<Source, 'label'>, settings: unknown): Report | null {
    let report: Report;
    try {
      report = analyze(source.text, { channel: source.channel, subject: source.subject, replyTo: source.replyTo, settings });
    } catch {
      this.trouble = true;
      return null;
    }
    this.drafts++;
    this.findings += report.findings.length;
    if (report.noise.level === 'high') {
      this.noisy = true;
      this.noisyDrafts++;
    }
    return report;
  }

  /** Unreadable input outranks noise: a CI run that skipped drafts has not passed. */
  get exitCode(): number {
    if (this.trouble) return EXIT_TROUBLE;
    return this.noisy ? EXIT_NOISY : EXIT_OK;
  }
}

export const INTERNAL_ERROR = 'parley failed on this draft (a bug: please report it with the text)';

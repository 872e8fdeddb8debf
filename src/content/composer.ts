/**
 * One coached composer: its text, its latest report and the hints on screen. Re-reads the
 * text when the editor changes, keeps hints on their words while the user types (remap), and
 * analyses after a short pause, only when something the analysis reads has changed.
 */
import type { AnalyzeInput, Channel, Finding, Report } from '../core/types.ts';
import type { CoachedComposer } from './overlay/types.ts';
import { diffEdit, remapSpans } from './text/remap.ts';
import { type TextSurface, clippingAncestors, visibleBox } from './text/surface.ts';

/** Long enough to fall between keystrokes of a fluent typist, short enough to feel live. */
export const ANALYSE_DELAY_MS = 150;

/** Findings over more than this many characters (a whole paragraph) go to the panel, not under the text. */
const MAX_UNDERLINE = 240;

export type Analyzer = (text: string, input: AnalyzeInput) => Report;

export interface ComposerContext {
  analyze: Analyzer;
  /** Everything but the text that goes into the analysis (channel, subject, settings). */
  inputFor(session: ComposerSession): AnalyzeInput;
  /** The text or the hints moved: redraw. */
  changed(session: ComposerSession): void;
  /** A new report is in. */
  analysed(session: ComposerSession): void;
}

let nextId = 1;

export class ComposerSession implements CoachedComposer {
  readonly id = `c${nextId++}`;
  readonly controller = new AbortController();
  text = '';
  hints: Finding[] = [];
  /** Subject-line findings, with offsets into `subject` (what was analysed). */
  subjectHints: Finding[] = [];
  /** The subject line as last analysed ('' when there is none). */
  subject = '';
  /**
   * The report the page may see (underlines, pill, panel): the draft judged alone. The noise
   * memory's facts (other sends, when, where) would tell any script reading the overlay what
   * the user sent elsewhere, so they stay out of it.
   */
  report: Report | null = null;
  /** The report with the noise memory's context: only for the popup and the toolbar badge. */
  fullReport: Report | null = null;
  dark = false;
  channelOverride: Channel | null = null;
  /** Findings the user ignored in this draft: rule + the flagged words. */
  private readonly ignored = new Set<string>();
  private clippers: Element[] = [];
  /** What the page's report was made from (everything but the noise memory), and the memory's answer. */
  private analysedKey = '';
  private memoryKey = '';
  private timer = 0;

  constructor(
    readonly element: Element,
    private readonly surface: TextSurface,
    private readonly ctx: ComposerContext,
  ) {
    this.clippers = clippingAncestors(element);
    this.text = surface.read();
    surface.observe(() => this.onChange(), this.controller.signal);
  }

  get channel(): Channel {
    return this.ctx.inputFor(this).channel ?? 'generic';
  }

  rects(start: number, end: number): DOMRect[] {
    return this.surface.rects(start, end);
  }

  visibleBox(): DOMRect | null {
    return visibleBox(this.element, this.clippers);
  }

  reveal(start: number, end: number): void {
    this.surface.reveal(start, end);
  }

  textOf(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Re-reads the text now (after applying a fix, or when the page may have changed it). */
  refresh(): void {
    this.onChange();
  }

  /** Analyse after the typing pause (or at once with delay 0). */
  schedule(delay = ANALYSE_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.analyseNow(), delay);
  }

  ignore(finding: Finding): void {
    // By rule and words, not by identity: an analysis since the card opened made new objects.
    const key = this.ignoreKey(finding);
    this.ignored.add(key);
    this.hints = this.hints.filter((f) => this.ignoreKey(f) !== key);
    this.subjectHints = this.subjectHints.filter((f) => this.ignoreKey(f) !== key);
    this.ctx.changed(this);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.controller.abort();
  }

  private onChange(): void {
    const text = this.surface.read();
    const edit = diffEdit(this.text, text);
    if (!edit) return;
    this.text = text;
    this.hints = remapSpans(this.hints, edit, text);
    this.ctx.changed(this);
    this.schedule();
  }

  /** Analyses now if anything the analysis reads has changed. */
  analyseNow(): void {
    clearTimeout(this.timer);
    if (!this.element.isConnected) return;
    const input = this.ctx.inputFor(this);
    const { context, ...draftAlone } = input;
    const pageKey = JSON.stringify([this.text, input.channel, input.subject, input.recipients, input.replyTo ?? null, input.settings, [...this.ignored]]);
    const memoryKey = JSON.stringify(context ?? null); // noise memory
    if (pageKey === this.analysedKey && memoryKey === this.memoryKey) return;
    this.memoryKey = memoryKey;
    if (pageKey === this.analysedKey) {
      // Only the noise memory's answer changed: the page's overlay stays exactly as it is, so
      // not even a redraw tells a watching page that the memory knows something about this text.
      this.fullReport = context && this.report ? this.ctx.analyze(this.text, input) : this.report;
      this.ctx.analysed(this);
      return;
    }
    this.analysedKey = pageKey;
    this.clippers = clippingAncestors(this.element);
    const report = this.ctx.analyze(this.text, draftAlone);
    this.report = report;
    // The second run re-uses the first one's sentences (the core's cache): well under a millisecond.
    this.fullReport = context ? this.ctx.analyze(this.text, input) : report;
    this.subject = input.subject ?? '';
    const shown = (f: Finding): boolean => f.end > f.start && f.end - f.start <= MAX_UNDERLINE && !this.ignored.has(this.ignoreKey(f));
    // Findings in the message they answer (field 'replyTo') are listed in the popup, never underlined in the draft.
    this.hints = report.findings.filter((f) => (f.field ?? 'body') === 'body' && shown(f));
    this.subjectHints = report.findings.filter((f) => f.field === 'subject' && shown(f));
    this.ctx.analysed(this);
    this.ctx.changed(this);
  }

  private ignoreKey(f: Finding): string {
    const text = f.field === 'subject' ? this.subject : this.text;
    return `${f.rule}\u0000${f.field ?? 'body'}\u0000${text.slice(f.start, f.end).toLowerCase()}`;
  }
}

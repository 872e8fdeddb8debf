/**
 * One coached composer: its text, the reports of its last analysis and the hints on screen.
 * It re-reads the text when the editor changes, keeps hints on their words while the user
 * types (remap) and reports the edit; the coach decides when to analyse and hands the result
 * back (take). Data flows one way: editor → session → coach → analysis → session → overlay.
 */
import type { AnalysisViews } from '../core/analyze.ts';
import type { AnalyzeInput, Channel, Finding, Report } from '../core/types.ts';
import { type ComposerFacts, NO_FACTS } from './draft-input.ts';
import type { CoachedComposer } from './overlay/types.ts';
import { RectCache } from './text/rect-cache.ts';
import { diffEdit, remapSpans } from './text/remap.ts';
import { type TextSurface, clippingAncestors, visibleBox } from './text/surface.ts';

/** Findings over more than this many characters (a whole paragraph) go to the panel, not under the text. */
const MAX_UNDERLINE = 240;
/** After typing stops this long, every span is measured again (rect-cache.ts: a move nothing told us about). */
const REMEASURE_AFTER_MS = 400;

export interface ComposerEvents {
  /** The user's text changed (the hints already follow it): redraw, and analyse again. */
  edited(session: ComposerSession): void;
  /** The hints changed without an edit (one was ignored): redraw. */
  redraw(session: ComposerSession): void;
}

/** What an analysis changed: what the page sees (the draft), or only the send history's view. */
export type Change = 'draft' | 'history';

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
   * The report the page may see (underlines, pill, panel): the draft judged alone. The send
   * history's facts (other sends, when, where) would tell any script reading the overlay what
   * the user sent elsewhere, so they stay out of it.
   */
  report: Report | null = null;
  /** The report with the send history's context: only for the popup and the toolbar badge. */
  fullReport: Report | null = null;
  dark = false;
  /** The site adapter's facts, read at focus and when a field they come from changes (coach.ts). */
  facts: ComposerFacts = NO_FACTS;
  channelOverride: Channel | null = null;
  /** Findings the user ignored in this draft: rule + the flagged words. */
  private readonly ignored = new Set<string>();
  private clippers: Element[] = [];
  /** What the last analysis read: the page's part, and the send history's answer (as JSON). */
  private analysed: { text: string; input: AnalyzeInput; ignored: number } | null = null;
  private analysedHistory = '';
  /** How much of `text` the analysis core has tokenized (coach.ts prepares a long paste in slices). */
  prepared = 0;
  private readonly measured = new RectCache();
  private remeasure: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly element: Element,
    private readonly surface: TextSurface,
    private readonly events: ComposerEvents,
  ) {
    this.clippers = clippingAncestors(element);
    this.text = surface.read();
    surface.observe(() => this.refresh(true), this.controller.signal);
  }

  rects(start: number, end: number): DOMRect[] {
    return this.measured.rects(start, end, () => this.surface.rects(start, end));
  }

  visibleBox(): DOMRect | null {
    const box = this.element.getBoundingClientRect();
    this.measured.place(box, this.element);
    return visibleBox(this.element, this.clippers, box);
  }

  layoutChanged(): void {
    this.measured.forget();
  }

  reveal(start: number, end: number): void {
    this.surface.reveal(start, end);
  }

  textOf(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /**
   * Re-reads the text now (the editor changed, a fix was applied, or the page may have changed
   * it). `mutated`: the editor's content changed, so a change the text does not show (an image,
   * a node drawn again) may have moved it.
   */
  refresh(mutated = false): void {
    const text = this.surface.read();
    const edit = diffEdit(this.text, text);
    if (!edit) {
      if (mutated) this.measured.forget();
      return;
    }
    this.measured.edited(edit, this.text);
    this.text = text;
    this.hints = remapSpans(this.hints, edit, text);
    this.remeasureWhenTypingStops();
    this.events.edited(this);
  }

  ignore(finding: Finding): void {
    // By rule and words, not by identity: an analysis since the card opened made new objects.
    const key = this.ignoreKey(finding);
    this.ignored.add(key);
    this.hints = this.hints.filter((f) => this.ignoreKey(f) !== key);
    this.subjectHints = this.subjectHints.filter((f) => this.ignoreKey(f) !== key);
    this.events.redraw(this);
  }

  dispose(): void {
    clearTimeout(this.remeasure);
    this.controller.abort();
  }

  private remeasureWhenTypingStops(): void {
    clearTimeout(this.remeasure);
    this.remeasure = setTimeout(() => {
      this.measured.forget();
      this.events.redraw(this);
    }, REMEASURE_AFTER_MS);
  }

  /** What analysing `input` now would change (null: nothing the analysis reads has changed). */
  changeIn(input: AnalyzeInput): Change | null {
    const last = this.analysed;
    const { context, ...draft } = input;
    const sameDraft =
      last !== null &&
      last.text === this.text &&
      last.ignored === this.ignored.size &&
      last.input.channel === draft.channel &&
      last.input.subject === draft.subject &&
      last.input.recipients === draft.recipients &&
      last.input.settings === draft.settings;
    if (!sameDraft) return 'draft';
    return JSON.stringify(context ?? null) === this.analysedHistory ? null : 'history';
  }

  /** Takes an analysis of `input`. On a 'history' change the page's view is left exactly as it was. */
  take(views: AnalysisViews, input: AnalyzeInput, change: Change): void {
    this.analysedHistory = JSON.stringify(input.context ?? null);
    // Only the send history's answer changed: not even a redraw tells a watching page that
    // the history knows something about this text.
    this.fullReport = views.withHistory;
    if (change === 'history') return;
    const { context: _history, ...draft } = input;
    this.analysed = { text: this.text, input: draft, ignored: this.ignored.size };
    this.prepared = this.text.length;
    this.clippers = clippingAncestors(this.element);
    this.report = views.draftAlone;
    this.subject = input.subject ?? '';
    const shown = (f: Finding): boolean => f.end > f.start && f.end - f.start <= MAX_UNDERLINE && !this.ignored.has(this.ignoreKey(f));
    // Findings in the message they answer (field 'replyTo') are listed in the popup, never underlined in the draft.
    this.hints = views.draftAlone.findings.filter((f) => (f.field ?? 'body') === 'body' && shown(f));
    this.subjectHints = views.draftAlone.findings.filter((f) => f.field === 'subject' && shown(f));
  }

  private ignoreKey(f: Finding): string {
    const text = f.field === 'subject' ? this.subject : this.text;
    return `${f.rule}\u0000${f.field ?? 'body'}\u0000${text.slice(f.start, f.end).toLowerCase()}`;
  }
}

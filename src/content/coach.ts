/**
 * The coach of one frame: keeps a session per composer (dropped when it leaves the page),
 * feeds them to the analysis and the overlay, and reports the current draft to the badge.
 * Everything it sets up hangs off one AbortSignal, so stop() leaves nothing behind.
 */
import type { AnalysisViews } from '../core/analyze.ts';
import type { AnalyzeInput, Channel } from '../core/types.ts';
import type { Settings } from '../settings/schema.ts';
import { AnalysisSchedule } from './analysis-schedule.ts';
import { recordRun } from './coach-stats.ts';
import { ComposerSession } from './composer.ts';
import { activeComposer, composerAt, watchComposers, watchOtherFields } from './discovery.ts';
import { analysisInput, channelOf, readFacts, sameFacts } from './draft-input.ts';
import { isOnDarkBackground } from './overlay/dark-background.ts';
import { HintAnnouncer } from './hint-announcer.ts';
import { Overlay } from './overlay/overlay.ts';
import { type Preparer, prepareNextSlice } from './paste-slices.ts';
import type { OverlayActions, WhyOf } from './overlay/types.ts';
import { SendHistory } from './send-history.ts';
import { draftChanged, watchSends } from './session-history.ts';
import type { SiteAdapter } from './sites/index.ts';
import { SubjectLines, visibleSubjectField } from './subject-line.ts';
import { surfaceOf } from './text/surface-of.ts';

/** One analysis of a draft, seen by the user (with the send history) and by the page (without). */
export type Analyzer = (text: string, input: AnalyzeInput) => AnalysisViews;

/** `prepare` and `warmUp`: what a long paste needs from the analysis core (paste-slices.ts). */
export interface CoachDeps extends Preparer<AnalyzeInput> {
  adapter: SiteAdapter;
  analyze: Analyzer;
  whyOf: WhyOf;
  settings: Settings;
  /** Builds the overlay's actions for this coach (apply, ignore, never flag). */
  actions(coach: Coach): OverlayActions;
  /** The current draft's score changed (null: no draft any more). */
  onDraft(session: ComposerSession | null): void;
}

export class Coach {
  readonly sessions = new Map<Element, ComposerSession>();
  readonly overlay: Overlay;
  /** Email subject fields, underlined for their composer's subject-line findings. */
  private readonly subjectLines = new SubjectLines(() => this.overlay.host.root);
  private readonly controller = new AbortController();
  /** Records sends, and gives each composer what the send history knows about its draft. */
  readonly history = new SendHistory<ComposerSession>({
    enabled: () => this.deps.settings.memory.keepHistory,
    composers: () => this.sessions.values(),
    changed: (session) => this.requestAnalysis(session),
    signal: this.controller.signal,
  });
  private readonly schedules = new WeakMap<ComposerSession, AnalysisSchedule>();
  private focusedSession: ComposerSession | null = null;
  private readonly announcer: HintAnnouncer;
  /** The focused composer, or the one last focused (what the popup and badge show). */
  current: ComposerSession | null = null;

  constructor(private readonly deps: CoachDeps) {
    const { signal } = this.controller;
    this.overlay = new Overlay({
      actions: deps.actions(this),
      whyOf: deps.whyOf,
      composers: () => this.sessions.values(),
      fields: () => this.subjectLines.values(),
      focused: () => this.focusedSession,
      signal,
    });
    this.announcer = new HintAnnouncer((message) => this.overlay.announce(message));
    watchComposers({ focused: (el) => this.onFocus(el), blurred: () => this.onBlur(), sweep: () => this.sweep() }, signal);
    // The subject's underlines hide until it is analysed again (SubjectLine.hints), so redraw now.
    watchOtherFields(() => {
      for (const s of this.sessions.values()) this.readFacts(s);
      if (this.subjectLines.size > 0) this.overlay.requestDraw();
    }, signal);
    this.sweep();
    const active = activeComposer();
    if (active) this.onFocus(active);
  }

  get adapter(): SiteAdapter {
    return this.deps.adapter;
  }

  get settings(): Settings {
    return this.deps.settings;
  }

  set settings(settings: Settings) {
    this.deps.settings = settings;
    for (const s of this.sessions.values()) this.requestAnalysis(s);
  }

  byId(id: string): ComposerSession | undefined {
    return [...this.sessions.values()].find((s) => s.id === id);
  }

  setChannel(session: ComposerSession, channel: Channel | null): void {
    session.channelOverride = channel;
    draftChanged(this.history, session);
    this.analyseNow(session);
  }

  /** Analyses a composer when the schedule says (analysis-schedule.ts). */
  requestAnalysis(session: ComposerSession): void {
    this.scheduleOf(session).request();
  }

  /** Analyses a composer now (a fix went in: its hints must follow at once). */
  analyseNow(session: ComposerSession): void {
    this.scheduleOf(session).runNow();
  }

  stop(): void {
    for (const s of this.sessions.values()) this.dispose(s);
    this.sessions.clear();
    this.announcer.stop();
    this.controller.abort();
    this.deps.onDraft(null);
  }

  /** What goes into analyze() for a composer, besides its text (draft-input.ts). */
  inputFor(session: ComposerSession): AnalyzeInput {
    const channel = channelOf(session.facts, session.channelOverride);
    return analysisInput(session.facts, session.channelOverride, this.deps.settings.analysis, this.history.contextFor(session, channel));
  }

  /**
   * One scheduled run: build the input once, analyse once (both views), and send the result
   * out to the overlay, the popup and the badge. Returns what the analysis cost (ms), or null
   * when nothing it reads had changed.
   */
  private analyse(session: ComposerSession): number | null {
    if (!session.element.isConnected) return null;
    const input = this.inputFor(session);
    const change = session.changeIn(input);
    if (!change) return null;
    const started = performance.now();
    if (prepareNextSlice(session, input, this.deps)) {
      this.requestAnalysis(session); // the rest, in a task of its own
      return performance.now() - started;
    }
    const views = this.deps.analyze(session.text, input);
    const cost = performance.now() - started;
    recordRun(cost);
    session.take(views, input, change);
    if (session === this.current) this.deps.onDraft(session);
    if (change === 'draft') {
      this.subjectLines.sync(session, visibleSubjectField(this.deps.adapter, session.element));
      this.overlay.requestDraw();
      if (session === this.focusedSession) this.announcer.later(() => session.hints.length, () => session === this.focusedSession);
    }
    return cost;
  }

  /** Re-reads the adapter's facts about a composer; analyses again when they changed. */
  private readFacts(session: ComposerSession): void {
    const facts = readFacts(this.deps.adapter, session.element);
    if (sameFacts(facts, session.facts)) return;
    session.facts = facts;
    draftChanged(this.history, session);
    this.requestAnalysis(session);
  }

  private scheduleOf(session: ComposerSession): AnalysisSchedule {
    let schedule = this.schedules.get(session);
    if (!schedule) {
      schedule = new AnalysisSchedule(() => this.analyse(session));
      this.schedules.set(session, schedule);
    }
    return schedule;
  }

  private dispose(session: ComposerSession): void {
    this.schedules.get(session)?.dispose();
    session.dispose();
  }

  attach(el: Element): ComposerSession {
    const existing = this.sessions.get(el);
    if (existing) return existing;
    const session = new ComposerSession(el, surfaceOf(el, this.overlay.host.root, this.deps.adapter.skip), {
      edited: (s) => {
        this.overlay.requestDraw();
        draftChanged(this.history, s);
        this.requestAnalysis(s);
      },
      redraw: () => this.overlay.requestDraw(),
    });
    session.facts = readFacts(this.deps.adapter, el);
    session.dark = isOnDarkBackground(el);
    this.overlay.sizes.observe(el);
    session.controller.signal.addEventListener('abort', () => this.overlay.sizes.unobserve(el));
    this.sessions.set(el, session);
    watchSends(this.history, session, this.deps.adapter);
    draftChanged(this.history, session);
    this.requestAnalysis(session);
    return session;
  }

  private onBlur(): void {
    this.focusedSession = null;
    this.overlay.requestDraw();
  }

  private onFocus(el: Element): void {
    const known = this.sessions.get(el);
    const session = this.attach(el);
    if (known) this.readFacts(session); // the channel, subject or recipients may have changed since
    this.focusedSession = session;
    this.overlay.requestDraw();
    if (this.current !== session) {
      this.current = session;
      this.deps.onDraft(session);
    }
  }

  /** Drops composers that left the page; picks up the site's composers that arrived. */
  private sweep(): void {
    for (const [el, session] of this.sessions) {
      if (el.isConnected) continue;
      this.dispose(session);
      this.sessions.delete(el);
      this.subjectLines.forget(session);
      if (this.focusedSession === session) this.focusedSession = null;
      if (this.current === session) {
        this.current = [...this.sessions.values()].at(-1) ?? null;
        this.deps.onDraft(this.current);
      }
    }
    const selector = this.deps.adapter.composers;
    if (selector) {
      for (const found of document.querySelectorAll(selector)) {
        const composer = composerAt(found);
        if (composer && !this.sessions.has(composer)) this.attach(composer);
      }
    }
    this.overlay.requestDraw();
  }
}

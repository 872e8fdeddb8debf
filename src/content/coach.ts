/**
 * The coach of one frame: keeps a session per composer (dropped when it leaves the page),
 * feeds them to the analysis and the overlay, and reports the current draft to the badge.
 * Everything it sets up hangs off one AbortSignal, so stop() leaves nothing behind.
 */
import type { AnalyzeInput, Channel, ReplyTo } from '../core/types.ts';
import type { Settings } from '../settings/schema.ts';
import { type Analyzer, ComposerSession } from './composer.ts';
import { activeComposer, composerAt, watchComposers } from './discovery.ts';
import { type MemoryDraft, NoiseMemory } from './memory.ts';
import { isOnDarkBackground } from './overlay/dark-background.ts';
import { Overlay, SHORTCUT_LABEL } from './overlay/overlay.ts';
import type { OverlayActions, WhyOf } from './overlay/types.ts';
import type { SiteAdapter } from './sites/index.ts';
import { SubjectLine } from './subject-line.ts';
import { FieldSurface } from './text/field-surface.ts';
import { RichSurface } from './text/rich-surface.ts';
import { TextareaMirror } from './text/textarea-mirror.ts';

export interface CoachDeps {
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
  /** Email subject fields, underlined for their composer's subject-line findings. */
  readonly subjectLines = new Map<ComposerSession, SubjectLine>();
  readonly overlay: Overlay;
  private readonly controller = new AbortController();
  /** Noise memory: records sends, and gives each composer its send history for the analysis. */
  readonly memory = new NoiseMemory<ComposerSession>({
    enabled: () => this.deps.settings.memory.keepHistory,
    composers: () => this.sessions.values(),
    changed: (session) => session.schedule(0),
    signal: this.controller.signal,
  });
  private focusedSession: ComposerSession | null = null;
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
    watchComposers({ focused: (el) => this.onFocus(el), blurred: () => this.onBlur(), sweep: () => this.sweep() }, signal);
    // Typing in a subject or recipients field changes what the analysis reads; the subject's
    // underlines hide until it is analysed again (SubjectLine.hints), so redraw now.
    document.addEventListener('input', (e) => {
      if (composerAt(e.composedPath()[0])) return;
      for (const s of this.sessions.values()) s.schedule();
      if (this.subjectLines.size > 0) this.overlay.requestDraw();
    }, { capture: true, signal });
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
    for (const s of this.sessions.values()) s.schedule(0);
  }

  byId(id: string): ComposerSession | undefined {
    return [...this.sessions.values()].find((s) => s.id === id);
  }

  setChannel(session: ComposerSession, channel: Channel | null): void {
    session.channelOverride = channel;
    session.analyseNow();
  }

  /** The channel the site adapter gives a composer, before any override by the user. */
  detectedChannel(session: ComposerSession): Channel {
    const { adapter } = this.deps;
    return this.isOwn(session) ? adapter.channelOf(session.element) : 'generic';
  }

  stop(): void {
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    this.controller.abort();
    this.deps.onDraft(null);
  }

  /** What goes into analyze() for a composer, besides its text. */
  inputFor(session: ComposerSession): AnalyzeInput {
    const { adapter } = this.deps;
    const own = this.isOwn(session);
    return {
      channel: session.channelOverride ?? this.detectedChannel(session),
      // As typed, not trimmed: subject findings' offsets index the field's value.
      subject: own ? adapter.subjectField?.(session.element)?.value || undefined : undefined,
      recipients: own ? adapter.recipientsOf?.(session.element) : undefined,
      replyTo: own ? this.replyToOf(session) : undefined,
      settings: this.deps.settings.analysis,
      context: this.memory.contextFor(session, session.channelOverride ?? this.detectedChannel(session), () => this.memoryDraft(session)), // noise memory
    };
  }

  /** The message a composer answers: read from the page once per focus, not per keystroke. */
  private readonly threads = new WeakMap<ComposerSession, ReplyTo | undefined>();

  private replyToOf(session: ComposerSession): ReplyTo | undefined {
    if (!this.threads.has(session)) this.threads.set(session, this.deps.adapter.replyToOf?.(session.element));
    return this.threads.get(session);
  }

  private isOwn(session: ComposerSession): boolean {
    const selector = this.deps.adapter.composers;
    return selector !== '' && session.element.matches(selector);
  }

  /** Noise memory: what it reads of a composer (the text only to fingerprint it there and then). */
  private memoryDraft(session: ComposerSession): MemoryDraft {
    const recipients = this.isOwn(session) ? this.deps.adapter.recipientAddressesOf?.(session.element) : undefined;
    return { channel: session.channelOverride ?? this.detectedChannel(session), text: session.text, recipients };
  }

  attach(el: Element): ComposerSession {
    const existing = this.sessions.get(el);
    if (existing) return existing;
    const field = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : null;
    const surface = field ? new FieldSurface(field, new TextareaMirror(this.overlay.host.root)) : new RichSurface(el, this.deps.adapter.skip);
    const session = new ComposerSession(el, surface, {
      analyze: this.deps.analyze,
      inputFor: (s) => this.inputFor(s),
      changed: () => this.overlay.requestDraw(),
      analysed: (s) => this.onAnalysed(s),
    });
    session.dark = isOnDarkBackground(el);
    this.overlay.sizes.observe(el);
    session.controller.signal.addEventListener('abort', () => this.overlay.sizes.unobserve(el));
    this.sessions.set(el, session);
    // Noise memory: notice this composer's sends (its own Send button only: see sends.ts).
    const { sendSelector, enterSends } = this.deps.adapter;
    const sends = { sendSelector, enterSends: !!enterSends && el.matches(enterSends) };
    this.memory.watch(session, el, sends, () => (session.refresh(), this.memoryDraft(session)), session.controller.signal);
    session.schedule(0);
    return session;
  }

  private onBlur(): void {
    this.focusedSession = null;
    this.overlay.requestDraw();
  }

  private onFocus(el: Element): void {
    const session = this.attach(el);
    this.threads.delete(session); // the thread may have changed since: read it again on the next analysis
    session.schedule(0);
    this.focusedSession = session;
    this.overlay.requestDraw();
    if (this.current !== session) {
      this.current = session;
      this.deps.onDraft(session);
    }
  }

  private onAnalysed(session: ComposerSession): void {
    this.syncSubjectLine(session);
    if (session === this.current) this.deps.onDraft(session);
    if (session === this.focusedSession) {
      const n = session.hints.length;
      this.overlay.announce(n === 0 ? '' : `Parley: ${n} suggestion${n === 1 ? '' : 's'}. ${SHORTCUT_LABEL} to review.`);
    }
  }

  /** Underlines a composer's subject in its visible subject field (never in a hidden one). */
  private syncSubjectLine(session: ComposerSession): void {
    const field = this.isOwn(session) ? this.deps.adapter.subjectField?.(session.element) : undefined;
    const shown = field && field.type !== 'hidden' ? field : undefined;
    const line = this.subjectLines.get(session);
    if (line?.element === shown) return;
    line?.dispose();
    this.subjectLines.delete(session);
    if (shown) this.subjectLines.set(session, new SubjectLine(shown, session, this.overlay.host.root, session.controller.signal));
  }

  /** Drops composers that left the page; picks up the site's composers that arrived. */
  private sweep(): void {
    for (const [el, session] of this.sessions) {
      if (el.isConnected) continue;
      session.dispose();
      this.sessions.delete(el);
      this.subjectLines.delete(session); // its mirror went with the session's signal
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

/**
 * An email's subject field as the overlay sees it: the subject-line findings of its composer's
 * report, underlined in the field, fixed in the field. Not a composer of its own: the body's
 * session analyses body and subject together, so the score and the panel stay one per draft.
 */
import type { Finding, Report } from '../core/types.ts';
import type { ComposerSession } from './composer.ts';
import type { CoachedComposer } from './overlay/types.ts';
import type { SiteAdapter } from './sites/index.ts';
import { FieldSurface } from './text/field-surface.ts';
import { clippingAncestors, visibleBox } from './text/surface.ts';

/** A composer's subject field, if it is one of the site's own composers and the field shows (never a hidden one). */
export function visibleSubjectField(adapter: SiteAdapter, composer: Element): HTMLInputElement | undefined {
  const own = adapter.composers !== '' && composer.matches(adapter.composers);
  const field = own ? adapter.subjectField?.(composer) : undefined;
  return field && field.type !== 'hidden' ? field : undefined;
}

export class SubjectLine implements CoachedComposer {
  readonly id: string;
  private readonly surface: FieldSurface;
  private readonly clippers: Element[];
  private readonly controller = new AbortController();

  constructor(
    readonly element: HTMLInputElement,
    readonly session: ComposerSession,
    mirrorParent: Node & ParentNode,
    signal: AbortSignal,
  ) {
    this.id = `${session.id}-subject`;
    this.surface = new FieldSurface(element, mirrorParent);
    this.clippers = clippingAncestors(element);
    signal.addEventListener('abort', () => this.dispose(), { once: true });
    // Typing in the subject is heard by the coach (it re-analyses); this only frees the mirror.
    this.surface.observe(() => undefined, this.controller.signal);
  }

  dispose(): void {
    this.controller.abort();
  }

  /** None while the subject differs from what was analysed: offsets would point at other words. */
  get hints(): readonly Finding[] {
    return this.element.value === this.session.subject ? this.session.subjectHints : [];
  }

  get report(): Report | null {
    return this.session.report;
  }

  get dark(): boolean {
    return this.session.dark;
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
    return this.element.value.slice(start, end);
  }
}

/** The subject fields in use, one per composer that has a visible one. */
export class SubjectLines {
  private readonly lines = new Map<ComposerSession, SubjectLine>();

  /** `mirrorParent`: where the fields' measuring mirrors go (the overlay's root, made after this). */
  constructor(private readonly mirrorParent: () => Node & ParentNode) {}

  get size(): number {
    return this.lines.size;
  }

  values(): IterableIterator<SubjectLine> {
    return this.lines.values();
  }

  /** Underlines in `shown`, the composer's visible subject field (none: stop underlining). */
  sync(session: ComposerSession, shown: HTMLInputElement | undefined): void {
    const line = this.lines.get(session);
    if (line?.element === shown) return;
    line?.dispose();
    this.lines.delete(session);
    if (shown) this.lines.set(session, new SubjectLine(shown, session, this.mirrorParent(), session.controller.signal));
  }

  /** The composer left the page (its mirror went with the session's signal). */
  forget(session: ComposerSession): void {
    this.lines.delete(session);
  }
}

/**
 * An email's subject field as the overlay sees it: the subject-line findings of its composer's
 * report, underlined in the field, fixed in the field. Not a composer of its own: the body's
 * session analyses body and subject together, so the score and the panel stay one per draft.
 */
import type { Finding, Report } from '../core/types.ts';
import type { ComposerSession } from './composer.ts';
import type { CoachedComposer } from './overlay/types.ts';
import { FieldSurface } from './text/field-surface.ts';
import { clippingAncestors, visibleBox } from './text/surface.ts';
import { TextareaMirror } from './text/textarea-mirror.ts';

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
    this.surface = new FieldSurface(element, new TextareaMirror(mirrorParent));
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

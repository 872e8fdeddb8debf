/**
 * What the overlay needs from the coach, and nothing more: it never sees a site adapter or an
 * editor library, so it draws the same on every site (and tests can drive it with plain data).
 */
import type { Finding, Report, Suggestion } from '../../core/types.ts';

export interface CoachedComposer {
  readonly id: string;
  readonly element: Element;
  /** Body findings currently shown, with offsets into the composer's current text. */
  readonly hints: readonly Finding[];
  readonly report: Report | null;
  /** Drawn on a dark background (the overlay picks its dark theme). */
  readonly dark: boolean;
  /** Screen rects of text[start, end), or [] when they are not on screen. */
  rects(start: number, end: number): DOMRect[];
  /**
   * The part of the composer that is visible (scrolled containers clip it), or null. A draw asks
   * for it before the rects: it is also where the composer's text sits for them.
   */
  visibleBox(): DOMRect | null;
  /** Something may have moved its text (a resize, a scroll inside it): measure every span again. */
  layoutChanged?(): void;
  /** Scrolls text[start, end) into view (the shortcut or the panel picked an off-screen hint). */
  reveal(start: number, end: number): void;
  /** The text of a span, for "Never flag this phrase". */
  textOf(start: number, end: number): string;
}

export interface OverlayActions {
  apply(composer: CoachedComposer, finding: Finding, suggestion: Extract<Suggestion, { kind: 'replace' }>): void;
  ignore(composer: CoachedComposer, finding: Finding): void;
  neverFlag(composer: CoachedComposer, finding: Finding): void;
  /** Put the caret back in the composer (the card closed from the keyboard). */
  returnFocus(composer: CoachedComposer): void;
}

/** The one-line why of a rule (its docs), by rule id. */
export type WhyOf = (ruleId: string) => string;

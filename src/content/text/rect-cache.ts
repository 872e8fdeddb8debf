/**
 * A composer's measured spans, kept while nothing has moved them. Every draw asks for the rects
 * of every hint, and measuring one (a Range's getClientRects, or the mirror of a textarea) is
 * most of a draw: on a long draft full of hints, about as much as the analysis of the keystroke
 * itself. Typing moves only the text from the edited paragraph on, so after an edit only the
 * spans from there are measured again (issue 20: the overlay's work follows the edit, not the
 * number of findings).
 *
 * Rects are kept relative to the composer's box and its own scroll, so a scrolled page or
 * editor moves them without a measure. Whatever else may move text forgets them all: a resize,
 * a change in the editor that the text does not show (an image, a re-rendered node), a scroll
 * inside the editor's own content, and a pause in typing (coach-side), so a move nothing told
 * us about lasts until the user stops typing at most.
 */
import type { Edit } from './remap.ts';

/** Where the composer's content sits: its box's corner, less its own scroll. */
interface Origin {
  x: number;
  y: number;
}

interface Kept {
  /** Offsets in the text as it was measured; valid while no edit comes before `end`'s paragraph. */
  readonly end: number;
  readonly rects: readonly { x: number; y: number; width: number; height: number }[];
}

/** More kept spans than this (hints come and go as the user writes): start over. */
const MAX_KEPT = 2000;

export class RectCache {
  private readonly kept = new Map<string, Kept>();
  private origin: Origin | null = null;

  /** Where the content sits for this draw: call once per draw, before rects(). */
  place(box: DOMRect, element: Element): void {
    this.origin = { x: box.left - element.scrollLeft, y: box.top - element.scrollTop };
  }

  /** text[start, end)'s rects: kept ones moved with the content, else `measure`'s, kept. */
  rects(start: number, end: number, measure: () => DOMRect[]): DOMRect[] {
    const origin = this.origin;
    if (!origin) return measure();
    const key = `${start}:${end}`;
    const kept = this.kept.get(key);
    if (kept) return kept.rects.map((r) => new DOMRect(r.x + origin.x, r.y + origin.y, r.width, r.height));
    const rects = measure();
    if (this.kept.size >= MAX_KEPT) this.kept.clear();
    this.kept.set(key, { end, rects: rects.map((r) => ({ x: r.left - origin.x, y: r.top - origin.y, width: r.width, height: r.height })) });
    return rects;
  }

  /**
   * The text changed by `edit` (offsets in the text before it). Spans that end before the
   * edited paragraph keep their place and their offsets; the rest are measured again. The whole
   * paragraph, not only what follows the edit: centred or justified text, and balanced line
   * breaks, move the words before the edit on its line too.
   */
  edited(edit: Edit, before: string): void {
    const paragraph = before.lastIndexOf('\n', edit.start - 1) + 1;
    for (const [key, kept] of this.kept) if (kept.end > paragraph) this.kept.delete(key);
  }

  /** Something may have moved any of the text: measure every span again. */
  forget(): void {
    this.kept.clear();
  }
}

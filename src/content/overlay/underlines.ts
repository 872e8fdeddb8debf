/**
 * The underlines: one element per visible hint (data-parley-rule/-start/-end, the public test
 * and accessibility contract), holding one fixed-position box per line the hint covers.
 * Elements are kept across frames and only moved, so redrawing on scroll is cheap.
 */
import type { Finding } from '../../core/types.ts';
import { DIMENSION_COLOURS } from '../../report/dimension-colours.ts';
import type { CoachedComposer } from './types.ts';

export interface DrawnHint {
  composer: CoachedComposer;
  finding: Finding;
  rects: DOMRect[];
  element: HTMLElement;
}

/** Spans longer than this are about a sentence, not a word. */
const WIDE_CHARS = 30;
const span = (f: Finding): number => f.end - f.start;

export const hintKey = (composer: CoachedComposer, f: Finding): string => `${composer.id}:${f.rule}:${f.messageId}:${f.start}:${f.end}`;

export class Underlines {
  private readonly drawn = new Map<string, DrawnHint>();

  constructor(private readonly layer: HTMLElement) {}

  draw(composers: Iterable<CoachedComposer>): void {
    // Read every rect first, then move the boxes: interleaving the two would make the browser
    // lay the page out again for every hint.
    const placed: { key: string; composer: CoachedComposer; finding: Finding; rects: DOMRect[] }[] = [];
    for (const composer of composers) {
      const clip = composer.visibleBox();
      if (!clip) continue;
      for (const finding of composer.hints) {
        if (finding.end <= finding.start) continue;
        const { start, end } = trimmed(composer, finding);
        const rects = composer.rects(start, end).map((r) => intersect(r, clip)).filter((r): r is DOMRect => r !== null);
        if (rects.length > 0) placed.push({ key: hintKey(composer, finding), composer, finding, rects });
      }
    }
    const seen = new Set<string>();
    for (const { key, composer, finding, rects } of placed) {
      seen.add(key);
      const hint = this.drawn.get(key) ?? this.create(key, composer, finding);
      // Only a hint that moved is written to: typing elsewhere in a long draft touches no box.
      if (!sameRects(hint.rects, rects)) placeBoxes(hint.element, rects);
      hint.rects = rects;
      hint.composer = composer;
      hint.finding = finding;
    }
    for (const [key, hint] of this.drawn) {
      if (seen.has(key)) continue;
      hint.element.remove();
      this.drawn.delete(key);
    }
  }

  /** The hint under a point of the viewport; the narrowest wins (a word inside a flagged sentence). */
  at(x: number, y: number): DrawnHint | null {
    let best: DrawnHint | null = null;
    for (const hint of this.drawn.values()) {
      // The box is the line's full height: the word itself, plus its underline.
      if (!hint.rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 3)) continue;
      if (!best || span(hint.finding) < span(best.finding)) best = hint;
    }
    return best;
  }

  /** Visible hints of one composer, in text order. */
  of(composer: CoachedComposer): DrawnHint[] {
    return [...this.drawn.values()].filter((h) => h.composer === composer).sort((a, b) => a.finding.start - b.finding.start);
  }

  get(key: string): DrawnHint | undefined {
    return this.drawn.get(key);
  }

  markActive(key: string | null): void {
    for (const [k, hint] of this.drawn) hint.element.classList.toggle('active', k === key);
  }

  clear(): void {
    for (const hint of this.drawn.values()) hint.element.remove();
    this.drawn.clear();
  }

  private create(key: string, composer: CoachedComposer, finding: Finding): DrawnHint {
    const element = document.createElement('div');
    element.dataset.parleyRule = finding.rule;
    element.dataset.parleyStart = String(finding.start);
    element.dataset.parleyEnd = String(finding.end);
    element.dataset.parleyComposer = composer.id;
    element.dataset.severity = finding.severity;
    // A sentence-long hint is drawn lighter and a little lower, so the words flagged inside it
    // keep their own underline.
    if (span(finding) > WIDE_CHARS) element.classList.add('wide');
    element.setAttribute('role', 'note');
    element.setAttribute('aria-label', `${finding.category}: ${finding.message}`);
    const colours = DIMENSION_COLOURS[finding.category];
    element.style.setProperty('--c', composer.dark ? colours.dark : colours.light);
    this.layer.append(element);
    const hint: DrawnHint = { composer, finding, rects: [], element };
    this.drawn.set(key, hint);
    return hint;
  }
}

/** The span without its edge spaces: a fix may remove " word", but the line goes under "word". */
function trimmed(composer: CoachedComposer, f: Finding): { start: number; end: number } {
  const text = composer.textOf(f.start, f.end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return lead + trail >= text.length ? f : { start: f.start + lead, end: f.end - trail };
}

const sameRects = (a: readonly DOMRect[], b: readonly DOMRect[]): boolean =>
  a.length === b.length && a.every((r, i) => r.left === b[i]!.left && r.top === b[i]!.top && r.width === b[i]!.width && r.height === b[i]!.height);

function placeBoxes(element: HTMLElement, rects: DOMRect[]): void {
  while (element.children.length > rects.length) element.lastElementChild?.remove();
  while (element.children.length < rects.length) {
    const box = document.createElement('span');
    box.className = 'box';
    element.append(box);
  }
  rects.forEach((r, i) => {
    const box = element.children[i];
    if (!(box instanceof HTMLElement)) return;
    const style = box.style;
    style.left = `${r.left}px`;
    style.top = `${r.top}px`;
    style.width = `${r.width}px`;
    style.height = `${r.height}px`;
  });
}

function intersect(r: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top);
  const right = Math.min(r.right, clip.right);
  const bottom = Math.min(r.bottom, clip.bottom);
  // Keep a line whose text is visible even if its underline would poke out by a pixel or two.
  return right - left >= 1 && bottom - top >= 2 ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/**
 * The text surface of a contenteditable (plain, Gmail, Quill, Draft.js, Lexical, ProseMirror):
 * read through dom-text.ts, rects per text-node piece (so a span over several nodes never
 * picks up a whole block's box), changes seen by a MutationObserver on the editor.
 */
import { type DomText, type Segment, readDomText } from './dom-text.ts';
import type { TextSurface } from './surface.ts';

export class RichSurface implements TextSurface {
  private dom: DomText = { text: '', segments: [] };

  constructor(
    private readonly root: Element,
    private readonly skip: string | undefined,
  ) {}

  read(): string {
    this.dom = readDomText(this.root, this.skip);
    return this.dom.text;
  }

  rects(start: number, end: number): DOMRect[] {
    const out: DOMRect[] = [];
    const range = this.root.ownerDocument.createRange();
    const segments = this.dom.segments;
    for (let i = firstEndingAfter(segments, start); i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.start >= end) break;
      if (!seg.node.isConnected) continue;
      const from = seg.nodeStart + Math.max(start, seg.start) - seg.start;
      const to = seg.nodeStart + Math.min(end, seg.end) - seg.start;
      if (to > seg.node.length) continue; // The node changed since the read; the next read fixes it.
      range.setStart(seg.node, from);
      range.setEnd(seg.node, to);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) out.push(r);
    }
    return out;
  }

  reveal(start: number): void {
    const seg = this.dom.segments.find((s) => s.end > start);
    seg?.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  observe(onChange: () => void, signal: AbortSignal): void {
    const observer = new MutationObserver(onChange);
    observer.observe(this.root, { characterData: true, childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }
}

/** Index of the first segment that ends after `offset` (binary search: segments are in order). */
function firstEndingAfter(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

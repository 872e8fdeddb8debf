/**
 * Reads a contenteditable's text the way the analysis sees it, and maps offsets back to DOM
 * positions. Never innerText (it depends on layout and collapses whitespace): a TreeWalker over
 * text nodes, with '\n' for <br> and block boundaries, NBSP read as a space (same length) and
 * Quill's U+FEFF caret left out while keeping the mapping. Offsets are UTF-16, like the core's.
 */

/** A run of text that comes from one text node: text[start, end) = node.data[nodeStart, …). */
export interface Segment {
  node: Text;
  nodeStart: number;
  start: number;
  end: number;
}

export interface DomText {
  text: string;
  segments: Segment[];
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const CARET = '\uFEFF';

/** Reads `root`; elements matching `skip` (quoted threads, signatures) are left out whole. */
export function readDomText(root: Element, skip?: string): DomText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastChar = '';
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const breakLine = (): void => {
    if (length > 0 && lastChar !== '\n') push('\n');
  };

  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element && (NEVER_TEXT.has(node.tagName) || (skip && node !== root && node.matches(skip)))) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // A block starts a new line; the line also ends when the block closes, so text after a
  // nested block ("<div>a<p>b</p>c</div>") lands on its own line. Closing is noticed lazily:
  // the next text after leaving a block breaks the line.
  let pendingBreakAfter: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (pendingBreakAfter && !pendingBreakAfter.contains(node)) {
      breakLine();
      pendingBreakAfter = null;
    }
    if (node instanceof Text) {
      appendText(node, push, segments, () => length);
    } else if (node instanceof Element) {
      if (node.tagName === 'BR') push('\n');
      else if (BLOCKS.has(node.tagName)) {
        breakLine();
        pendingBreakAfter = node;
      }
    }
  }
  return { text: parts.join(''), segments };
}

function appendText(node: Text, push: (s: string) => void, segments: Segment[], length: () => number): void {
  const data = node.data;
  if (data.length === 0) return;
  let runStart = 0;
  const flush = (runEnd: number): void => {
    if (runEnd <= runStart) return;
    const start = length();
    push(data.slice(runStart, runEnd).replace(/\u00A0/g, ' '));
    segments.push({ node, nodeStart: runStart, start, end: start + (runEnd - runStart) });
  };
  for (let i = data.indexOf(CARET); i >= 0; i = data.indexOf(CARET, i + 1)) {
    flush(i);
    runStart = i + 1;
  }
  flush(data.length);
}

/** The DOM position of a text offset. At a line break, `bias` picks the side. */
export function positionAt(dom: DomText, offset: number, bias: 'before' | 'after'): { node: Text; offset: number } | null {
  const { segments } = dom;
  if (segments.length === 0) return null;
  // Binary search: the last segment starting at or before the offset.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo]!;
  if (offset < seg.start) return { node: seg.node, offset: seg.nodeStart };
  if (offset === seg.start && bias === 'after') return { node: seg.node, offset: seg.nodeStart };
  if (offset === seg.end && bias === 'after' && segments[lo + 1]?.start === offset) seg = segments[lo + 1]!;
  if (offset <= seg.end) return { node: seg.node, offset: seg.nodeStart + (offset - seg.start) };
  // The offset is in a synthetic line break after this segment.
  const next = segments[lo + 1];
  if (bias === 'after' && next) return { node: next.node, offset: next.nodeStart };
  return { node: seg.node, offset: seg.nodeStart + (seg.end - seg.start) };
}

/** A live Range over text[start, end), or null when the offsets no longer fit the DOM. */
export function rangeFor(dom: DomText, start: number, end: number): Range | null {
  const from = positionAt(dom, start, 'after');
  const to = positionAt(dom, end, 'before');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null; // A node was removed since the read.
  }
  return range;
}

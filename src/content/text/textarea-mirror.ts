/**
 * Where characters of a textarea are on screen. A textarea has no per-character DOM, so a
 * hidden mirror <div> copies its box and font, holds the same text, and a Range over the mirror's
 * text node gives the rects; they are moved onto the textarea and scrolled with it.
 */
const COPIED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
  'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'tabSize', 'direction', 'textAlign',
] as const;

export class TextareaMirror {
  private readonly mirror: HTMLDivElement;
  private readonly textNode: Text;

  constructor(parent: Node & ParentNode) {
    this.mirror = document.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    this.mirror.style.cssText = 'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;white-space:pre-wrap;overflow-wrap:break-word;overflow:hidden;border-color:transparent;';
    this.textNode = document.createTextNode('');
    this.mirror.append(this.textNode);
    parent.append(this.mirror);
  }

  /** Client rects of value[start, end) as they show in `field`, clipped by nothing. */
  rects(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect[] {
    this.sync(field);
    const range = document.createRange();
    const length = this.textNode.data.length;
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    const mirrorBox = this.mirror.getBoundingClientRect();
    const fieldBox = field.getBoundingClientRect();
    const dx = fieldBox.left - mirrorBox.left - field.scrollLeft;
    const dy = fieldBox.top - mirrorBox.top - field.scrollTop;
    return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  }

  private sync(field: HTMLTextAreaElement | HTMLInputElement): void {
    const style = getComputedStyle(field);
    const target = this.mirror.style;
    for (const key of COPIED) target[key] = style[key];
    // The field's scrollbar narrows its text area; the mirror has none, so match the width.
    const scrollbar = field.offsetWidth - field.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    target.width = `${field.offsetWidth - Math.max(0, scrollbar)}px`;
    target.boxSizing = 'border-box';
    target.height = `${field.offsetHeight}px`;
    if (field instanceof HTMLInputElement) target.whiteSpace = 'pre';
    const value = field.value;
    if (this.textNode.data !== value) this.textNode.data = value;
  }

  remove(): void {
    this.mirror.remove();
  }
}

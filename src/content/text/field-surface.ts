/** The text surface of a textarea or prose input: its value, measured through a mirror. */
import type { TextSurface } from './surface.ts';
import { TextareaMirror } from './textarea-mirror.ts';

export class FieldSurface implements TextSurface {
  private readonly mirror: TextareaMirror;

  /** `mirrorParent`: where the measuring mirror goes (the overlay's root). */
  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    mirrorParent: Node & ParentNode,
  ) {
    this.mirror = new TextareaMirror(mirrorParent);
  }

  read(): string {
    return this.field.value;
  }

  rects(start: number, end: number): DOMRect[] {
    return this.mirror.rects(this.field, start, end);
  }

  reveal(start: number, end: number): void {
    // Moving the caret scrolls the field to it without changing the text.
    if (document.activeElement !== this.field) this.field.focus({ preventScroll: true });
    this.field.setSelectionRange(start, end);
  }

  observe(onChange: () => void, signal: AbortSignal): void {
    // Value changes fire input (typing, paste, execCommand); frameworks that set .value
    // directly are caught on the next focus.
    this.field.addEventListener('input', onChange, { signal });
    this.field.addEventListener('focus', onChange, { signal });
    signal.addEventListener('abort', () => this.mirror.remove());
  }
}

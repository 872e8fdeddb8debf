/**
 * A short visible message beside a composer, for what the user must know and would not
 * otherwise see (the editor refused a fix). Set as text, also read out by the live region.
 * It stays until the user clicks or types elsewhere, or for `NOTICE_MS`.
 */
import { el } from './dom.ts';

const NOTICE_MS = 10_000;

export class Notice {
  private readonly box: HTMLElement;
  private timer = 0;

  constructor(layer: HTMLElement) {
    this.box = el('div', { class: 'notice', role: 'status', 'data-parley-notice': '', hidden: true });
    layer.append(this.box);
  }

  /** Shows `message` just under `anchor` (the composer's box), inside the viewport. */
  show(message: string, anchor: DOMRect): void {
    this.box.textContent = message;
    this.box.hidden = false;
    const top = Math.min(anchor.bottom + 6, window.innerHeight - 60);
    this.box.style.top = `${Math.max(8, top)}px`;
    this.box.style.left = `${Math.max(8, Math.min(anchor.left, window.innerWidth - 348))}px`;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.hide(), NOTICE_MS);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.box.hidden = true;
  }
}

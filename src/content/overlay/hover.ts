/**
 * Hovering a hint opens its card after a short rest (so passing over text does not flash
 * cards); leaving both the hint and the card closes it after a grace period, long enough to
 * move the pointer from the word to the card.
 */
import type { Card } from './card.ts';
import type { Underlines } from './underlines.ts';
import { hintKey } from './underlines.ts';
import { byUser } from '../user-input.ts';

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 400;

export class HoverIntent {
  private openTimer = 0;
  private closeTimer = 0;
  private pendingKey = '';

  constructor(
    private readonly underlines: Underlines,
    private readonly card: Card,
    signal: AbortSignal,
  ) {
    document.addEventListener('mousemove', (e) => byUser(e) && this.onMove(e.clientX, e.clientY), { passive: true, signal });
    signal.addEventListener('abort', () => this.cancel());
  }

  private onMove(x: number, y: number): void {
    const hint = this.underlines.at(x, y);
    const current = this.card.current;
    if (current && (this.card.contains(x, y) || (hint && hint.element === current.element))) {
      clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    if (current && !this.closeTimer) {
      this.closeTimer = window.setTimeout(() => {
        this.closeTimer = 0;
        // A card the keyboard user is working in stays open.
        if (!this.card.element.matches(':focus-within')) this.card.close();
      }, CLOSE_DELAY_MS);
    }
    const key = hint ? hintKey(hint.composer, hint.finding) : '';
    if (key === this.pendingKey) return;
    clearTimeout(this.openTimer);
    this.pendingKey = key;
    if (!hint) return;
    this.openTimer = window.setTimeout(() => {
      this.pendingKey = '';
      const fresh = this.underlines.get(key);
      if (!fresh) return;
      this.underlines.markActive(key);
      this.card.open(fresh, false);
    }, OPEN_DELAY_MS);
  }

  private cancel(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }
}

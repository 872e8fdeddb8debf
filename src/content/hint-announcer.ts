/**
 * Tells screen readers how many hints the focused composer has, once typing pauses: after every
 * key it would talk over the user's own typing.
 */
import { SHORTCUT_LABEL } from './overlay/overlay.ts';

const ANNOUNCE_PAUSE_MS = 400;

export class HintAnnouncer {
  private timer = 0;

  constructor(private readonly say: (message: string) => void) {}

  /** Announces `hints()` after the pause, unless `stillFocused()` says the composer lost focus. */
  later(hints: () => number, stillFocused: () => boolean): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (!stillFocused()) return;
      const n = hints();
      this.say(n === 0 ? '' : `Parley: ${n} suggestion${n === 1 ? '' : 's'}. ${SHORTCUT_LABEL} to review.`);
    }, ANNOUNCE_PAUSE_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

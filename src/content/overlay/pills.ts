/**
 * The score pill: one small button at the bottom-right corner of each visible composer,
 * carrying data-parley-score (empty while there is no score). Clicking it opens the panel.
 */
import { scoreColour } from '../../report/score-band.ts';
import { el } from './dom.ts';
import type { CoachedComposer } from './types.ts';
import { byUser } from '../user-input.ts';

const PILL_MARGIN = 6;
/** Pills are right-aligned by a fixed width: reading their real width would force a layout per frame. */
const PILL_WIDTH_GUESS = 56;

export class Pills {
  private readonly pills = new Map<CoachedComposer, HTMLButtonElement>();

  constructor(
    private readonly layer: HTMLElement,
    private readonly onOpen: (composer: CoachedComposer, pill: HTMLElement, keyboard: boolean) => void,
  ) {}

  /** `focused`: the composer with the caret, which shows its pill even before it has text. */
  draw(composers: Iterable<CoachedComposer>, focused: CoachedComposer | null): void {
    const seen = new Set<CoachedComposer>();
    const placed: [HTMLButtonElement, DOMRect][] = [];
    for (const composer of composers) {
      // An empty composer the user is not in (a comment box under a dialog) stays unmarked.
      if (composer !== focused && (!composer.report || composer.report.status === 'empty')) continue;
      const box = composer.visibleBox();
      if (!box || box.height < 16 || box.width < 60) continue;
      seen.add(composer);
      const pill = this.pills.get(composer) ?? this.create(composer);
      this.fill(pill, composer);
      placed.push([pill, box]);
    }
    // Writes after all reads (one layout); a pill's width is its own, read after the writes.
    for (const [pill, box] of placed) {
      pill.style.left = `${Math.round(box.right - PILL_WIDTH_GUESS - PILL_MARGIN)}px`;
      pill.style.width = `${PILL_WIDTH_GUESS}px`;
      pill.style.top = `${Math.round(box.bottom - 22 - PILL_MARGIN)}px`;
    }
    for (const [composer, pill] of this.pills) {
      if (seen.has(composer)) continue;
      pill.remove();
      this.pills.delete(composer);
    }
  }

  get(composer: CoachedComposer): HTMLElement | undefined {
    return this.pills.get(composer);
  }

  clear(): void {
    for (const pill of this.pills.values()) pill.remove();
    this.pills.clear();
  }

  private create(composer: CoachedComposer): HTMLButtonElement {
    const pill = el('button', { class: 'pill', type: 'button', 'data-parley-pill': composer.id });
    pill.addEventListener('pointerdown', (e) => e.preventDefault()); // keep the editor's caret
    // A click from the keyboard (Enter/Space) has detail 0: then focus moves into the panel.
    pill.addEventListener('click', (e) => byUser(e) && this.onOpen(composer, pill, e.detail === 0));
    this.layer.append(pill);
    this.pills.set(composer, pill);
    return pill;
  }

  private fill(pill: HTMLButtonElement, composer: CoachedComposer): void {
    const report = composer.report;
    const score = report?.score ?? null;
    const label = score === null ? '–' : String(score);
    const noisy = report?.noise.level === 'high';
    const key = `${label}|${noisy}|${composer.hints.length}|${composer.dark}`;
    if (pill.dataset.key === key) return;
    pill.dataset.key = key;
    pill.classList.toggle('dark', composer.dark);
    pill.dataset.parleyScore = score === null ? '' : String(score);
    pill.style.setProperty('--s', scoreColour(score));
    pill.replaceChildren(el('span', { class: 'dot', 'aria-hidden': 'true' }), label);
    if (noisy) pill.append(el('span', { class: 'noise', 'aria-hidden': 'true' }, '!'));
    const hints = composer.hints.length;
    pill.setAttribute(
      'aria-label',
      score === null
        ? 'Parley: no score yet. Open details.'
        : `Parley score ${score} of 100, ${hints} suggestion${hints === 1 ? '' : 's'}${noisy ? ', high noise' : ''}. Open details.`,
    );
    pill.title = 'Parley: score and top fixes (Alt+Shift+P to review hints)';
  }
}

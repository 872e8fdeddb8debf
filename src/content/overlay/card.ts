/**
 * The card for one hint: what is wrong, why (the rule's principle in one line), one-click
 * fixes, Ignore and "Never flag this phrase". Opened by hovering a hint or by the keyboard
 * shortcut; all text goes in as text nodes.
 */
import type { Suggestion } from '../../core/types.ts';
import { DIMENSION_LABELS } from '../../core/labels.ts';
import { DIMENSION_COLOURS } from '../../report/dimension-colours.ts';
import { el } from './dom.ts';
import type { DrawnHint } from './underlines.ts';
import type { OverlayActions, WhyOf } from './types.ts';
import { byUser } from '../user-input.ts';
import { isShortPhrase } from '../../core/word-lists.ts';

export const SHORTCUT_LABEL = 'Alt+Shift+P';

export class Card {
  readonly element: HTMLElement;
  private hint: DrawnHint | null = null;

  constructor(
    layer: HTMLElement,
    private readonly actions: OverlayActions,
    private readonly whyOf: WhyOf,
    private readonly onClose: () => void,
  ) {
    this.element = el('div', { class: 'card', role: 'dialog', 'aria-label': 'Parley suggestion', 'data-parley-card': '', hidden: true });
    // Mouse use must not take the caret out of the editor; keyboard focus still works.
    this.element.addEventListener('pointerdown', (e) => {
      if (e.target instanceof HTMLButtonElement) e.preventDefault();
    });
    this.element.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      const composer = this.hint?.composer;
      this.close();
      if (composer) this.actions.returnFocus(composer);
    });
    layer.append(this.element);
  }

  get current(): DrawnHint | null {
    return this.hint;
  }

  open(hint: DrawnHint, focus: boolean): void {
    this.hint = hint;
    const { finding, composer } = hint;
    const colours = DIMENSION_COLOURS[finding.category];
    this.element.style.setProperty('--c', composer.dark ? colours.dark : colours.light);
    this.element.classList.toggle('dark', composer.dark);
    const advice = finding.suggestions.filter((s): s is Extract<Suggestion, { kind: 'advice' }> => s.kind === 'advice');
    const fixes = finding.suggestions.filter((s): s is Extract<Suggestion, { kind: 'replace' }> => s.kind === 'replace');
    const messageId = `parley-msg-${composer.id}`;
    this.element.setAttribute('aria-labelledby', messageId);
    this.element.replaceChildren(
      el('span', { class: 'tag' }, DIMENSION_LABELS[finding.category]),
      el('p', { class: 'message', id: messageId }, finding.message),
      el('p', { class: 'why' }, this.whyOf(finding.rule)),
      ...advice.map((a) => el('p', { class: 'advice' }, a.label)),
      el(
        'div',
        { class: 'actions' },
        ...fixes.map((s) => this.button(fixLabel(s), 'fix', () => this.actions.apply(composer, finding, s))),
        this.button('Ignore', '', () => this.actions.ignore(composer, finding)),
        // A whole sentence is the user's draft, not a name: it may be ignored here, never stored.
        isShortPhrase(composer.textOf(finding.start, finding.end)) && this.button('Never flag this phrase', 'quiet', () => this.actions.neverFlag(composer, finding)),
      ),
      el('div', { class: 'keys', 'aria-hidden': 'true' }, `${SHORTCUT_LABEL}: next hint · Esc: back to the text`),
    );
    this.element.hidden = false;
    this.place(hint.rects[0]);
    if (focus) this.element.querySelector('button')?.focus();
  }

  close(): void {
    if (!this.hint) return;
    this.hint = null;
    this.element.hidden = true;
    this.onClose();
  }

  /** Follows its hint when the page scrolls; closes when the hint is gone. */
  reposition(hint: DrawnHint | undefined): void {
    if (!this.hint) return;
    if (!hint) this.close();
    else this.place(hint.rects[0]);
  }

  contains(x: number, y: number): boolean {
    if (this.element.hidden) return false;
    const r = this.element.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  }

  private button(label: string, className: string, run: () => void): HTMLButtonElement {
    const button = el('button', { type: 'button', class: className || undefined }, label);
    button.addEventListener('click', (e) => {
      if (!byUser(e)) return;
      const composer = this.hint?.composer;
      this.close();
      run();
      if (composer) this.actions.returnFocus(composer);
    });
    return button;
  }

  private place(anchor: DOMRect | undefined): void {
    if (!anchor) return;
    const { innerWidth, innerHeight } = window;
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const top = below + height <= innerHeight - 8 ? below : Math.max(8, anchor.top - height - 6);
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }
}

function fixLabel(s: Extract<Suggestion, { kind: 'replace' }>): string {
  if (s.replacement === '' || s.label.includes(s.replacement)) return s.label;
  return `${s.label}: “${s.replacement}”`;
}

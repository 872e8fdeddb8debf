/**
 * The overlay: underlines, pills, the card and the panel, drawn in one shadow root outside
 * every editor. Site-blind: it sees composers only through CoachedComposer. Redraws at most
 * once a frame, when asked (text, analysis) or when the page scrolls, resizes or zooms.
 */
import type { Finding } from '../../core/types.ts';
import { Card, SHORTCUT_LABEL } from './card.ts';
import { el } from './dom.ts';
import { createHost, type OverlayHost } from './host.ts';
import { Notice } from './notice.ts';
import { Panel } from './panel.ts';
import { Pills } from './pills.ts';
import type { CoachedComposer, OverlayActions, WhyOf } from './types.ts';
import { Underlines, hintKey } from './underlines.ts';
import { HoverIntent } from './hover.ts';
import { type SizeWatch, watchLayout } from './watch-layout.ts';
import { byUser } from '../user-input.ts';

export interface OverlayDeps {
  actions: OverlayActions;
  whyOf: WhyOf;
  composers: () => Iterable<CoachedComposer>;
  /** A composer's other fields (an email's subject): underlined, with no pill of their own. */
  fields?: () => Iterable<CoachedComposer>;
  /** The composer that has the caret, if any (the shortcut works there). */
  focused: () => CoachedComposer | null;
  signal: AbortSignal;
}

export class Overlay {
  readonly host: OverlayHost;
  private readonly underlines: Underlines;
  private readonly pills: Pills;
  private readonly card: Card;
  private readonly panel: Panel;
  private readonly live: HTMLElement;
  private readonly notice: Notice;
  private frame = 0;
  /** Redraws when a composer's box changes size: observe on attach, unobserve when it goes. */
  readonly sizes: SizeWatch;

  constructor(private readonly deps: OverlayDeps) {
    this.host = createHost();
    // Sub-layers in paint order: underlines below pills below the card and panel.
    const marks = this.host.layer.appendChild(el('div'));
    const badges = this.host.layer.appendChild(el('div'));
    const layer = this.host.layer.appendChild(el('div'));
    this.underlines = new Underlines(marks);
    this.card = new Card(layer, deps.actions, deps.whyOf, () => this.underlines.markActive(null));
    this.panel = new Panel(
      layer,
      (c, f) => this.openHint(c, f, true),
      (c) => deps.actions.returnFocus(c),
      (c, f) => (c.hints.includes(f) ? c : ([...(deps.fields?.() ?? [])].find((field) => field.hints.includes(f)) ?? null)),
    );
    this.pills = new Pills(badges, (c, pill, keyboard) => this.panel.toggle(c, pill, keyboard));
    this.live = el('div', { class: 'sr', 'aria-live': 'polite', 'data-parley-live': '' });
    layer.append(this.live);
    this.notice = new Notice(layer);
    const { signal } = deps;
    const redraw = (): void => this.requestDraw();
    // Text may have moved inside its composer: every span is measured again (rect-cache.ts).
    const relayout = (): void => {
      for (const composer of this.allComposers()) composer.layoutChanged?.();
      this.requestDraw();
    };
    // Capture: scrolls of inner containers (the editor's own, a dialog's) do not bubble. A scroll
    // of the page, of a container or of the editor itself moves the kept rects with it; one
    // inside the editor's content moves some text and not the rest.
    window.addEventListener('scroll', (e) => (this.scrolledInside(e.target), redraw()), { capture: true, passive: true, signal });
    window.addEventListener('resize', relayout, { signal });
    window.visualViewport?.addEventListener('resize', relayout, { signal });
    window.visualViewport?.addEventListener('scroll', redraw, { signal }); // pinch-zoom panning
    document.fonts?.addEventListener('loadingdone', relayout, { signal });
    this.sizes = watchLayout(deps.composers, { moved: redraw, resized: relayout }, signal);
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), { capture: true, signal });
    new HoverIntent(this.underlines, this.card, signal);
    signal.addEventListener('abort', () => {
      cancelAnimationFrame(this.frame);
      this.host.remove();
    });
  }

  requestDraw(): void {
    if (this.frame || this.deps.signal.aborted) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private allComposers(): CoachedComposer[] {
    return [...this.deps.composers(), ...(this.deps.fields?.() ?? [])];
  }

  private scrolledInside(target: EventTarget | null): void {
    if (!(target instanceof Node)) return;
    for (const composer of this.allComposers()) if (composer.element !== target && composer.element.contains(target)) composer.layoutChanged?.();
  }

  /** Draws now (also used before opening a card so its hint has fresh rects). */
  draw(): void {
    this.host.ensureAttached();
    const composers = [...this.deps.composers()];
    this.underlines.draw(this.allComposers());
    this.pills.draw(composers, this.deps.focused());
    const current = this.card.current;
    if (current) this.card.reposition(this.underlines.get(hintKey(current.composer, current.finding)));
  }

  /** Opens the card of a finding, scrolling it into view first if needed. */
  openHint(composer: CoachedComposer, finding: Finding, focus: boolean): boolean {
    let hint = this.underlines.get(hintKey(composer, finding));
    if (!hint) {
      composer.reveal(finding.start, finding.end);
      this.draw();
      hint = this.underlines.get(hintKey(composer, finding));
    }
    if (!hint) return false;
    this.underlines.markActive(hintKey(composer, finding));
    this.card.open(hint, focus);
    return true;
  }

  announce(message: string): void {
    if (this.live.textContent !== message) this.live.textContent = message;
  }

  /** A message the user must see, beside the composer it is about (and read out). */
  tell(composer: CoachedComposer, message: string): void {
    this.card.close();
    this.notice.show(message, composer.element.getBoundingClientRect());
    this.announce(message);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (!byUser(e) || !(e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP')) return;
    const composer = this.card.current?.composer ?? this.panel.openFor ?? this.deps.focused();
    if (!composer) return;
    e.preventDefault();
    e.stopPropagation();
    const hints = [...composer.hints].sort((a, b) => a.start - b.start);
    if (hints.length === 0) {
      this.announce('Parley: no suggestions for this draft.');
      return;
    }
    const current = this.card.current;
    const index = current && current.composer === composer ? hints.findIndex((f) => f.start > current.finding.start || (f.start === current.finding.start && f.end > current.finding.end)) : 0;
    this.panel.close();
    this.openHint(composer, hints[index < 0 ? 0 : index]!, true);
  }

  private onPointerDown(e: PointerEvent): void {
    const inside = e.composedPath().includes(this.host.host);
    if (inside) return;
    this.notice.hide();
    this.card.close();
    this.panel.close();
  }
}

export { SHORTCUT_LABEL };

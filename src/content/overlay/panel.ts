/**
 * The compact panel behind the pill: score and verdict, the six dimensions, the noise level
 * with its reasons, and the top fixes (each opens its hint's card).
 */
import { SEND_HISTORY_RULES } from '../../core/rules/index.ts';
import type { Finding } from '../../core/types.ts';
import { DIMENSION_COLOURS } from '../../report/dimension-colours.ts';
import { type FixLine, presentReport } from '../../report/report-view.ts';
import { el } from './dom.ts';
import type { CoachedComposer } from './types.ts';
import { byUser } from '../user-input.ts';

/** The page can read this panel: show what the draft says, never what the noise memory knows. */
const PAGE_SAFE = { hideRules: SEND_HISTORY_RULES } as const;

export class Panel {
  readonly element: HTMLElement;
  private composer: CoachedComposer | null = null;

  constructor(
    layer: HTMLElement,
    private readonly onPickFix: (composer: CoachedComposer, finding: Finding) => void,
    private readonly onEscape: (composer: CoachedComposer) => void,
    /** Where a finding is underlined: the composer, its subject field, or nowhere (null). */
    private readonly drawerOf: (composer: CoachedComposer, finding: Finding) => CoachedComposer | null,
  ) {
    this.element = el('div', { class: 'panel', role: 'dialog', 'aria-label': 'Parley: draft score', 'data-parley-panel': '', hidden: true });
    this.element.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.composer) return;
      e.stopPropagation();
      const composer = this.composer;
      this.close();
      this.onEscape(composer);
    });
    layer.append(this.element);
  }

  get openFor(): CoachedComposer | null {
    return this.composer;
  }

  toggle(composer: CoachedComposer, anchor: HTMLElement, keyboard: boolean): void {
    if (this.composer === composer) return this.close();
    this.composer = composer;
    this.render(composer);
    this.element.hidden = false;
    this.place(anchor.getBoundingClientRect());
    if (keyboard) this.element.querySelector('button')?.focus({ preventScroll: true });
  }

  close(): void {
    this.composer = null;
    this.element.hidden = true;
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.element.contains(target);
  }

  private render(composer: CoachedComposer): void {
    const report = composer.report;
    this.element.classList.toggle('dark', composer.dark);
    const view = report && presentReport(report, PAGE_SAFE);
    if (!view) {
      this.element.replaceChildren(el('h2', {}, 'Parley'), el('p', { class: 'verdict' }, report?.statusMessage ?? 'Start writing: Parley scores the draft as you go.'));
      return;
    }
    const dims = el('div', { class: 'dims' });
    for (const row of view.dimensions) {
      const colours = DIMENSION_COLOURS[row.dimension];
      const bar = el('span', { class: 'bar', role: 'img', 'aria-label': `${row.label} ${row.score} of 100` }, el('span', { style: `width:${row.score}%` }));
      bar.style.setProperty('--c', composer.dark ? colours.dark : colours.light);
      dims.append(el('span', {}, row.label), bar, el('span', {}, String(row.score)));
    }
    const level = report.noise.level;
    const score = el('span', { style: `color:${view.colour}` }, String(view.score));
    this.element.replaceChildren(
      el('h2', {}, 'Score ', score, ' / 100'),
      el('p', { class: 'verdict', 'data-parley-verdict': view.verdict }, `${view.verdictLabel}. Each part out of 100, higher is better:`),
      dims,
      el('p', { class: level === 'high' ? 'noise-high' : '' }, `Noise: ${level}`),
      ...(view.noise?.reasons ?? []).slice(0, 2).map((r) => el('p', { class: 'why' }, r)),
    );
    const fixes = view.topFixes.map((line) => el('li', { 'data-rule': line.rule }, this.fixButton(composer, report.findings[line.index]!, line)));
    if (fixes.length > 0) this.element.append(el('p', { class: 'tag' }, 'Top fixes'), el('ul', { class: 'fixes' }, ...fixes));
  }

  private fixButton(composer: CoachedComposer, finding: Finding, line: FixLine): HTMLElement {
    const label = finding.field === 'subject' ? `Subject: ${line.message}` : line.message;
    const drawer = this.drawerOf(composer, finding);
    if (!drawer) return el('span', {}, label);
    const button = el('button', { type: 'button' }, label);
    button.addEventListener('pointerdown', (e) => e.preventDefault());
    button.addEventListener('click', (e) => {
      if (!byUser(e)) return;
      this.close();
      this.onPickFix(drawer, finding);
    });
    return button;
  }

  private place(anchor: DOMRect): void {
    const width = this.element.offsetWidth;
    const height = this.element.offsetHeight;
    const left = Math.max(8, Math.min(anchor.right - width, window.innerWidth - width - 8));
    const top = anchor.top - height - 6 >= 8 ? anchor.top - height - 6 : Math.min(anchor.bottom + 6, window.innerHeight - height - 8);
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }
}

/**
 * A hostile page: an X composer (a plain textarea with a Post button that posts and empties
 * it, Ctrl+Enter too) plus a script that attacks Parley with nothing but what every page has —
 * its own DOM, synthetic events, the overlay's open shadow root. Served at
 * https://x.com/hostile, so Parley runs there as on X.
 *
 * At load (before Parley starts, which waits for a composer to be focused), per query flag:
 * - `?clobber`: elements whose ids shadow globals (`__parleyCoach`, `browser`, `chrome`);
 * - `?squat`: defines its own `parley-overlay` custom element, which takes the shadow root;
 * - `?evict`: removes Parley's overlay host every time it appears.
 * Everything else is `window.hostile.*`, called by the tests as the page's own script would.
 */
import '../../styles/base.css';
import { byId, query, setEnabled } from '../dom.ts';
import { fieldHandle } from '../editors/native.ts';
import { exposeFixture, markReady, recordSent, register } from '../fixture.ts';

const textarea = byId('composer', HTMLTextAreaElement);
const post = query(document, '[data-testid="tweetButtonInline"]', HTMLButtonElement);
let posts = 0;
function send(): void {
  if (textarea.value.trim() === '') return;
  recordSent(`x:post:${++posts}`, textarea.value);
  textarea.value = '';
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}
textarea.addEventListener('input', () => setEnabled(post, textarea.value.trim() !== ''));
textarea.addEventListener('keydown', (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && send());
post.addEventListener('click', send);
register('[data-testid="tweetTextarea_0"] textarea', fieldHandle(textarea));
exposeFixture('x');

const flags = new URLSearchParams(location.search);
const composer = (): HTMLTextAreaElement => textarea;
const postButton = (): HTMLButtonElement => post;
const overlayRoot = (): ShadowRoot | null => document.querySelector('[data-parley-overlay]')?.shadowRoot ?? null;

if (flags.has('clobber')) {
  for (const id of ['__parleyCoach', 'browser', 'chrome']) {
    const div = document.createElement('div');
    div.id = id;
    document.body.append(div);
  }
}

if (flags.has('squat')) {
  customElements.define(
    'parley-overlay',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    },
  );
}

const evictions = { count: 0 };
if (flags.has('evict')) {
  const evict = (): void => {
    for (const host of document.querySelectorAll('[data-parley-overlay]')) {
      host.remove();
      evictions.count++;
    }
  };
  new MutationObserver(evict).observe(document.documentElement, { childList: true });
}

/** Replaces the composer's text the way a page script can. */
function write(text: string): void {
  textarea.focus();
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

function key(target: EventTarget, init: KeyboardEventInit): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
}

/** The centre of the first drawn underline of `rule`, in viewport coordinates. */
function hintCentre(rule: string): { x: number; y: number } | null {
  const box = overlayRoot()?.querySelector(`[data-parley-rule="${rule}"] .box`)?.getBoundingClientRect();
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

const hostile = {
  write,
  /** Sends made up by script: text in, Post clicked (or Ctrl+Enter dispatched), box emptied by the site. */
  async forgeSends(text: string, times: number): Promise<number> {
    for (let i = 0; i < times; i++) {
      write(`${text} ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the site enables Post
      if (i % 2 === 0) postButton().click();
      else key(composer(), { key: 'Enter', code: 'Enter', ctrlKey: true });
      await new Promise((resolve) => setTimeout(resolve, 20)); // the site empties the box: "sent"
    }
    return window.parleyFixture?.sent.length ?? 0;
  },
  /** Everything a page can read of the overlay: its markup, text and attributes. */
  overlayMarkup: (): string => overlayRoot()?.innerHTML ?? '',
  overlayHosts: (): number => document.querySelectorAll('[data-parley-overlay]').length,
  evictions: (): number => evictions.count,
  clickPill: (): void => overlayRoot()?.querySelector<HTMLElement>('[data-parley-pill]')?.click(),
  /** Synthetic pointer events over a hint, as hovering would send them. */
  hoverHint(rule: string): boolean {
    const at = hintCentre(rule);
    if (!at) return false;
    const init = { bubbles: true, composed: true, clientX: at.x, clientY: at.y };
    for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove']) {
      const event = type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init);
      document.elementFromPoint(at.x, at.y)?.dispatchEvent(event);
      document.dispatchEvent(event);
    }
    return true;
  },
  shortcut: (): void => key(composer(), { key: 'P', code: 'KeyP', altKey: true, shiftKey: true }),
  /** Synthetic pointerover on the composer (what makes Parley load early for a real pointer). */
  pointAtComposer: (): boolean => composer().dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true })),
  cardOpen: (): boolean => overlayRoot()?.querySelector<HTMLElement>('[data-parley-card]')?.hidden === false,
  panelOpen: (): boolean => overlayRoot()?.querySelector<HTMLElement>('[data-parley-panel]')?.hidden === false,
  /** Clicks every button of the card by script; returns their labels. */
  clickCardButtons(): string[] {
    const buttons = [...(overlayRoot()?.querySelectorAll<HTMLButtonElement>('[data-parley-card] button') ?? [])];
    for (const button of buttons) button.click();
    return buttons.map((b) => b.textContent ?? '');
  },
};

declare global {
  interface Window {
    hostile?: typeof hostile;
  }
}
window.hostile = hostile;
markReady();

/**
 * The page-side contract every fixture page exposes as `window.parleyFixture`.
 * Tests read the EDITOR'S OWN MODEL through it, so they can check that Parley
 * never corrupts what the site would actually send.
 */

export type EditorKind = 'textarea' | 'contenteditable' | 'quill' | 'lexical' | 'draftjs' | 'prosemirror' | 'slate' | 'tiptap' | 'roosterjs' | 'ckeditor' | 'trix' | 'tinymce' | 'model';

/** One mounted composer, whatever library drives it. */
export interface EditorHandle {
  readonly kind: EditorKind;
  /** The editable element (may live in a shadow root or an iframe). */
  readonly root: HTMLElement;
  /** The element in the top document that stands for `root` when it is out of reach (iframe, shadow host). */
  readonly anchor?: Element;
  /** The text as the editor's model holds it: one '\n' between lines, no trailing newline. */
  getText(): string;
  focus(): void;
  clear(): void;
}

export interface ComposerInfo {
  readonly kind: EditorKind;
  /** A selector for the composer (or its anchor); it may match inside open shadow roots. */
  readonly selector: string;
}

/** What a site's own Send/Post button delivered: lets tests prove the text went out untouched. */
export interface SentMessage {
  readonly composer: string;
  readonly text: string;
}

export interface ParleyFixture {
  /** Kind of the main composer (the first one still on the page). */
  readonly editor: EditorKind | undefined;
  readonly site: string | undefined;
  getText(): string;
  focus(): void;
  getTextOf(selector: string): string;
  /** Focuses a composer the way its editor does (caret where a click into it would not be guessed). */
  focusOf(selector: string): void;
  composers(): ComposerInfo[];
  readonly sent: SentMessage[];
  /** Page actions a user could take, e.g. `openCompose()` on the Gmail page. */
  readonly sites: Readonly<Record<string, () => void>>;
}

declare global {
  interface Window {
    parleyFixture?: ParleyFixture;
  }
}

interface Entry extends ComposerInfo {
  readonly handle: EditorHandle;
}

const entries: Entry[] = [];
const sent: SentMessage[] = [];

/** Registers a composer; the first one registered (and still connected) is the page's main composer. */
export function register(selector: string, handle: EditorHandle): EditorHandle {
  entries.push({ kind: handle.kind, selector, handle });
  return handle;
}

export function recordSent(composer: string, text: string): void {
  sent.push({ composer, text });
}

function isLive(entry: Entry): boolean {
  return (entry.handle.anchor ?? entry.handle.root).isConnected;
}

function mainHandle(): EditorHandle {
  const entry = entries.find(isLive);
  if (!entry) throw new Error('parleyFixture: no composer on the page');
  return entry.handle;
}

/** querySelector that also looks inside open shadow roots (LinkedIn's #interop-outlet, custom elements). */
function deepQuery(root: Document | ShadowRoot, selector: string): Element | null {
  const found = root.querySelector(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot ? deepQuery(element.shadowRoot, selector) : null;
    if (inner) return inner;
  }
  return null;
}

/** Finds the composer whose root or anchor is, contains or sits inside the selected element. */
function handleFor(selector: string): EditorHandle {
  const target = deepQuery(document, selector);
  if (!target) throw new Error(`parleyFixture: nothing matches ${selector}`);
  const entry = entries.find(({ handle }) => {
    const own = handle.anchor ?? handle.root;
    return own === target || own.contains(target) || target.contains(own);
  });
  if (!entry) throw new Error(`parleyFixture: ${selector} is not a registered composer`);
  return entry.handle;
}

export function exposeFixture(site?: string, sites: Record<string, () => void> = {}): void {
  window.parleyFixture = {
    get editor() {
      return entries.find(isLive)?.kind;
    },
    site,
    getText: () => mainHandle().getText(),
    focus: () => mainHandle().focus(),
    getTextOf: (selector) => handleFor(selector).getText(),
    focusOf: (selector) => handleFor(selector).focus(),
    composers: () => entries.filter(isLive).map(({ kind, selector }) => ({ kind, selector })),
    sent,
    sites,
  };
}

/** Tests wait on this attribute instead of sleeping. */
export function markReady(): void {
  document.body.dataset.fixtureReady = '1';
}

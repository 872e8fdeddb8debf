/** Small DOM helpers shared by the fixture pages. */

/** The element with this id, or a loud failure: a fixture with missing markup must not limp on. */
export function byId<T extends Element>(id: string, type: new () => T): T {
  return query(document, `#${CSS.escape(id)}`, type);
}

export function query<T extends Element>(root: ParentNode, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`fixture markup: no ${type.name} at ${selector}`);
  return found;
}

/** Parses trusted fixture markup into nodes. */
export function fragment(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content;
}

/** Inserts markup and returns its first element, the way SPAs mount a dialog. */
export function mount<T extends Element>(parent: ParentNode, markup: string, type: new () => T): T {
  const first = fragment(markup).firstElementChild;
  if (!(first instanceof type)) throw new Error(`fixture markup: expected a ${type.name}`);
  parent.append(first);
  return first;
}

/** Wires a `div[role=button]` like sites do: click, Enter or Space. Ignored while aria-disabled. */
export function onActivate(button: HTMLElement, action: () => void): void {
  const run = (): void => {
    if (button.getAttribute('aria-disabled') !== 'true') action();
  };
  button.addEventListener('click', run);
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    run();
  });
}

/** Ctrl/Cmd+Enter inside `area` (the send shortcut of Gmail, Outlook and X). */
export function onSendShortcut(area: HTMLElement, action: () => void): void {
  area.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    action();
  });
}

/** Enables a send button only while there is text, as every site does. */
export function setEnabled(button: HTMLElement, enabled: boolean): void {
  if (button instanceof HTMLButtonElement) button.disabled = !enabled;
  button.setAttribute('aria-disabled', String(!enabled));
}

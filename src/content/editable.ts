/**
 * What counts as a prose composer. Skips fields that are not prose (passwords, search, code)
 * and fields whose page asked writing tools to stay away (data-gramm, data-enable-grammarly,
 * data-parley, data-lt-active).
 * Shared by the bootstrap (keep it tiny) and the coach.
 */
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-parley="off"], [data-lt-active="false"]';
const CODE = '.CodeMirror, .cm-editor, .monaco-editor, .ace_editor, [role="code"], code, pre';

export function isEditable(el: Element): boolean {
  if (el.closest(OPT_OUT)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly && !isCode(el);
  if (el instanceof HTMLInputElement) {
    // One-line inputs are titles and search boxes, not drafts, unless the page asks for
    // spellchecking (prose). Subjects are read by the site adapters instead.
    return el.type === 'text' && el.getAttribute('spellcheck') === 'true' && !/subject/i.test(el.name) && !el.disabled && !el.readOnly;
  }
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return false;
  const root = editableRoot(el);
  const role = root.getAttribute('role');
  if (role === 'combobox' || role === 'searchbox') return false;
  return !isCode(root);
}

/**
 * Code, not prose: inside a known code editor, or a field that turns off both spellcheck and
 * autocapitalisation (how code inputs are marked). spellcheck="false" alone is no opt-out:
 * rich editors (TinyMCE, Quill…) set it to run their own checker.
 */
function isCode(el: Element): boolean {
  return !!el.closest(CODE) || (el.getAttribute('spellcheck') === 'false' && el.getAttribute('autocapitalize') === 'off');
}

/** The editing host: the outermost contenteditable element around `el` (or `el` itself). */
export function editableRoot(el: Element): Element {
  let root = el;
  for (let parent = el.parentElement; parent instanceof HTMLElement && parent.isContentEditable; parent = parent.parentElement) root = parent;
  return root;
}

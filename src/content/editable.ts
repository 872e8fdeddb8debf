/**
 * What counts as a prose composer. Skips fields that are not prose (passwords, search, code)
 * and fields whose page asked writing tools to stay away (data-gramm, data-enable-grammarly).
 */
const PROSE_INPUT_TYPES = new Set(['text', 'email', '']);
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-parley="off"], [data-lt-active="false"]';

export function isEditable(el: Element): boolean {
  if (el.closest(OPT_OUT)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly && el.spellcheck !== false;
  if (el instanceof HTMLInputElement) return false; // single-line inputs are not drafts (subjects are read by site adapters)
  if (!(el instanceof HTMLElement)) return false;
  if (!el.isContentEditable) return false;
  if (el.getAttribute('role') === 'combobox' || el.getAttribute('role') === 'searchbox') return false;
  return true;
}

export { PROSE_INPUT_TYPES };

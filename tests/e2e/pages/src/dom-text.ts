/**
 * Reads a contenteditable's text the way its user sees the lines: text nodes
 * as they are, '\n' for <br> and between blocks. Deliberately independent of
 * Parley's own reader so the tests have a second opinion.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

export interface ReadOptions {
  /** Subtrees that are not the user's writing (Gmail quote, signature). */
  readonly skip?: string;
}

// nodeType, not instanceof: iframe documents have their own Text/Element classes.
function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

export function readEditableText(root: Node, options: ReadOptions = {}): string {
  let out = '';
  const endLine = (): void => {
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      // Browsers type NBSP for runs of spaces; the user typed spaces.
      out += (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
      return;
    }
    if (!isElement(node)) return;
    if (options.skip && node.matches(options.skip)) return;
    if (node.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) endLine();
    node.childNodes.forEach(visit);
    if (block) endLine();
  };
  root.childNodes.forEach(visit);
  // A block's last <br> only holds the line open; it adds no line of its own.
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

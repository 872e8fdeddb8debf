/** Is this element drawn on a dark background? Walks up to the first opaque background. */
export function isOnDarkBackground(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!match || match[4] === '0') continue;
    return 0.2126 * Number(match[1]) + 0.7152 * Number(match[2]) + 0.0722 * Number(match[3]) < 110;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

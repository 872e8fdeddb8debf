/**
 * Offsets to line:column. Findings carry UTF-16 offsets; editors and CI annotations want
 * 1-based line and column. Columns count UTF-16 code units (ESLint and VS Code do the same),
 * and \r\n, \n and a lone \r each end a line.
 */
export interface Position {
  line: number;
  column: number;
}

export type Locate = (offset: number) => Position;

export function locator(text: string): Locate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return (offset) => {
    // Binary search: the last line starting at or before the offset.
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
}

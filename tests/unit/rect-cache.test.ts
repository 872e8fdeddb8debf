/**
 * A composer's measured spans (content/text/rect-cache.ts): after an edit only the spans from
 * the edited paragraph on are measured again, kept ones follow the composer's box and scroll,
 * and forget() measures everything again.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { RectCache } from '../../src/content/text/rect-cache.ts';

class Rect {
  constructor(
    readonly x = 0,
    readonly y = 0,
    readonly width = 0,
    readonly height = 0,
  ) {}
  get left(): number {
    return this.x;
  }
  get top(): number {
    return this.y;
  }
}
beforeAll(() => vi.stubGlobal('DOMRect', Rect));
afterAll(() => vi.unstubAllGlobals());

const box = (left: number, top: number): DOMRect => new Rect(left, top, 400, 300) as unknown as DOMRect;
const element = (scrollLeft = 0, scrollTop = 0): Element => ({ scrollLeft, scrollTop }) as Element;

/** A measurer that counts its calls and puts span [start, end) at (start, 10 × its paragraph). */
function measurer(text: () => string) {
  let calls = 0;
  return {
    measure: (start: number, end: number) => () => {
      calls++;
      const line = text().slice(0, start).split('\n').length;
      return [new Rect(start + offset.x, 10 * line + offset.y, end - start, 8) as unknown as DOMRect];
    },
    get calls() {
      return calls;
    },
  };
}
const offset = { x: 0, y: 0 };

test('after an edit, spans before the edited paragraph are kept and the rest are measured again', () => {
  let text = 'First line here.\nSecond line, edited.\nThird line.';
  const m = measurer(() => text);
  const cache = new RectCache();
  cache.place(box(0, 0), element());
  const spans: [number, number][] = [[0, 5], [24, 30], [7, 11], [38, 43]]; // line 1, line 2 (after the edit), line 1, line 3
  for (const [s, e] of spans) cache.rects(s, e, m.measure(s, e));
  expect(m.calls).toBe(4);
  // Typing in the second line, before its span at 24: its whole paragraph and every later one go.
  const before = text;
  text = `${text.slice(0, 20)}X${text.slice(20)}`;
  cache.edited({ start: 20, oldEnd: 20, newEnd: 21 }, before);
  cache.place(box(0, 0), element());
  for (const [s, e] of [[0, 5], [7, 11]] as const) cache.rects(s, e, m.measure(s, e));
  expect(m.calls).toBe(4); // the first line's spans were kept
  cache.rects(25, 31, m.measure(25, 31));
  cache.rects(39, 44, m.measure(39, 44));
  expect(m.calls).toBe(6);
  // A span of the edited paragraph that ends before the edit is measured again too (a centred line moves).
  cache.rects(17, 19, m.measure(17, 19));
  cache.edited({ start: 20, oldEnd: 21, newEnd: 20 }, text);
  cache.place(box(0, 0), element());
  cache.rects(17, 19, m.measure(17, 19));
  expect(m.calls).toBe(8);
});

test('kept rects move with the composer and its scroll, without a measure', () => {
  const m = measurer(() => 'One line of text.');
  const cache = new RectCache();
  cache.place(box(100, 50), element());
  const first = cache.rects(4, 8, m.measure(4, 8))[0]!;
  expect([first.left, first.top]).toEqual([4, 10]);
  // The page scrolled by 30 and the editor's content by 5: the box moved up 30, its content 35.
  cache.place(box(100, 20), element(0, 5));
  const moved = cache.rects(4, 8, m.measure(4, 8))[0]!;
  expect([moved.left, moved.top, moved.width, moved.height]).toEqual([4, 10 - 35, 4, 8]);
  expect(m.calls).toBe(1);
});

test('forget() measures every span again; an unplaced cache measures and keeps nothing', () => {
  const m = measurer(() => 'One line of text.');
  const cache = new RectCache();
  cache.rects(0, 3, m.measure(0, 3));
  cache.rects(0, 3, m.measure(0, 3));
  expect(m.calls).toBe(2);
  cache.place(box(0, 0), element());
  cache.rects(0, 3, m.measure(0, 3));
  cache.rects(0, 3, m.measure(0, 3));
  expect(m.calls).toBe(3);
  cache.forget();
  cache.rects(0, 3, m.measure(0, 3));
  expect(m.calls).toBe(4);
});

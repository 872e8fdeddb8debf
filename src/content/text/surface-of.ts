/** Which text surface a composer has: a field's value (measured through a mirror), or a rich editor's DOM text. */
import { FieldSurface } from './field-surface.ts';
import { RichSurface } from './rich-surface.ts';
import type { TextSurface } from './surface.ts';

/** `mirrorParent`: where a field's measuring mirror goes; `skip`: what a rich editor's text leaves out (sites/types.ts). */
export function surfaceOf(el: Element, mirrorParent: Node & ParentNode, skip?: string): TextSurface {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? new FieldSurface(el, mirrorParent) : new RichSurface(el, skip);
}

/**
 * Offsets are UTF-16 code units: a limit or a count can land between the two halves of a
 * surrogate pair (an emoji, say). A span starting or ending there would cut the character in
 * two in the underline and in any replacement, so offsets are moved to a whole character.
 */

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * `offset` on a code-point boundary: moved back to the start of the character it falls inside,
 * or forward past it with `direction` 'after' (for the end of a span, so the whole character is kept).
 */
export function codePointBoundary(text: string, offset: number, direction: 'before' | 'after' = 'before'): number {
  if (!splitsSurrogatePair(text, offset)) return offset;
  return direction === 'before' ? offset - 1 : offset + 1;
}

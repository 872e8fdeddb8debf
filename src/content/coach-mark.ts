/**
 * Marks a frame's content-script world as coached, so the coach starts once and the popup
 * knows which frames to ask. A symbol, never a name: a page's element ids show up as named
 * properties of `window` in every world (`<div id="__parleyCoach">` made a string flag look
 * set, and coaching never started), while no page can put a symbol-keyed property on the
 * isolated world's global, which only Parley's own scripts can reach.
 */
export const COACH_MARK = Symbol.for('parley.coach');

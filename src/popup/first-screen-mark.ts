/**
 * The user timing mark the popup sets at the first frame of its first real screen (not the
 * "Reading this page…" placeholder): `npm run bench:browser` reads it from the toolbar popup.
 */
export const FIRST_SCREEN_MARK = 'parley:popup-first-screen';

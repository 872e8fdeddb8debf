/**
 * The full coach, injected into a frame on first focus of a composer (background/inject.ts).
 * Finds composers, analyses them locally and draws the overlay. (Filled by the inline
 * coaching work; this entry marks the frame as coached so the bootstrap stands down.)
 */
const MAIN_FLAG = '__parleyCoach';
(globalThis as Record<string, unknown>)[MAIN_FLAG] = true;

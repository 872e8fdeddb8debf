/**
 * Only the user's own input may act. A page's script can dispatch any event it likes
 * (`button.click()`, `new KeyboardEvent('keydown', …)`), but only events the browser makes
 * from real input are trusted. Everything that records a send, opens a card or the panel,
 * applies a fix, ignores a hint or changes settings asks here first; other events are ignored
 * without a word, so a page neither drives Parley nor learns from how it reacts.
 */
export const byUser = (event: Event): boolean => event.isTrusted;

/**
 * Where the noise memory's send history lives in storage.local (every key starts with this).
 * The prefix keeps its old word: a user's stored history must still load.
 */
export const HISTORY_PREFIX = 'parley.memory';

/** Did this storage change touch the send log (a send recorded, history cleared)? */
export const touchesHistory = (changedKeys: readonly string[]): boolean => changedKeys.some((k) => k.startsWith(HISTORY_PREFIX));

/** Where the noise memory's send log lives in storage.local (every key starts with this). */
export const MEMORY_PREFIX = 'parley.memory';

/** Did this storage change touch the send log (a send recorded, history cleared)? */
export const touchesMemory = (changedKeys: readonly string[]): boolean => changedKeys.some((k) => k.startsWith(MEMORY_PREFIX));

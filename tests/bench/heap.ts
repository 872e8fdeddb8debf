/** Heap measurement for the benchmark: live heap after a full garbage collection. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** `node --expose-gc` gives a global gc(); without the flag, turn it on at run time. */
function gcFunction(): () => void {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (typeof gc !== 'function') throw new Error('cannot expose gc(): run node with --expose-gc');
  return () => gc();
}

const collect = gcFunction();

/** Live heap in bytes, after collecting garbage twice (weak references need a second pass). */
export function liveHeap(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

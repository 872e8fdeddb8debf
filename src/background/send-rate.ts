/**
 * How many sends a tab may record: a person presses Send a few times a minute at most, even in
 * a chat, so a burst past that is not the user (a page replaying its composer's send path).
 * Per tab, a bucket of BURST sends refilled one every REFILL_MS (20 a minute); what does not fit is dropped
 * and counted, so a flood can neither push the user's real history out (the 5,000-send cap)
 * nor plant fingerprints in bulk.
 */
export const BURST = 10;
export const REFILL_MS = 3_000;

export class SendRate {
  private readonly buckets = new Map<number, { tokens: number; at: number }>();
  /** Sends refused since the worker started. */
  dropped = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** May this tab record one more send now? */
  take(tabId: number): boolean {
    const now = this.now();
    const bucket = this.buckets.get(tabId) ?? { tokens: BURST, at: now };
    bucket.tokens = Math.min(BURST, bucket.tokens + (now - bucket.at) / REFILL_MS);
    bucket.at = now;
    this.buckets.set(tabId, bucket);
    if (bucket.tokens < 1) {
      this.dropped++;
      return false;
    }
    bucket.tokens -= 1;
    return true;
  }

  /** The tab closed: forget its bucket. */
  forget(tabId: number): void {
    this.buckets.delete(tabId);
  }
}

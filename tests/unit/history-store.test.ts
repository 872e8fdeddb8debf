import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/core/history/fingerprint.ts';
import type { Channel } from '../../src/core/types.ts';
import { KEEP_DAYS, MAX_ENTRIES, HISTORY_PREFIX, HistoryStore, type NewSend } from '../../src/background/history-store.ts';
import type { HistoryEntry } from '../../src/background/history-codec.ts';
import { FakeStorageArea } from './fakeStorage.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const FP = fingerprint('A short note about the spring release and what changed in the scheduler this month.');

/** A clock the test moves by hand. */
function clock(start = START) {
  let t = start;
  return { now: () => t, set: (value: number) => void (t = value) };
}

/** Entries with plain-array fingerprints (a reloaded log holds typed-array views). */
const plain = (entries: HistoryEntry[]) => entries.map((e) => ({ ...e, fingerprint: Array.from(e.fingerprint) }));

const send = (at: number, channel: Channel = 'linkedin-post', domains: string[] = []): NewSend => ({
  channel,
  site: 'www.linkedin.com',
  at,
  words: 14,
  fingerprint: FP,
  domains,
});

describe('HistoryStore', () => {
  test('remembers sends, oldest first, with their fingerprints', async () => {
    const time = clock();
    const store = new HistoryStore(new FakeStorageArea(), time.now);
    await store.record(send(START - 2 * MINUTE));
    await store.record(send(START - MINUTE, 'x'));
    const entries = await store.entries();
    expect(entries.map((e) => e.channel)).toEqual(['linkedin-post', 'x']);
    expect(entries[0]).toEqual({ channel: 'linkedin-post', site: 'www.linkedin.com', at: START - 2 * MINUTE, words: 14, fingerprint: FP });
  });

  test('survives a restarted service worker: a new store reads the same log', async () => {
    const area = new FakeStorageArea();
    const time = clock();
    const first = new HistoryStore(area, time.now);
    await first.record(send(START - MINUTE, 'email', ['acme.com']));
    await first.record(send(START, 'x'));
    await first.record({ ...send(START, 'x'), fingerprint: [] }); // a draft with no words
    const restarted = new HistoryStore(area, time.now);
    expect(plain(await restarted.entries())).toEqual(plain(await first.entries()));
    expect(Array.from((await restarted.entries())[2]!.fingerprint)).toEqual([]);
    expect(await restarted.recentDomains()).toEqual([{ at: START - MINUTE, domains: ['acme.com'] }]);
  });

  test('keeps every send that arrives at once (no lost writes), in fewer storage writes', async () => {
    const area = new FakeStorageArea();
    const store = new HistoryStore(area, clock().now);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.record(send(START - i))));
    expect(await new HistoryStore(area, clock().now).entries()).toHaveLength(50);
    expect(area.writes).toBeLessThan(50);
  });

  test('stays bounded after 100,000 sends: the newest 5,000 are kept', async () => {
    const area = new FakeStorageArea();
    const time = clock();
    const store = new HistoryStore(area, time.now);
    let at = START;
    for (let burst = 0; burst < 100; burst++) {
      const batch: Promise<void>[] = [];
      for (let i = 0; i < 1_000; i++) batch.push(store.record(send((at += MINUTE))));
      time.set(at);
      await Promise.all(batch);
    }
    const entries = await new HistoryStore(area, time.now).entries();
    expect(entries).toHaveLength(MAX_ENTRIES);
    expect(entries[0]!.at).toBe(at - (MAX_ENTRIES - 1) * MINUTE);
    expect(entries[entries.length - 1]!.at).toBe(at);
    // Old chunks are removed from storage, not just hidden: a handful of keys, about 1 MB.
    expect(area.data.size).toBeLessThanOrEqual(MAX_ENTRIES / 250 + 2);
    expect(area.bytes()).toBeLessThan(1_300_000);
  }, 60_000); // 100,000 sends take a few seconds on a busy machine; the speed target is in the benchmark.

  test('drops sends older than 90 days', async () => {
    const area = new FakeStorageArea();
    const time = clock();
    const store = new HistoryStore(area, time.now);
    for (let day = 0; day < 200; day++) {
      time.set(START + day * DAY);
      await store.record(send(time.now()));
    }
    const entries = await new HistoryStore(area, time.now).entries();
    expect(entries.every((e) => e.at >= time.now() - KEEP_DAYS * DAY)).toBe(true);
    expect(entries).toHaveLength(KEEP_DAYS + 1);
  });

  test('forgets fingerprints after 30 days; the send itself stays in the history', async () => {
    const area = new FakeStorageArea();
    const time = clock();
    const store = new HistoryStore(area, time.now);
    await store.record(send(START));
    time.set(START + 31 * DAY);
    await store.record(send(time.now()));
    const [old, recent] = await new HistoryStore(area, time.now).entries();
    expect(old?.at).toBe(START);
    expect(Array.from(old!.fingerprint)).toEqual([]);
    expect(Array.from(recent!.fingerprint)).toEqual(FP);
  });

  test('keeps recipient domains for a day only', async () => {
    const time = clock();
    const store = new HistoryStore(new FakeStorageArea(), time.now);
    await store.record(send(START, 'email', ['acme.com']));
    time.set(START + 2 * DAY);
    await store.record(send(time.now(), 'email', ['contoso.com']));
    expect((await store.recentDomains()).map((d) => d.domains)).toEqual([['contoso.com']]);
  });

  test('enforces every limit with no new send: expired fingerprints, domains and old sends leave storage', async () => {
    const area = new FakeStorageArea();
    const time = clock();
    await new HistoryStore(area, time.now).record(send(START, 'email', ['acme.com']));
    await new HistoryStore(area, time.now).record(send(START + 10 * DAY));
    time.set(START + 91 * DAY);
    const writes = area.writes;
    await new HistoryStore(area, time.now).enforceRetention(); // a fresh worker, woken by the timer
    expect(area.writes).toBe(writes + 1);
    expect(area.dump()).not.toContain('acme.com');
    const [left, ...rest] = await new HistoryStore(area, time.now).entries();
    expect(rest).toHaveLength(0);
    expect(left?.at).toBe(START + 10 * DAY);
    expect(Array.from(left!.fingerprint)).toEqual([]);
    // Nothing left to expire: no write at all.
    await new HistoryStore(area, time.now).enforceRetention();
    expect(area.writes).toBe(writes + 1);
  });

  test('retract forgets one send (Undo Send), with its domains, for this worker and the next', async () => {
    const area = new FakeStorageArea();
    const time = clock();
    const store = new HistoryStore(area, time.now);
    await store.record(send(START - 2 * MINUTE, 'email', ['acme.com']));
    await store.record(send(START - MINUTE, 'email', ['globex.com']));
    expect(await store.retract(START - MINUTE, 'www.linkedin.com')).toBe(true);
    const restarted = new HistoryStore(area, time.now);
    expect((await restarted.entries()).map((e) => e.at)).toEqual([START - 2 * MINUTE]);
    expect((await restarted.recentDomains()).flatMap((d) => d.domains)).toEqual(['acme.com']);
  });

  test('retract touches nothing when no send matches the time and site', async () => {
    const store = new HistoryStore(new FakeStorageArea(), clock().now);
    await store.record(send(START - MINUTE));
    expect(await store.retract(START - MINUTE, 'mail.google.com')).toBe(false);
    expect(await store.retract(START, 'www.linkedin.com')).toBe(false);
    expect(await store.entries()).toHaveLength(1);
  });

  test('clear forgets everything, for this worker and the next', async () => {
    const area = new FakeStorageArea();
    const store = new HistoryStore(area, clock().now);
    for (let i = 0; i < 300; i++) await store.record(send(START - i, 'email', ['acme.com']));
    area.data.set(`${HISTORY_PREFIX}.c999`, '{}'); // left behind by a crashed write
    await store.clear();
    expect(await store.entries()).toEqual([]);
    expect(await new HistoryStore(area, clock().now).entries()).toEqual([]);
    expect([...area.data.keys()].filter((k) => k.startsWith(HISTORY_PREFIX) && k !== `${HISTORY_PREFIX}.c999`)).toEqual([]);
  });

  test('a send recorded right after "clear" is kept', async () => {
    const store = new HistoryStore(new FakeStorageArea(), clock().now);
    await store.record(send(START - 1));
    const cleared = store.clear();
    const recorded = store.record(send(START));
    await Promise.all([cleared, recorded]);
    expect((await store.entries()).map((e) => e.at)).toEqual([START]);
  });

  test('a failed write is reported, and the log stays consistent with storage', async () => {
    const area = new FakeStorageArea();
    const store = new HistoryStore(area, clock().now);
    await store.record(send(START - 2));
    area.failNextWrite = true;
    await expect(store.record(send(START - 1))).rejects.toThrow(/quota/);
    await store.record(send(START));
    expect((await store.entries()).map((e) => e.at)).toEqual([START - 2, START]);
  });

  test('unreadable storage is treated as empty, never thrown', async () => {
    const area = new FakeStorageArea();
    area.data.set(`${HISTORY_PREFIX}.index`, JSON.stringify({ v: 1, chunks: [0, 1, 'x'], nextId: 'y' }));
    area.data.set(`${HISTORY_PREFIX}.c0`, JSON.stringify({ at: [1], channel: ['pigeon'], site: ['a'], words: [1], fingerprint: [''] }));
    area.data.set(`${HISTORY_PREFIX}.c1`, JSON.stringify('garbage'));
    area.data.set(`${HISTORY_PREFIX}.domains`, JSON.stringify([{ at: 'no' }]));
    const store = new HistoryStore(area, clock().now);
    expect(await store.entries()).toEqual([]);
    expect(await store.recentDomains()).toEqual([]);
    await store.record(send(START));
    expect(await new HistoryStore(area, clock().now).entries()).toHaveLength(1);
  });
});

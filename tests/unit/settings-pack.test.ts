import { describe, expect, test } from 'vitest';
import { exportPack, MAX_PACK_BYTES, type PackReading, readPack } from '../../src/settings/pack.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';

const fresh = (): Settings => structuredClone(DEFAULT_SETTINGS);
const edited = (): Settings => ({
  ...fresh(),
  enabled: false,
  analysis: {
    rules: { 'self-praise': { enabled: false }, 'we-vs-you': { severity: 'error' } },
    channels: { x: { maxHashtags: 1 } },
    words: { allow: ['Best Buy', 'Premier League'], flag: ['circle back'] },
  },
  sites: { disabled: ['facebook'], paused: ['news.example.com'] },
  memory: { ...fresh().memory, similarity: 90, dailyLimits: { ...fresh().memory.dailyLimits, x: 3 } },
});
const pack = (settings: unknown): string => JSON.stringify({ parley: 1, exportedAt: '2026-11-22T10:00:00.000Z', settings });
const errorOf = (r: PackReading): string => (r.ok ? '(no error)' : r.error);

describe('rule pack export and import', () => {
  test('export, then import on a fresh profile, reproduces the same settings', () => {
    const file = JSON.stringify(exportPack(edited()));
    const reading = readPack(file, fresh());
    expect(reading.ok && reading.problems).toEqual([]);
    expect(reading.ok && reading.next).toEqual(edited());
  });

  test('the pack is the documented public shape', () => {
    const p = exportPack(edited(), new Date('2026-11-22T10:00:00Z'));
    expect(p).toMatchObject({ parley: 1, exportedAt: '2026-11-22T10:00:00.000Z', settings: { version: 2, rules: { 'self-praise': { enabled: false } }, words: { allow: ['Best Buy', 'Premier League'] }, memory: { similarity: 90, dailyLimits: { x: 3 } } } });
  });

  test('the preview lists what would change, from -> to', () => {
    const reading = readPack(pack({ rules: { 'self-praise': { enabled: false } }, words: { allow: ['Best Buy'] } }), fresh());
    expect(reading.ok && reading.changes).toEqual([
      { section: 'Rules', label: 'Self praise', from: 'on', to: 'off' },
      { section: 'Word lists', label: 'Never flag (allow list)', from: 'none', to: 'Best Buy' },
    ]);
  });

  test('a pack with only some sections leaves the others as they are', () => {
    const reading = readPack(pack({ rules: { 'self-praise': { severity: 'hint' } } }), edited());
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.next.analysis.rules).toEqual({ 'self-praise': { severity: 'hint' } });
    expect(reading.next.sites).toEqual(edited().sites);
    expect(reading.next.analysis.words).toEqual(edited().analysis.words);
  });
});

describe('broken packs change nothing and say exactly what was wrong', () => {
  test.each([
    ['not JSON', 'hello, this is not json', /not valid JSON/],
    ['empty', '   ', /empty/],
    ['a list', '[1, 2, 3]', /not a Parley rule pack.*found a list/],
    ['no format field', JSON.stringify({ settings: {} }), /no "parley" format field/],
    ['newer format', JSON.stringify({ parley: 2, settings: {} }), /format 2, newer than this version of Parley reads \(1\)/],
    ['wrong format value', JSON.stringify({ parley: 'yes', settings: {} }), /"parley" must be 1, found "yes"/],
    ['no settings', JSON.stringify({ parley: 1 }), /no "settings" object \(found nothing\)/],
  ])('%s', (_name, text, message) => {
    const reading = readPack(text, edited());
    expect(errorOf(reading)).toMatch(message);
    expect(errorOf(reading)).toMatch(/Nothing was imported\.$/);
  });

  test('5 MB of junk is refused by size, before any parsing', () => {
    const junk = '\u0000junk'.repeat(1_000_000);
    expect(junk.length).toBeGreaterThan(MAX_PACK_BYTES);
    expect(errorOf(readPack(junk, fresh()))).toMatch(/This file is 4\.8 MB; a Parley rule pack is at most 256 KB/);
  });

  test('unknown rules and out-of-range values are named and not imported; the valid rest is previewed', () => {
    const current = edited();
    const reading = readPack(
      pack({
        rules: { 'no-such-rule': { enabled: false }, 'self-praise': { enabled: false, options: { extraWords: [''], colour: 'red' } } },
        channels: { email: { maxQuestions: 99, maxGrade: 7 }, fax: {} },
        memory: { similarity: 101 },
        sites: { disabled: ['myspace'] },
        extra: true,
      }),
      current,
    );
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const problems = reading.problems.join('\n');
    expect(problems).toContain('Unknown section "extra"');
    expect(problems).toContain('Unknown rule "no-such-rule"');
    expect(problems).toContain('unknown option "colour"');
    expect(problems).toContain('dropped an empty item');
    expect(problems).toMatch(/Email target: "Most questions" is 99, outside the allowed 1–20; not imported/);
    expect(problems).toContain('Unknown channel "fax"');
    expect(problems).toMatch(/similarity.*is 101, outside the allowed 50–100; not imported/);
    expect(problems).toContain('"myspace"');
    // The bad values are not applied (not clamped either): the section the pack replaces takes
    // its defaults there, and the preview shows exactly that.
    expect(reading.next.analysis.channels).toEqual({ email: { maxGrade: 7 } });
    expect(reading.next.memory.similarity).toBe(DEFAULT_SETTINGS.memory.similarity);
    expect(reading.next.analysis.rules).toEqual({ 'self-praise': { enabled: false } });
    // Reading never changes the settings it was given.
    expect(current).toEqual(edited());
  });
  test('a pack cannot bring draft text in: allow-list entries past 4 words are skipped and named', () => {
    const reading = readPack(pack({ words: { allow: ['Best Buy', 'we are thrilled to announce our award-winning platform today'] } }), fresh());
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.next.analysis.words?.allow).toEqual(['Best Buy']);
    expect(reading.problems.join('\n')).toMatch(/an entry of 10 words \(each may be at most 4/);
  });
});

import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/core/rules/index.ts';
import { migrate, withoutDefaults } from '../../src/settings/migrate.ts';
import { repairSettings as repair } from '../../src/settings/repair.ts';
import { toStored } from '../../src/settings/sync.ts';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../src/settings/schema.ts';

/** A rule with a whole-number option, whatever the registry holds today. */
// As the content script and the options page read them (with the rules), and as the popup and the worker do (without).
const repairSettings = (raw: unknown) => repair(raw, RULES);
const repairWithoutRules = (raw: unknown) => repair(raw);
const intRule = RULES.find((r) => Object.values(r.options).some((o) => o.type === 'int'))!;
const [intKey, intOption] = Object.entries(intRule.options).find(([, o]) => o.type === 'int')! as [string, { min: number; max: number; default: number }];

describe('repairSettings', () => {
  test('nothing stored gives the defaults and no complaint', () => {
    expect(repairSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  test('an unreadable value is reset and the user is told', () => {
    const { settings, errors } = repairSettings('{not an object');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(errors).toEqual([expect.stringMatching(/not readable/)]);
  });

  test('keeps every valid override while resetting the broken ones, naming each', () => {
    const { settings, errors } = repairSettings({
      version: SETTINGS_VERSION,
      enabled: 'yes',
      analysis: {
        rules: { 'self-praise': { enabled: false }, 'no-such-rule': { enabled: false }, [intRule.id]: { severity: 'loud' } },
        channels: { email: { maxQuestions: 99, maxGrade: 6 } },
        words: { allow: ['Best Buy', '', '  Premier League '] },
      },
      sites: { disabled: ['gmail', 'myspace'], paused: ['news.example.com', 'not a host'] },
      memory: { similarity: 10, keepHistory: false },
    });
    expect(settings.enabled).toBe(true);
    expect(settings.analysis.rules).toEqual({ 'self-praise': { enabled: false } });
    // Out of range moves to the nearest allowed value; the valid neighbour is untouched.
    expect(settings.analysis.channels).toEqual({ email: { maxQuestions: 20, maxGrade: 6 } });
    expect(settings.analysis.words).toEqual({ allow: ['Best Buy', 'Premier League'] });
    expect(settings.sites).toEqual({ disabled: ['gmail'], paused: ['news.example.com'] });
    expect(settings.memory).toMatchObject({ similarity: 50, keepHistory: false });
    const text = errors.join('\n');
    for (const named of ['on/off switch', 'no-such-rule', 'severity', 'Email target', 'set to 20', 'empty item', 'myspace', 'not a hostname', 'set to 50']) {
      expect(text).toContain(named);
    }
  });

  test('an allow-list entry longer than four words (a sentence of a draft) is dropped and named', () => {
    const sentence = 'we are thrilled to announce our award-winning platform';
    const { settings, errors } = repairSettings({ version: SETTINGS_VERSION, analysis: { words: { allow: ['Best Buy', sentence], flag: [sentence] } } });
    expect(settings.analysis.words).toEqual({ allow: ['Best Buy'], flag: [sentence] });
    expect(errors).toEqual([expect.stringMatching(/Never flag.*an entry of 9 words \(each may be at most 4/)]);
  });

  test('a number between allowed values is rounded, not thrown away', () => {
    const { settings } = repairSettings({ analysis: { rules: { [intRule.id]: { options: { [intKey]: intOption.max + 0.4 } } } } });
    expect(settings.analysis.rules?.[intRule.id]?.options?.[intKey]).toBe(intOption.max);
  });

  test('settings from a newer Parley keep what this version understands and say so', () => {
    const { settings, errors } = repairSettings({ version: SETTINGS_VERSION + 1, analysis: { rules: { 'self-praise': { severity: 'error' } } }, future: { x: 1 } });
    expect(settings.analysis.rules).toEqual({ 'self-praise': { severity: 'error' } });
    expect(errors[0]).toMatch(/newer version of Parley/);
  });
});

describe('migrations', () => {
  test('a version 1 object (whole settings, defaults included) becomes overrides only', () => {
    const v1 = { ...structuredClone(DEFAULT_SETTINGS), version: 1, sites: { disabled: ['x'], paused: [] } };
    const { settings, errors } = repairSettings(v1);
    expect(errors).toEqual([]);
    expect(toStored(settings)).toEqual({ version: SETTINGS_VERSION, sites: { disabled: ['x'] } });
  });

  test('a renamed rule keeps its overrides under the new id', () => {
    const { value } = migrate({ version: 1, analysis: { rules: { 'old-brag': { enabled: false } } } }, { renames: { 'old-brag': 'self-praise' } });
    expect(value).toMatchObject({ version: SETTINGS_VERSION, analysis: { rules: { 'self-praise': { enabled: false } } } });
  });

  test('an override already under the new id wins over the old one', () => {
    const { value } = migrate(
      { analysis: { rules: { 'old-brag': { enabled: false }, 'self-praise': { severity: 'hint' } } } },
      { renames: { 'old-brag': 'self-praise' } },
    );
    expect(value.analysis).toEqual({ rules: { 'self-praise': { severity: 'hint' } } });
  });

  test('migrations run in order from the stored version', () => {
    const seen: number[] = [];
    const step = (n: number) => (raw: Record<string, unknown>) => (seen.push(n), { ...raw, [`v${n + 1}`]: true });
    const { value } = migrate({ version: 2 }, { migrations: { 1: step(1), 2: step(2), 3: step(3) }, current: 4 });
    expect(seen).toEqual([2, 3]);
    expect(value).toEqual({ version: 4, v3: true, v4: true });
  });

  test('withoutDefaults keeps only what differs', () => {
    expect(withoutDefaults({ a: 1, b: { c: 2, d: [1] } }, { a: 1, b: { c: 3, d: [1] } })).toEqual({ b: { c: 2 } });
  });
});

describe('the popup and worker read (analysis overrides kept as stored)', () => {
  const stored = {
    version: SETTINGS_VERSION,
    analysis: { rules: { 'no-such-rule': { enabled: false }, 'self-praise': { severity: 'loud' } } },
    sites: { paused: ['app.hubspot.com', 'not a host'] },
  };

  test('repairs its own parts and leaves the overrides for the options page to repair and name', () => {
    const { settings, errors } = repairWithoutRules(stored);
    expect(settings.sites.paused).toEqual(['app.hubspot.com']);
    expect(settings.analysis).toEqual(stored.analysis);
    expect(errors.join(' ')).not.toMatch(/no-such-rule|Self praise/);
    // The full read names exactly those problems.
    expect(repairSettings(stored).errors.join(' ')).toMatch(/no-such-rule/);
  });

  test('pausing a site from the popup writes the overrides back unchanged', () => {
    const { settings } = repairWithoutRules(stored);
    const written = toStored({ ...settings, sites: { ...settings.sites, paused: [...settings.sites.paused, 'mail.example.com'] } });
    expect(written.analysis).toEqual(stored.analysis);
    expect(written.sites).toEqual({ paused: ['app.hubspot.com', 'mail.example.com'] });
  });

  test('a whole sentence in the allow list (stored by an older version) is never written back', () => {
    const analysis = { words: { allow: ['Best Buy', 'we are thrilled to announce our award-winning platform'], brag: ['market-defining'] } };
    const { settings } = repairWithoutRules({ version: SETTINGS_VERSION, analysis });
    expect(toStored(settings).analysis).toEqual({ words: { allow: ['Best Buy'], brag: ['market-defining'] } });
  });

  test('unreadable overrides read as none, and nothing is said of them here', () => {
    expect(repairWithoutRules({ analysis: 'garbage' })).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });
});

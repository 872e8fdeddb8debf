/** The organisation's pack (settings/managed.ts): what it sets wins and is locked; the rest stays the user's. */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/core/rules/index.ts';
import { cleanAnalysis } from '../../src/core/settings-check.ts';
import { keepLocked, readManagedPack, withManaged, withoutManaged } from '../../src/settings/managed.ts';
import { keepAnalysis } from '../../src/settings/repair.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';

const full = (raw: unknown) => cleanAnalysis(raw, 'import', RULES);
const TEAM = {
  parley: 1,
  settings: {
    rules: { 'self-praise': { severity: 'error' }, exclamations: { enabled: false }, 'no-such-rule': {} },
    channels: { email: { maxQuestions: 2 } },
    words: { allow: ['Best Buy', 'a phrase far too long to be a name'] },
    sites: { disabled: ['facebook'] },
    memory: { similarity: 90, dailyLimits: { 'linkedin-post': 1 } },
  },
};
const user: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  analysis: { rules: { 'self-praise': { enabled: false }, urgency: { severity: 'hint' } }, channels: { email: { maxQuestions: 5, subjectMaxWords: 9 } }, words: { allow: ['Mine'], flag: ['circle back'] } },
  sites: { disabled: [], paused: ['news.example.com'] },
};

describe('a managed pack', () => {
  const pack = readManagedPack(TEAM, full);

  test('names each path it sets, and what it got wrong, through the same validator as every pack', () => {
    expect(pack.locked).toEqual(['rules.self-praise', 'rules.exclamations', 'rules.no-such-rule', 'channels.email.maxQuestions', 'words.allow', 'sites.disabled', 'memory.similarity', 'memory.dailyLimits.linkedin-post']);
    expect(pack.problems.join('\n')).toMatch(/Unknown rule "no-such-rule"/);
    expect(pack.problems.join('\n')).toMatch(/an entry of 9 words \(each may be at most 4/);
  });

  test('overrides the user where it speaks and leaves the rest to them', () => {
    const effective = withManaged(user, pack);
    expect(effective.analysis.rules).toEqual({ 'self-praise': { severity: 'error' }, exclamations: { enabled: false }, urgency: { severity: 'hint' } });
    expect(effective.analysis.channels).toEqual({ email: { maxQuestions: 2, subjectMaxWords: 9 } });
    expect(effective.analysis.words).toEqual({ allow: ['Best Buy'], flag: ['circle back'] });
    expect(effective.sites).toEqual({ disabled: ['facebook'], paused: ['news.example.com'] });
    expect(effective.memory).toMatchObject({ similarity: 90, dailyLimits: { 'linkedin-post': 1 } });
  });

  test('is never stored as the user’s own, and survives any edit of the options page', () => {
    const effective = withManaged(user, pack);
    const stored = withoutManaged(effective, pack);
    expect(stored.analysis.rules).toEqual({ urgency: { severity: 'hint' } });
    expect(stored.sites.disabled).toEqual([]);
    expect(stored.memory.similarity).toBe(DEFAULT_SETTINGS.memory.similarity);
    // An edit that tries to switch the locked rule back on (say, an import) is undone.
    const edited = keepLocked({ ...effective, analysis: { ...effective.analysis, rules: {} } }, effective, pack.locked);
    expect(edited.analysis.rules).toEqual({ 'self-praise': { severity: 'error' }, exclamations: { enabled: false } });
  });

  test('pages that never read the rules lock the same paths without loading them', () => {
    expect(readManagedPack(TEAM, keepAnalysis).locked).toEqual(pack.locked);
  });

  test('no policy, or one that is not a pack, changes nothing and says why', () => {
    expect(withManaged(user, readManagedPack({}, full))).toEqual(user);
    const bad = readManagedPack({ rules: {} }, full);
    expect(bad.locked).toEqual([]);
    expect(bad.problems[0]).toMatch(/not a rule pack/);
  });
});

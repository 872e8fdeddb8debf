import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/core/rules/index.ts';
import * as edit from '../../src/options/edit.ts';
import { toSiteOrigin } from '../../src/options/origin.ts';
import { toStored } from '../../src/settings/sync.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { checkNewItem, checkTypedNumber } from '../../src/core/option-check.ts';
import { int, words } from '../../src/core/options.ts';

const fresh = () => structuredClone(DEFAULT_SETTINGS);
const selfPraise = RULES.find((r) => r.id === 'self-praise')!;

describe('options page edits store overrides only', () => {
  test('switching a rule off and on again leaves nothing stored', () => {
    const off = edit.setRuleEnabled(fresh(), 'self-praise', false);
    expect(off.analysis.rules).toEqual({ 'self-praise': { enabled: false } });
    expect(toStored(edit.setRuleEnabled(off, 'self-praise', true))).toEqual({ version: DEFAULT_SETTINGS.version });
  });

  test('a severity or option set back to its default is no longer an override', () => {
    let s = edit.setRuleSeverity(fresh(), 'self-praise', 'error');
    s = edit.setRuleOption(s, 'self-praise', 'extraWords', ['synergy']);
    expect(s.analysis.rules?.['self-praise']).toEqual({ severity: 'error', options: { extraWords: ['synergy'] } });
    s = edit.setRuleSeverity(s, 'self-praise', selfPraise.severity);
    s = edit.setRuleOption(s, 'self-praise', 'extraWords', []);
    expect(s.analysis).toEqual({});
  });

  test('reset one rule leaves the other rules alone; reset all keeps sites and memory', () => {
    let s = edit.setRuleEnabled(fresh(), 'self-praise', false);
    s = edit.setRuleSeverity(s, 'we-vs-you', 'warning');
    s = edit.setSiteEnabled(s, 'x', false);
    s = edit.setMemory(s, 'similarity', 95);
    expect(edit.resetRule(s, 'self-praise').analysis.rules).toEqual({ 'we-vs-you': { severity: 'warning' } });
    const all = edit.resetAnalysis(s);
    expect(all.analysis).toEqual({});
    expect(all.sites.disabled).toEqual(['x']);
    expect(all.memory.similarity).toBe(95);
  });

  test('channel targets and word lists', () => {
    let s = edit.setChannelTarget(fresh(), 'x', 'maxHashtags', 1);
    s = edit.setWordList(s, 'allow', ['Best Buy']);
    expect(s.analysis).toEqual({ channels: { x: { maxHashtags: 1 } }, words: { allow: ['Best Buy'] } });
    expect(edit.isChannelChanged(edit.resetChannel(s, 'x'), 'x')).toBe(false);
  });

  test('resuming a paused site removes only that site', () => {
    const s = { ...fresh(), sites: { disabled: [], paused: ['a.example.com', 'b.example.com'] } };
    expect(edit.unpauseSite(s, 'a.example.com').sites.paused).toEqual(['b.example.com']);
  });
});

// The fields use the one validator (core/option-check.ts), so they say what a pack's check says.
describe('validation where the user types', () => {
  const questions = int({ default: 3, min: 1, max: 20, label: 'Most questions' });
  test.each([
    ['', '"Most questions" must be a whole number from 1–20; not saved.'],
    ['abc', '"Most questions" must be a whole number from 1–20, not "abc"; not saved.'],
    ['2.5', '"Most questions" must be a whole number from 1–20, not 2.5; not saved.'],
    ['0', '"Most questions" is 0, outside the allowed 1–20; not saved.'],
    ['21', '"Most questions" is 21, outside the allowed 1–20; not saved.'],
  ])('number %j is refused', (text, message) => {
    const checked = checkTypedNumber(questions, text);
    expect(checked.ok ? 'accepted' : checked.error).toBe(message);
  });

  test('a number in range is accepted', () => {
    expect(checkTypedNumber(questions, ' 7 ')).toEqual({ ok: true, value: 7 });
  });

  const list = words({ default: [], label: 'Phrases to always flag', maxItems: 2 });
  test.each([
    ['   ', [], /not added: an empty item\.$/],
    ['best buy', ['Best Buy'], /not added: "best buy" is already in the list\.$/],
    ['x'.repeat(101), [], /not added: an item longer than 100 characters\.$/],
    ['new', ['a', 'b'], /not added: 1 item past the limit of 2\.$/],
  ])('list item %j is refused', (text, items, message) => {
    const checked = checkNewItem(list, items, text);
    expect(checked.ok ? 'accepted' : checked.error).toMatch(message);
  });

  test('the allow list takes names and short phrases, not sentences', () => {
    const allow = words({ default: [], label: 'Never flag (allow list)', maxItems: 10, maxWords: 4 });
    expect(checkNewItem(allow, [], 'Premier League')).toEqual({ ok: true, value: 'Premier League' });
    const sentence = checkNewItem(allow, [], 'We are thrilled to announce our platform');
    expect(sentence.ok ? 'accepted' : sentence.error).toMatch(/an entry of 7 words \(each may be at most 4/);
  });

  test.each([
    ['app.hubspot.com', 'https://app.hubspot.com/*'],
    ['https://App.HubSpot.com/inbox?x=1', 'https://app.hubspot.com/*'],
    ['http://localhost:3000', 'http://localhost/*'],
  ])('site %j asks for %s', (input, pattern) => {
    const checked = toSiteOrigin(input);
    expect(checked.ok && checked.value.pattern).toBe(pattern);
  });

  test.each([
    ['', /Type the address/],
    ['not a site', /not a/],
    ['ftp://files.example.com', /only coach on web pages/],
    ['mail.google.com', /Gmail is built in/],
  ])('site %j is refused', (input, message) => {
    const checked = toSiteOrigin(input);
    expect(checked.ok ? 'accepted' : checked.error).toMatch(message);
  });
});

/** Which screen the popup shows for what it learnt about the tab, and its settings edits. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import type { DraftState, PageState } from '../../src/messaging/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';
import { type ScreenInput, screenFor } from '../../src/popup/screen.ts';
import { setPaused, turnOn, turnOnSite } from '../../src/popup/site-edits.ts';

const GMAIL = new URL('https://mail.google.com/mail/u/0/');
const OTHER = new URL('https://app.hubspot.com:8443/inbox');

const draftOf = (text: string): DraftState => ({ composerId: 'c1', site: 'mail.google.com', channel: 'email', detectedChannel: 'email', report: analyze(text, { channel: 'email' }) });
const page = (draft: DraftState | null, composers = draft ? 1 : 0): PageState => ({ active: true, composers, draft });
const input = (over: Partial<ScreenInput>): ScreenInput => ({ url: GMAIL, settings: DEFAULT_SETTINGS, page: page(null), permitted: true, ...over });
const settings = (change: (s: Settings) => Settings): Settings => change(structuredClone(DEFAULT_SETTINGS));

describe('screenFor', () => {
  test('a scored draft shows its report', () => {
    const draft = draftOf('Hi Maya, which part of the webinar helped your team most? I can send the slides if that helps.');
    expect(screenFor(input({ page: page(draft) }))).toEqual({ kind: 'report', host: 'mail.google.com', draft });
  });

  test('a draft Parley cannot score says why, with the core’s own message', () => {
    const short = draftOf('Hi Sam');
    expect(screenFor(input({ page: page(short) }))).toMatchObject({ kind: 'status', status: 'too-short', message: short.report.statusMessage });
    const french = draftOf('Bonjour, je voudrais savoir si vous avez reçu mon message concernant la réunion de demain.');
    expect(screenFor(input({ page: page(french) }))).toMatchObject({ kind: 'status', status: 'not-english' });
  });

  test('opened before any analysis: no composer yet, or a composer still empty', () => {
    expect(screenFor(input({ page: page(null, 0) }))).toEqual({ kind: 'no-composer', host: 'mail.google.com' });
    expect(screenFor(input({ page: page(null, 2) }))).toEqual({ kind: 'waiting', host: 'mail.google.com' });
  });

  test('no Parley script answers: not enabled (with the permission to ask for), or start it when allowed', () => {
    expect(screenFor(input({ url: OTHER, page: null, permitted: false }))).toEqual({ kind: 'not-enabled', host: 'app.hubspot.com', pattern: 'https://app.hubspot.com/*' });
    expect(screenFor(input({ url: OTHER, page: null, permitted: true }))).toEqual({ kind: 'start', host: 'app.hubspot.com' });
    // The browser hid the address (no activeTab): still say what to do, without a host.
    expect(screenFor(input({ url: null, page: null, permitted: false }))).toEqual({ kind: 'not-enabled', host: null, pattern: null });
  });

  test('a built-in site the browser withholds: say so and offer that grant, never "add the site under Sites"', () => {
    expect(screenFor(input({ page: null, permitted: false }))).toEqual({ kind: 'no-access', hosts: ['mail.google.com'], patterns: ['https://mail.google.com/*'] });
    const outlook = new URL('https://outlook.office.com/mail/');
    expect(screenFor(input({ url: outlook, page: null, permitted: false }))).toEqual({ kind: 'no-access', hosts: ['outlook.office.com'], patterns: ['https://outlook.office.com/*'] });
    // The address is hidden, but the browser withholds built-in sites: name them.
    const withheld = [{ host: 'mail.google.com', pattern: 'https://mail.google.com/*' }];
    expect(screenFor(input({ url: null, page: null, permitted: false, withheld }))).toEqual({ kind: 'no-access', hosts: ['mail.google.com'], patterns: ['https://mail.google.com/*'] });
    // Another site stays a site to enable, whatever the built-in ones lack.
    expect(screenFor(input({ url: OTHER, page: null, permitted: false, withheld }))).toMatchObject({ kind: 'not-enabled' });
    // Granted and running: the report as usual.
    expect(screenFor(input({ page: page(null, 1), permitted: true, withheld }))).toMatchObject({ kind: 'waiting' });
  });

  test('the browser’s own pages cannot be coached, whatever the settings', () => {
    for (const url of ['chrome://newtab/', 'chrome-extension://abc/src/popup/index.html', 'file:///tmp/a.html', 'about:blank']) {
      expect(screenFor(input({ url: new URL(url), page: null }))).toEqual({ kind: 'unsupported' });
    }
  });

  test('the settings win over what the page says: off, site switched off, paused', () => {
    const draft = draftOf('Which part of the webinar helped your team most? I can send the slides.');
    expect(screenFor(input({ page: page(draft), settings: settings((s) => ({ ...s, enabled: false })) }))).toEqual({ kind: 'off' });
    expect(screenFor(input({ page: page(draft), settings: settings((s) => turnOnSite({ ...s, sites: { ...s.sites, disabled: ['gmail', 'x'] } }, 'x')) }))).toEqual({ kind: 'site-off', host: 'mail.google.com', site: 'gmail' });
    expect(screenFor(input({ page: page(draft), settings: setPaused(DEFAULT_SETTINGS, 'mail.google.com', true) }))).toEqual({ kind: 'paused', host: 'mail.google.com' });
  });

  test('a page that says it is off before the settings caught up reads as paused', () => {
    expect(screenFor(input({ page: { active: false, composers: 0, draft: null } }))).toEqual({ kind: 'paused', host: 'mail.google.com' });
  });
});

describe('site edits', () => {
  test('pausing adds the host once; resuming removes it and leaves other sites paused', () => {
    const paused = setPaused(setPaused(DEFAULT_SETTINGS, 'a.com', true), 'b.com', true);
    expect(setPaused(paused, 'a.com', true).sites.paused).toEqual(['b.com', 'a.com']);
    expect(setPaused(paused, 'a.com', false).sites.paused).toEqual(['b.com']);
    expect(DEFAULT_SETTINGS.sites.paused).toEqual([]);
  });

  test('switching Parley or a site back on', () => {
    expect(turnOn({ ...DEFAULT_SETTINGS, enabled: false }).enabled).toBe(true);
    expect(turnOnSite(settings((s) => ({ ...s, sites: { ...s.sites, disabled: ['gmail', 'x'] } })), 'gmail').sites.disabled).toEqual(['x']);
  });
});

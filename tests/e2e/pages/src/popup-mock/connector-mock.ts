/**
 * A Connector that answers from canned scenarios (Dark Reader's connect/mock.ts): every popup
 * state can be seen and screenshot without a page, a composer or a permission prompt.
 * Open the fixture page popup-mock.html?mock=<scenario>; the scenarios are the keys of
 * SCENARIOS. Test code only: the extension's popup always uses the browser's connector.
 */
import type { Channel } from '../../../../../src/core/types.ts';
import type { PageState } from '../../../../../src/messaging/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/settings/schema.ts';
import type { Connector } from '../../../../../src/popup/connector.ts';
import { BROADCAST_DRAFT, DIALOGUE_DRAFT, NOT_ENGLISH_DRAFT, TOO_SHORT_DRAFT } from './mock-drafts.ts';

interface Scenario {
  url: string | null;
  page: PageState | null;
  settings?: (s: Settings) => Settings;
  permitted?: boolean;
}

const LINKEDIN = 'https://www.linkedin.com/feed/';
const on = (draft: PageState['draft']): PageState => ({ active: true, composers: draft ? 1 : 0, draft });

export const SCENARIOS: Record<string, Scenario> = {
  broadcast: { url: LINKEDIN, page: on(BROADCAST_DRAFT), permitted: true },
  dialogue: { url: 'https://mail.google.com/mail/u/0/', page: on(DIALOGUE_DRAFT), permitted: true },
  'too-short': { url: LINKEDIN, page: on(TOO_SHORT_DRAFT), permitted: true },
  'not-english': { url: LINKEDIN, page: on(NOT_ENGLISH_DRAFT), permitted: true },
  'no-composer': { url: LINKEDIN, page: on(null), permitted: true },
  waiting: { url: LINKEDIN, page: { active: true, composers: 1, draft: null }, permitted: true },
  'not-enabled': { url: 'https://app.hubspot.com/inbox', page: null },
  'not-enabled-hidden': { url: null, page: null },
  start: { url: 'https://app.hubspot.com/inbox', page: null, permitted: true },
  paused: { url: LINKEDIN, page: { active: false, composers: 0, draft: null }, settings: (s) => ({ ...s, sites: { ...s.sites, paused: ['www.linkedin.com'] } }) },
  off: { url: LINKEDIN, page: on(null), settings: (s) => ({ ...s, enabled: false }) },
  'site-off': { url: LINKEDIN, page: null, settings: (s) => ({ ...s, sites: { ...s.sites, disabled: ['linkedin'] } }) },
  unsupported: { url: 'chrome://newtab/', page: null },
};

export function mockConnector(name: string): Connector {
  const scenario = SCENARIOS[name] ?? SCENARIOS.broadcast!;
  let settings = scenario.settings?.(structuredClone(DEFAULT_SETTINGS)) ?? structuredClone(DEFAULT_SETTINGS);
  let page = scenario.page;
  const listeners = new Set<(settings: Settings) => void>();
  const changed = (): void => listeners.forEach((l) => l(settings));
  return {
    target: async () => ({ id: 1, url: scenario.url ? new URL(scenario.url) : null }),
    pageState: async () => page,
    focusFinding: async () => true,
    async setChannel(_tab, _composer, channel: Channel) {
      const draft = page?.draft;
      if (!page || !draft) return null;
      page = { ...page, draft: { ...draft, channel } };
      return page.draft;
    },
    settings: async () => settings,
    async updateSettings(change) {
      settings = change(settings);
      changed();
      return null;
    },
    hasPermission: async () => scenario.permitted ?? false,
    requestPermission: async () => true,
    withheldSites: async () => [],
    syncSites: async () => undefined,
    startOnTab: async () => true,
    openOptions: async () => undefined,
    close: () => undefined,
    watch(_tab, on) {
      listeners.add(on.settings);
      return () => void listeners.delete(on.settings);
    },
  };
}

/** The settings changes the popup makes: pause or resume a site, switch Parley back on. */
import type { Settings } from '../settings/schema.ts';
import type { SiteId } from '../sites/built-in.ts';

const withSites = (s: Settings, sites: Partial<Settings['sites']>): Settings => ({ ...s, sites: { ...s.sites, ...sites } });

export function setPaused(s: Settings, host: string, paused: boolean): Settings {
  const others = s.sites.paused.filter((h) => h !== host);
  return withSites(s, { paused: paused ? [...others, host] : others });
}

export const turnOnSite = (s: Settings, site: SiteId): Settings => withSites(s, { disabled: s.sites.disabled.filter((x) => x !== site) });

export const turnOn = (s: Settings): Settings => ({ ...s, enabled: true });

/**
 * The built-in sites, declared once: id, label and hosts. The manifest's host permissions and
 * content-script matches are generated from this (src/build/site-manifest.ts), the options
 * page and the popup list it, and the coach picks each site's adapter by its id
 * (content/sites/index.ts, typed so a site without an adapter does not compile).
 * Pure data: the popup and the worker read it without any of the coach.
 */
export const SITES = {
  gmail: { label: 'Gmail', hosts: ['mail.google.com'] },
  outlook: { label: 'Outlook', hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] },
  linkedin: { label: 'LinkedIn', hosts: ['www.linkedin.com'] },
  x: { label: 'X (Twitter)', hosts: ['x.com', 'twitter.com'] },
  facebook: { label: 'Facebook', hosts: ['www.facebook.com'] },
} as const satisfies Record<string, { label: string; hosts: readonly string[] }>;

export type SiteId = keyof typeof SITES;

export const SITE_IDS = Object.keys(SITES) as SiteId[];

export const siteLabel = (site: SiteId): string => SITES[site].label;

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && Object.hasOwn(SITES, value);
}

/** Which built-in site a hostname belongs to, if any. */
export function siteOf(hostname: string): SiteId | null {
  return SITE_IDS.find((site) => (SITES[site].hosts as readonly string[]).includes(hostname)) ?? null;
}

/** The match patterns of every built-in site (the manifest's host permissions and content-script matches). */
export function siteMatches(): string[] {
  return SITE_IDS.flatMap((site) => SITES[site].hosts.map((host) => `https://${host}/*`));
}

/** Which adapter a frame uses, by its site; any other enabled site is generic. */
import { type SiteId, siteOf } from '../../sites/built-in.ts';
import { facebook } from './facebook.ts';
import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { linkedin } from './linkedin.ts';
import { outlook } from './outlook.ts';
import type { SiteAdapter } from './types.ts';
import { x } from './x.ts';

/** One adapter per built-in site: a site declared in sites/built-in.ts without one does not compile. */
const ADAPTERS: Record<SiteId, SiteAdapter> = { gmail, outlook, linkedin, x, facebook };

export function adapterFor(hostname: string): SiteAdapter {
  const site = siteOf(hostname);
  return site ? ADAPTERS[site] : generic;
}

/** The adapters by site, for checks that each one is the site it says. */
export function builtInAdapters(): Readonly<Record<SiteId, SiteAdapter>> {
  return ADAPTERS;
}

export type { SiteAdapter } from './types.ts';

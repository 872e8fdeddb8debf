/** Which adapter a frame uses, by its site; any other enabled site is generic. */
import { siteOf } from '../../shared/settings.ts';
import { facebook } from './facebook.ts';
import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { linkedin } from './linkedin.ts';
import { outlook } from './outlook.ts';
import type { SiteAdapter } from './types.ts';
import { x } from './x.ts';

const ADAPTERS = { gmail, outlook, linkedin, x, facebook } as const;

export function adapterFor(hostname: string): SiteAdapter {
  const site = siteOf(hostname);
  return site ? ADAPTERS[site] : generic;
}

export type { SiteAdapter } from './types.ts';

/**
 * Fills the manifest's host permissions and content-script matches from the built-in sites
 * (sites/built-in.ts), so a site is declared in one place.
 */
import { siteMatches } from '../sites/built-in.ts';

type Manifest = Record<string, unknown> & { content_scripts?: readonly object[] };
type Script<M extends Manifest> = NonNullable<M['content_scripts']>[number];

export function withSites<M extends Manifest>(manifest: M): Omit<M, 'host_permissions' | 'content_scripts'> & { host_permissions: string[]; content_scripts: (Script<M> & { matches: string[] })[] } {
  const matches = siteMatches();
  return {
    ...manifest,
    host_permissions: matches,
    content_scripts: (manifest.content_scripts ?? []).map((script) => ({ ...script, matches })),
  };
}

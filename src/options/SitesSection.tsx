/** Where Parley coaches: the built-in sites, other sites the user allowed, and paused sites. */
import { SITE_IDS, SITES } from '../sites/built-in.ts';
import { Switch } from '../ui/Switch.tsx';
import { setSiteEnabled, unpauseSite } from './edit.ts';
import { Managed } from './Managed.tsx';
import { OtherSites } from './OtherSites.tsx';
import { SiteAccess } from './SiteAccess.tsx';
import type { SectionProps } from './useSettings.ts';

export function SitesSection({ settings, update, locked }: SectionProps) {
  const { paused, disabled } = settings.sites;
  return (
    <section class="section" id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p class="section-intro">Parley reads drafts only on these sites, and only on your machine.</p>
      <SiteAccess />
      <div class="card card-stack">
        <div>
          <h3 id="builtin-title">Built-in sites</h3>
          <ul class="site-list" aria-labelledby="builtin-title">
            {SITE_IDS.map((site) => (
              <li key={site} data-site={site}>
                <div>
                  <span class="site-name">{SITES[site].label}</span>
                  <span class="site-host">{SITES[site].hosts.join(', ')}</span>
                </div>
                <Managed locked={locked.has('sites.disabled')}>
                <Switch label={`Coach on ${SITES[site].label}`} hideLabel checked={!disabled.includes(site)} onChange={(on) => update((s) => setSiteEnabled(s, site, on))} />
                </Managed>
              </li>
            ))}
          </ul>
        </div>
        <OtherSites />
        <div>
          <h3 id="paused-title" tabIndex={-1}>
            Paused sites
          </h3>
          {paused.length === 0 ? (
            <p class="field-hint">No site is paused. Pause Parley on a site from the toolbar button.</p>
          ) : (
            <ul class="site-list" aria-labelledby="paused-title">
              {paused.map((host) => (
                <li key={host}>
                  <span class="site-name">{host}</span>
                  <button type="button" class="button" onClick={() => {
                      update((s) => unpauseSite(s, host));
                      // The row goes away: keep keyboard focus in the list's neighbourhood.
                      document.getElementById('paused-title')?.focus();
                    }}
                  >
                    Resume <span class="sr-only">{host}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

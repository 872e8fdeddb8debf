/** Where Parley coaches: the built-in sites, other sites the user allowed, and paused sites. */
import { SITE_LABELS, SITES, type SiteId } from '../shared/settings.ts';
import { Switch } from '../ui/Switch.tsx';
import { setSiteEnabled, unpauseSite } from './edit.ts';
import { OtherSites } from './OtherSites.tsx';
import { SiteAccess } from './SiteAccess.tsx';
import type { SectionProps } from './useSettings.ts';

const SITE_HOSTS: Record<SiteId, string> = {
  gmail: 'mail.google.com',
  outlook: 'outlook.live.com, outlook.office.com',
  linkedin: 'www.linkedin.com',
  x: 'x.com',
  facebook: 'www.facebook.com',
};

export function SitesSection({ settings, update }: SectionProps) {
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
            {SITES.map((site) => (
              <li key={site}>
                <div>
                  <span class="site-name">{SITE_LABELS[site]}</span>
                  <span class="site-host">{SITE_HOSTS[site]}</span>
                </div>
                <Switch label={`Coach on ${SITE_LABELS[site]}`} hideLabel checked={!disabled.includes(site)} onChange={(on) => update((s) => setSiteEnabled(s, site, on))} />
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

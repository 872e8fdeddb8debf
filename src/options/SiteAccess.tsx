/**
 * Says plainly when the browser withholds Parley's access to a built-in site (Firefox lets the
 * user withhold or revoke it per site), and grants it in one click. Follows permission
 * changes made anywhere (the popup, the browser's add-on manager).
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type WithheldSite, browserName, hostList } from '../sites/withheld-wording.ts';
import { withheldSites } from '../sites/withheld.ts';

export function SiteAccess() {
  const [withheld, setWithheld] = useState<WithheldSite[]>([]);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    const refresh = (): void => void withheldSites().then(setWithheld);
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);

  if (withheld.length === 0) return null;
  const hosts = hostList(withheld.map((w) => w.host));
  // permissions.request must run inside the click itself (a user gesture): nothing awaited before it.
  const grant = (): void =>
    void browser.permissions.request({ origins: withheld.map((w) => w.pattern) }).then(async (granted) => {
      setRefused(!granted);
      setWithheld(await withheldSites());
    });

  return (
    <div class="notice notice-warning" role="region" aria-labelledby="site-access-title" data-site-access>
      <p class="notice-title" id="site-access-title">
        {browserName()} hasn't given Parley access to {hosts}
      </p>
      <p>Parley cannot coach there until you allow it. It only reads the page to check your draft, on this device.</p>
      {refused && <p role="status">Access was not granted, so Parley stays off on {hosts}.</p>}
      <button type="button" class="button primary" onClick={grant}>
        {withheld.length === 1 ? `Allow access to ${hosts}` : 'Allow access'}
      </button>
    </div>
  );
}

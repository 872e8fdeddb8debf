/**
 * "Coach me on other sites": asks for the optional host permission of a site the user types,
 * then has the background register the bootstrap there (background/sites.ts). Lists the sites
 * granted so far, each removable.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../messaging/runtime.ts';
import { toSiteOrigin } from './origin.ts';

async function grantedOrigins(): Promise<string[]> {
  const builtIn = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !builtIn.has(o)).sort();
}

export function OtherSites() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const refresh = async (): Promise<void> => {
    await sendToBackground('syncSites', {}).catch(() => undefined);
    setOrigins(await grantedOrigins());
  };
  useEffect(() => void grantedOrigins().then(setOrigins), []);

  const add = (): void => {
    const checked = toSiteOrigin(text);
    if (!checked.ok) return setMessage({ error: true, text: checked.error });
    // permissions.request must run inside the click itself (a user gesture), so no await before it.
    void browser.permissions.request({ origins: [checked.value.pattern] }).then(async (granted) => {
      if (!granted) return setMessage({ error: true, text: `Permission for ${checked.value.host} was not granted, so Parley stays off there.` });
      setText('');
      setMessage({ error: false, text: `Parley now coaches on ${checked.value.host}. Reload its open tabs to start.` });
      await refresh();
    });
  };

  const remove = async (origin: string): Promise<void> => {
    await browser.permissions.remove({ origins: [origin] });
    setMessage({ error: false, text: `Parley no longer runs on ${new URL(origin.replace('/*', '/')).hostname}.` });
    await refresh();
  };

  return (
    <div class="other-sites">
      <h3 id="other-sites-title">Coach me on other sites</h3>
      <p class="field-hint" id="other-sites-hint">
        Parley only runs where you allow it. Add a site and your browser asks you to confirm.
      </p>
      <div class="word-list-add">
        <label class="sr-only" for="other-site">
          Site address
        </label>
        <input
          id="other-site"
          class="input"
          type="text"
          placeholder="app.hubspot.com"
          value={text}
          aria-describedby="other-sites-hint"
          aria-invalid={message?.error ? 'true' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())}
        />
        <button type="button" class="button" onClick={add}>
          Allow site
        </button>
      </div>
      <p class={message?.error ? 'field-error' : 'field-note'} role="status">
        {message?.text}
      </p>
      {origins.length > 0 && (
        <ul class="site-list" aria-labelledby="other-sites-title">
          {origins.map((origin) => (
            <li key={origin}>
              <span class="site-host">{origin.replace(/\/\*$/, '')}</span>
              <button type="button" class="button quiet danger" onClick={() => void remove(origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The popup's state: what it learnt about the tab (refreshed whenever the draft or the
 * settings change) and the actions its buttons take, all through the Connector.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Channel } from '../core/types.ts';
import type { PageState } from '../messaging/protocol.ts';
import type { Settings } from '../settings/schema.ts';
import type { SiteId } from '../sites/built-in.ts';
import type { Connector, TabTarget } from './connector.ts';
import { type Screen, screenFor, sitePattern } from './screen.ts';
import { setPaused, turnOn, turnOnSite } from './site-edits.ts';
import type { WithheldSite } from '../sites/withheld-wording.ts';

interface Loaded {
  tab: TabTarget | null;
  settings: Settings;
  page: PageState | null;
  permitted: boolean;
  withheld: WithheldSite[];
}

async function load(c: Connector): Promise<Loaded> {
  // What does not depend on the tab is asked beside it, not after it: one round trip fewer.
  const settings = c.settings();
  const withheld = c.withheldSites().catch(() => []);
  const tab = await c.target();
  const web = tab?.url && /^https?:$/.test(tab.url.protocol) ? tab.url : null;
  const [page, permitted] = await Promise.all([tab ? c.pageState(tab.id) : null, web ? c.hasPermission(sitePattern(web)).catch(() => false) : false]);
  return { tab, settings: await settings, page, permitted, withheld: await withheld };
}

export interface PopupActions {
  focusFinding(composerId: string, index: number): void;
  setChannel(composerId: string, channel: Channel): void;
  setPaused(host: string, paused: boolean): void;
  turnOn(): void;
  turnOnSite(site: SiteId): void;
  /** Asks for the permission of a site (or the built-in sites the browser withholds), then starts here. */
  enableSite(patterns: string[]): void;
  startHere(): void;
  openOptions(): void;
}

export interface PopupModel {
  /** null while loading. */
  screen: Screen | null;
  /** A one-line message after an action that did not work out. */
  notice: string | null;
  /** Bumped when an action replaced the screen: focus moves to its heading (the button is gone). */
  moved: number;
  actions: PopupActions;
}

export function usePopup(c: Connector): PopupModel {
  const [data, setData] = useState<Loaded | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [moved, setMoved] = useState(0);
  const latest = useRef(0);
  const focusNext = useRef(false);

  // Loads can overlap (a burst of draft changes): only the newest one may land.
  const refresh = useCallback(() => {
    const ticket = ++latest.current;
    void load(c).then((loaded) => {
      if (ticket !== latest.current) return;
      setData(loaded);
      if (focusNext.current) setMoved((n) => n + 1);
      focusNext.current = false;
    });
  }, [c]);
  const refreshAndFocus = (): void => {
    focusNext.current = true;
    refresh();
  };

  // The first load starts with the first render and lands as soon as it is back: an effect
  // would wait for the first paint, then for the load.
  const started = useRef(false);
  if (!started.current) {
    started.current = true;
    refresh();
  }
  const tabId = data?.tab?.id;
  // Pushed, not polled: the page sends its draft after every analysis, storage its settings.
  useEffect(
    () =>
      tabId === undefined
        ? undefined
        : c.watch(tabId, {
            page: (page) => setData((d) => d && { ...d, page }),
            settings: (settings) => setData((d) => d && { ...d, settings }),
          }),
    [c, tabId],
  );

  const change = (edit: (s: Settings) => Settings): void => {
    void c.updateSettings(edit).then((error) => (error === null ? refreshAndFocus() : setNotice(error)));
  };

  const actions: PopupActions = {
    focusFinding(composerId, index) {
      if (tabId === undefined) return;
      void c.focusFinding(tabId, composerId, index).then((shown) => {
        if (shown) return c.close();
        setNotice('That suggestion is no longer in the draft.');
        refresh();
      });
    },
    setChannel(composerId, channel) {
      if (tabId === undefined) return;
      void c.setChannel(tabId, composerId, channel).then((draft) => {
        if (draft) setData((d) => d && { ...d, page: d.page && { ...d.page, draft } });
        else refresh();
      });
    },
    setPaused: (host, paused) => change((s) => setPaused(s, host, paused)),
    turnOn: () => change(turnOn),
    turnOnSite: (site) => change((s) => turnOnSite(s, site)),
    enableSite(patterns) {
      // The permission prompt needs the click's user gesture: ask before anything is awaited.
      void c.requestPermission(patterns).catch(() => false).then(async (granted) => {
        if (!granted) return setNotice('Permission not granted, so Parley stays off on this site.');
        setNotice(null);
        await c.syncSites();
        // Start at once rather than ask for a reload, which would lose the draft being written.
        if (tabId !== undefined) await c.startOnTab(tabId);
        refreshAndFocus();
      });
    },
    startHere() {
      if (tabId === undefined) return;
      void c.startOnTab(tabId).then((started) => (started ? refreshAndFocus() : setNotice('Parley could not start on this tab. Reload the page to start it.')));
    },
    openOptions: () => void c.openOptions().then(() => c.close()),
  };

  const screen = data && screenFor({ url: data.tab?.url ?? null, settings: data.settings, page: data.page, permitted: data.permitted, withheld: data.withheld });
  // The page broke Parley's overlay: say so, whatever the screen (never fail silently).
  return { screen, notice: notice ?? data?.page?.problem ?? null, moved, actions };
}

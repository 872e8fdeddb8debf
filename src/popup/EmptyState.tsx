/** The screens without a score: each says why and offers the one step that helps. */
import type { ComponentChildren } from 'preact';
import { siteLabel } from '../sites/built-in.ts';
import { browserName, hostList } from '../sites/withheld-wording.ts';
import type { Screen } from './screen.ts';
import type { PopupActions } from './usePopup.ts';

type Empty = Exclude<Screen, { kind: 'report' | 'status' }>;

interface Content {
  icon: 'write' | 'off' | 'lock' | 'pause' | 'start';
  title: string;
  body: ComponentChildren;
  action?: { label: string; run: () => void };
}

function contentFor(screen: Empty, a: PopupActions): Content {
  switch (screen.kind) {
    case 'no-composer':
      return { icon: 'write', title: 'No draft on this page yet', body: 'Click into a message or post box here and start writing. Parley scores the draft as you type.' };
    case 'waiting':
      return { icon: 'write', title: 'Start writing', body: 'Type a sentence or two in the box: the score, the noise check and the fixes appear here.' };
    case 'unsupported':
      return { icon: 'lock', title: 'Nothing to coach on this page', body: 'Parley works on web pages where you write: Gmail, Outlook, LinkedIn, X, Facebook and the sites you allow.' };
    case 'off':
      return { icon: 'off', title: 'Parley is switched off', body: 'No draft is checked anywhere until you switch it back on.', action: { label: 'Switch Parley on', run: a.turnOn } };
    case 'site-off':
      return { icon: 'off', title: `Parley is off for ${siteLabel(screen.site)}`, body: `You switched ${siteLabel(screen.site)} off in the settings.`, action: { label: `Switch on for ${siteLabel(screen.site)}`, run: () => a.turnOnSite(screen.site) } };
    case 'paused': {
      const host = screen.host;
      return { icon: 'pause', title: host ? `Paused on ${host}` : 'Paused on this site', body: 'Parley does not check drafts here until you resume.', ...(host ? { action: { label: 'Resume', run: () => a.setPaused(host, false) } } : {}) };
    }
    case 'start':
      return { icon: 'start', title: 'Start Parley on this tab', body: `Parley may coach on ${screen.host}, but this tab was open before it could. Start it here: the page is not reloaded, so nothing you wrote is lost.`, action: { label: 'Start on this tab', run: a.startHere } };
    case 'not-enabled': {
      const { host, pattern } = screen;
      if (!host || !pattern) return { icon: 'lock', title: 'Parley is not on for this site', body: 'To coach here, add the site under Sites in the settings.', action: { label: 'Open settings', run: a.openOptions } };
      return { icon: 'lock', title: `Parley is not on for ${host}`, body: 'Parley only reads the sites you allow, and your drafts never leave this device. Your browser will ask you to confirm.', action: { label: 'Enable Parley on this site', run: () => a.enableSite([pattern]) } };
    }
    case 'no-access': {
      const hosts = hostList(screen.hosts);
      return {
        icon: 'lock',
        title: `${browserName()} hasn't given Parley access to ${hosts}`,
        body: 'Parley coaches there only with your browser’s permission to read the page. Your drafts never leave this device.',
        action: { label: screen.hosts.length === 1 ? `Allow access to ${hosts}` : 'Allow access', run: () => a.enableSite(screen.patterns) },
      };
    }
  }
}

const ICONS: Record<Content['icon'], string> = {
  write: 'M4 16.5V20h3.5L18 9.5 14.5 6zM16 4.5l3.5 3.5 1.2-1.2a1 1 0 0 0 0-1.4l-2.1-2.1a1 1 0 0 0-1.4 0z',
  off: 'M12 3v8M7 6.3a7 7 0 1 0 10 0',
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9h-13z',
  pause: 'M9 5v14M15 5v14',
  start: 'M8 5.5v13l10-6.5z',
};

export function EmptyState({ screen, actions }: { screen: Empty; actions: PopupActions }) {
  const content = contentFor(screen, actions);
  return (
    <section class="empty" aria-labelledby="empty-title" data-screen={screen.kind}>
      <svg class="empty-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d={ICONS[content.icon]} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <h1 id="empty-title" class="empty-title" tabIndex={-1}>
        {content.title}
      </h1>
      <p class="empty-body">{content.body}</p>
      {content.action && (
        <button type="button" class="button primary" onClick={content.action.run}>
          {content.action.label}
        </button>
      )}
    </section>
  );
}

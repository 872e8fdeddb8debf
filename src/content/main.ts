/**
 * The full coach, injected into a frame on first focus of a composer (background/inject.ts).
 * Loads the settings, runs the coach while Parley is on for this site (switching at once when
 * the settings change), answers the popup, and keeps the toolbar badge up to date.
 */
import { analyze } from '../core/index.ts';
import { handle, sendToBackground } from '../shared/messaging.ts';
import type { BadgeState, ToContent } from '../shared/protocol.ts';
import { isActiveOn, type Settings } from '../shared/settings.ts';
import { loadSettings, watchSettings } from '../shared/settings-store.ts';
import { coachActions } from './actions.ts';
import { Coach } from './coach.ts';
import type { ComposerSession } from './composer.ts';
import { pageHandlers } from './page-state.ts';
import { adapterFor } from './sites/index.ts';
import { whyOf } from './why.ts';

const MAIN_FLAG = '__parleyCoach';
// Two bootstraps can ask at once (the manifest's and one started after a permission grant):
// the second coach injected into the frame must not start a second overlay.
const alreadyCoaching = (globalThis as Record<string, unknown>)[MAIN_FLAG] === true;
(globalThis as Record<string, unknown>)[MAIN_FLAG] = true;

/** The page's site; about:blank and srcdoc frames (editors like TinyMCE) inherit their parent's. */
const hostname = location.hostname || (self.origin.startsWith('http') ? new URL(self.origin).hostname : '');

let coach: Coach | null = null;
let lastBadge = '';

function sendBadge(session: ComposerSession | null): void {
  const report = session?.report;
  const state: BadgeState | null = report ? { score: report.score, noise: report.noise.level } : null;
  const key = JSON.stringify(state);
  if (key === lastBadge) return;
  lastBadge = key;
  sendToBackground('badge', state).catch(() => undefined); // The worker restarts on its own.
}

function apply(settings: Settings): void {
  const active = isActiveOn(settings, hostname);
  if (!active) {
    coach?.stop();
    coach = null;
    return;
  }
  if (coach) {
    coach.settings = settings;
    return;
  }
  coach = new Coach({ adapter: adapterFor(hostname), analyze, whyOf, settings, actions: coachActions, onDraft: sendBadge });
}

if (!alreadyCoaching) {
  handle<ToContent>(pageHandlers(() => coach));
  watchSettings(apply);
  void loadSettings().then(({ settings }) => apply(settings));
}

/**
 * The full coach, injected into a frame on first focus of a composer (background/inject.ts).
 * Loads the settings, runs the coach while Parley is on for this site (switching at once when
 * the settings change), answers the popup, and keeps the toolbar badge up to date.
 */
import { analyzeViews, prepareText } from '../core/analyze.ts';
import { warmUpSteps } from '../core/warm-up.ts';
import { handle, sendToBackground } from '../messaging/runtime.ts';
import type { BadgeState, ToContent } from '../messaging/protocol.ts';
import { isActiveOn, type Settings } from '../settings/schema.ts';
import { loadSettings, watchSettings } from './settings.ts';
import { coachActions } from './actions.ts';
import { COACH_MARK } from './coach-mark.ts';
import { coachStats } from './coach-stats.ts';
import { Coach } from './coach.ts';
import type { ComposerSession } from './composer.ts';
import { pageHandlers, pageStateOf } from './page-state.ts';
import { PopupFeed } from './popup-feed.ts';
import { adapterFor } from './sites/index.ts';
import { whyOf } from './why.ts';
import { WarmUp } from './warm-up.ts';

/** The page's site; about:blank and srcdoc frames (editors like TinyMCE) inherit their parent's. */
const hostname = location.hostname || (self.origin.startsWith('http') ? new URL(self.origin).hostname : '');

let coach: Coach | null = null;
/** Why the coach could not start here (null: it could, or it is paused). */
let failure: string | null = null;
let lastBadge = '';
/** The engine's warm-up, started with the first coach of this frame (once: what it compiles stays). */
const warmUp = new WarmUp(warmUpSteps());
/** Every analysis this frame makes goes through here, so the benchmark counts them all. */
const analyze: typeof analyzeViews = (text, input) => (coachStats().analyses++, analyzeViews(text, input));
const popups = new PopupFeed(() => pageStateOf(coach, failure));

function onDraft(session: ComposerSession | null): void {
  popups.changed();
  sendBadge(session);
}

function sendBadge(session: ComposerSession | null): void {
  const report = session?.fullReport; // the badge is in the browser's toolbar, out of the page's reach
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
    warmUp.pause();
    failure = null;
    popups.changed();
    return;
  }
  if (coach) {
    coach.settings = settings;
    return;
  }
  try {
    coach = new Coach({ adapter: adapterFor(hostname), analyze, prepare: prepareText, warmUp: () => warmUp.runNow(), whyOf, settings, actions: coachActions, onDraft });
    failure = null;
    warmUp.start();
  } catch (error) {
    // Never fail silently: the popup says Parley could not start here, rather than "Paused".
    failure = `Parley could not start on this page (${error instanceof Error ? error.message : 'unknown error'}). Reloading the page may help.`;
  }
  popups.changed();
}

/** One coach per frame, even if the coach is injected twice (a second bootstrap asked too). */
function start(): void {
  const world = globalThis as Record<symbol, unknown>;
  if (world[COACH_MARK]) return;
  world[COACH_MARK] = true;
  handle<ToContent>(pageHandlers(() => coach, () => failure));
  watchSettings(apply);
  void loadSettings().then(({ settings }) => apply(settings));
}
start();

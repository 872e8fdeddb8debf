/**
 * The only script on every supported page: tiny, it waits for the user to focus something
 * editable, then asks the service worker to inject the full coach into this frame. Until then
 * Parley costs the page one focus listener.
 *
 * Its state lives in this closure, never on `window`: a page's element ids are named
 * properties of `window` in every world, so a global flag or API lookup can be shadowed by
 * `<div id="…">`. The one mark it reads is a symbol (coach-mark.ts), which no page can set.
 */
import { isToContent, type Res, toBackground, type ToBackground, type ToContent } from '../messaging/protocol.ts';
import { COACH_MARK } from './coach-mark.ts';
import { isEditable } from './editable.ts';

type Api = typeof chrome;
/** A real extension API object (a page's `<div id="browser">` has no runtime.sendMessage). */
const isApi = (candidate: unknown): candidate is Api =>
  typeof (candidate as Api | undefined)?.runtime?.sendMessage === 'function' && typeof (candidate as Api).runtime.onMessage?.addListener === 'function';

// The bootstrap calls the extension API directly instead of through webextension-polyfill:
// the polyfill alone is 11 KB, over the 10 KB budget for a script every page loads, and both
// Chrome (MV3) and Firefox return promises from runtime.sendMessage natively.
const firefoxApi = (globalThis as { browser?: unknown }).browser;
const api: Api = isApi(firefoxApi) ? firefoxApi : chrome;

const coached = (): boolean => (globalThis as Record<symbol, unknown>)[COACH_MARK] === true;
let asked = false;

function activate(): void {
  if (asked || coached()) return;
  asked = true;
  // The worker injects the coach only for a content script of a site Parley runs on (background/callers.ts).
  api.runtime.sendMessage(toBackground('activate', {})).then(
    (reply: Res<ToBackground, 'activate'> | undefined) => {
      if (!reply?.injected) asked = false; // The frame could not be reached: try again on the next focus.
    },
    () => {
      asked = false; // The worker was restarting: try again on the next focus.
    },
  );
}

function onFocus(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof Element && isEditable(target)) activate();
}

document.addEventListener('focusin', onFocus, true);
// Pointing at a composer usually comes a moment before clicking into it: start loading the
// coach then, so it is ready sooner. Only the user's own pointer: a page's synthetic
// pointerover must not make Parley appear. Cheap: most targets fail the first test.
document.addEventListener(
  'pointerover',
  (event) => {
    if (!event.isTrusted) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement) && isEditable(target)) activate();
  },
  { capture: true, passive: true },
);
if (document.activeElement && isEditable(document.activeElement)) activate();

/** What the popup hears from a page whose coach is not injected yet: "focus a composer". */
const NOT_STARTED: Res<ToContent, 'getPageState'> = { active: true, composers: 0, draft: null };

// Until the coach is injected, answer the popup (only Parley's own pages: sender.id).
api.runtime.onMessage.addListener((message: unknown, sender, reply: (r: Res<ToContent, 'getPageState'>) => void) => {
  if (sender.id !== api.runtime.id || coached()) return undefined;
  if (!isToContent(message, 'getPageState')) return undefined;
  if (window !== window.top) return undefined;
  reply(NOT_STARTED);
  return undefined;
});

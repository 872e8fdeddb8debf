/**
 * The only script on every supported page: tiny, it waits for the user to focus something
 * editable, then asks the service worker to inject the full coach into this frame. Until then
 * Parley costs the page one focus listener.
 */
import { isEditable } from './editable.ts';

// The bootstrap calls the extension API directly instead of through webextension-polyfill:
// the polyfill alone is 11 KB, over the 10 KB budget for a script every page loads, and both
// Chrome (MV3) and Firefox return promises from runtime.sendMessage natively.
const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

const MAIN_FLAG = '__parleyCoach';
let asked = false;

function activate(): void {
  if (asked || (globalThis as Record<string, unknown>)[MAIN_FLAG]) return;
  asked = true;
  api.runtime.sendMessage({ parley: 'activate', payload: {} }).catch(() => {
    asked = false; // The worker was restarting: try again on the next focus.
  });
}

function onFocus(event: Event): void {
  const target = event.composedPath()[0];
  if (target instanceof Element && isEditable(target)) activate();
}

document.addEventListener('focusin', onFocus, true);
// Pointing at a composer usually comes a moment before clicking into it: start loading the
// coach then, so it is ready sooner. Cheap: most targets fail the first test.
document.addEventListener(
  'pointerover',
  (event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLTextAreaElement) && isEditable(target)) activate();
  },
  { capture: true, passive: true },
);
if (document.activeElement && isEditable(document.activeElement)) activate();

// Until the coach is injected, answer the popup so it can say "focus a composer".
api.runtime.onMessage.addListener((message: unknown, _sender, reply: (r: unknown) => void) => {
  if ((globalThis as Record<string, unknown>)[MAIN_FLAG]) return undefined;
  if (typeof message !== 'object' || message === null || (message as { parley?: string }).parley !== 'getPageState') return undefined;
  if (window !== window.top) return undefined;
  reply({ active: true, composers: 0, draft: null });
  return undefined;
});

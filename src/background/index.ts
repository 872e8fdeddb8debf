/**
 * The service worker: injects the full coach into a frame when its bootstrap asks, keeps the
 * badge, and (noise memory) records sends. Holds no state in memory that matters: it may be
 * stopped at any time, so everything lives in storage.
 *
 * Every handler names who may call it (callers.ts): a content script of a tab on a site Parley
 * runs on, Parley's own pages, or both. Anything else is refused before the handler runs.
 */
import browser from 'webextension-polyfill';
import { handle } from '../messaging/runtime.ts';
import type { ToBackground } from '../messaging/protocol.ts';
import { ANYONE, CONTENT, EXTENSION, from } from './callers.ts';
import { injectCoach } from './inject.ts';
import { showBadge } from './badge.ts';
import { syncSites } from './sites.ts';
import { clearWhenHistoryTurnsOff, historyHandlers as history } from './history-handlers.ts';
import './purge-draft-text.ts';
import './team-pack.ts';

handle<ToBackground>({
  ping: from(ANYONE, () => ({ pong: true as const, version: browser.runtime.getManifest().version })),
  activate: from(CONTENT, async (_, caller) => ({ injected: await injectCoach(caller) })),
  badge: from(CONTENT, (state, caller) => showBadge(caller.tabId, state)),
  recordSend: from(CONTENT, history.recordSend),
  retractSend: from(CONTENT, history.retractSend),
  // Extension pages too: the benchmark's cold-worker probe asks from one.
  sendContext: from(ANYONE, history.sendContext),
  sendHistory: from(EXTENSION, history.sendHistory),
  clearHistory: from(EXTENSION, history.clearHistory),
  syncSites: from(EXTENSION, () => syncSites()),
});
clearWhenHistoryTurnsOff();

/**
 * The service worker: injects the full coach into a frame when its bootstrap asks, keeps the
 * badge, and (noise memory) records sends. Holds no state in memory that matters: it may be
 * stopped at any time, so everything lives in storage.
 */
import browser from 'webextension-polyfill';
import { handle } from '../shared/messaging.ts';
import type { ToBackground } from '../shared/protocol.ts';
import { injectCoach } from './inject.ts';
import { showBadge } from './badge.ts';
import { syncSites } from './sites.ts';
import { clearWhenHistoryTurnsOff, memoryHandlers as memory } from './memory-handlers.ts';

handle<ToBackground>({
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
  activate: async (_, sender) => ({ injected: await injectCoach(sender) }),
  badge: (state, sender) => showBadge(sender.tab?.id, state),
  recordSend: memory.recordSend,
  retractSend: memory.retractSend,
  sendContext: memory.sendContext,
  memoryHistory: memory.memoryHistory,
  clearMemory: memory.clearMemory,
  syncSites: () => syncSites(),
});
clearWhenHistoryTurnsOff();

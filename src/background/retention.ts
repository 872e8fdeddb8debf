/**
 * The noise memory's limits (30-day fingerprints, one-day domains, 90 days, 5,000 sends) hold
 * on time even when nothing new is sent: enforced when the browser starts, when Parley is
 * installed or updated, and hourly on an alarm (the `alarms` permission; a plain timer dies
 * with the service worker, which Chrome stops after 30 s idle).
 */
import browser from 'webextension-polyfill';
import type { HistoryStore } from './history-store.ts';

const ALARM = 'parley-retention';
const EVERY_MINUTES = 60;

export function enforceRetention(store: HistoryStore): void {
  const run = (): void => void store.enforceRetention().catch(() => undefined); // storage refused: next hour
  // Re-creating an alarm restarts its period, so only create it when it is missing (the worker
  // wakes far more often than hourly, and would otherwise never let it fire).
  const schedule = async (): Promise<void> => {
    if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: EVERY_MINUTES });
  };
  // Registered at the top level so the worker wakes for these events.
  browser.alarms.onAlarm.addListener((alarm) => alarm.name === ALARM && run());
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  void schedule().catch(() => undefined);
}

/**
 * Which screen the popup shows, decided from what it could learn about the tab: a pure
 * function, so every empty state is a unit-tested case rather than a branch buried in JSX.
 */
import type { ReportStatus } from '../core/types.ts';
import type { DraftState, PageState } from '../messaging/protocol.ts';
import type { Settings } from '../settings/schema.ts';
import { type SiteId, siteOf } from '../sites/built-in.ts';

export type Screen =
  | { kind: 'unsupported' }
  | { kind: 'off' }
  | { kind: 'site-off'; host: string; site: SiteId }
  | { kind: 'paused'; host: string | null }
  /** No Parley script answers: host is null when the browser hides the tab's address. */
  | { kind: 'not-enabled'; host: string | null; pattern: string | null }
  /** A built-in site whose host permission the browser withholds (Firefox: the user's to grant). */
  | { kind: 'no-access'; hosts: string[]; patterns: string[] }
  /** Parley may run here, but this tab was open before it was allowed (or installed). */
  | { kind: 'start'; host: string }
  | { kind: 'no-composer'; host: string | null }
  | { kind: 'waiting'; host: string | null }
  | { kind: 'status'; host: string | null; status: Exclude<ReportStatus, 'ok'>; message: string; draft: DraftState }
  | { kind: 'report'; host: string | null; draft: DraftState };

export interface ScreenInput {
  url: URL | null;
  settings: Settings;
  /** What the tab's Parley script answered; null when nothing answered. */
  page: PageState | null;
  /** Parley holds the host permission for the tab's origin (built in or granted). */
  permitted: boolean;
  /** Built-in sites whose host permission the browser withholds. */
  withheld?: readonly { host: string; pattern: string }[];
}

const isWebPage = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';

/** The permission pattern for a page's site; ports are not part of match patterns. */
export const sitePattern = (url: URL): string => `${url.protocol}//${url.hostname}/*`;

export function screenFor({ url, settings, page, permitted, withheld = [] }: ScreenInput): Screen {
  if (url && !isWebPage(url)) return { kind: 'unsupported' };
  if (!settings.enabled) return { kind: 'off' };
  const host = url?.hostname ?? page?.draft?.site ?? null;
  if (host !== null && settings.sites.paused.includes(host)) return { kind: 'paused', host };
  const site = host === null ? null : siteOf(host);
  if (host !== null && site !== null && settings.sites.disabled.includes(site)) return { kind: 'site-off', host, site };
  if (page === null) {
    if (url && permitted) return { kind: 'start', host: url.hostname };
    // A built-in site: the only thing missing is the browser's permission.
    if (url && site !== null) return { kind: 'no-access', hosts: [url.hostname], patterns: [sitePattern(url)] };
    // The address is hidden, but the browser is known to withhold some built-in site.
    if (!url && withheld.length > 0) return { kind: 'no-access', hosts: withheld.map((w) => w.host), patterns: withheld.map((w) => w.pattern) };
    return { kind: 'not-enabled', host: url?.hostname ?? null, pattern: url ? sitePattern(url) : null };
  }
  // The settings say on but the page says off: it has not caught up with a change yet.
  if (!page.active) return { kind: 'paused', host };
  const draft = page.draft;
  if (draft === null) return page.composers > 0 ? { kind: 'waiting', host } : { kind: 'no-composer', host };
  const { status, statusMessage } = draft.report;
  if (status !== 'ok') return { kind: 'status', host, status, message: statusMessage ?? draft.report.verdict, draft };
  return { kind: 'report', host, draft };
}

/**
 * What the send log says about a draft about to be analysed: how often the user sent on this
 * channel today and this week, to which companies today, and the most similar recent send.
 * Pure: the caller passes the log, the settings and the clock.
 */
import { DEFAULT_DAILY_LIMITS, DUPLICATE_WINDOW_DAYS } from '../core/history/limits.ts';
import { isFingerprint, similarity } from '../core/history/fingerprint.ts';
import type { Channel } from '../core/types.ts';
import { isOrganisationDomain } from '../history/recipient-domains.ts';
import type { HistoryListing, SendContextReply } from '../messaging/protocol.ts';
import type { MemorySettings } from '../settings/schema.ts';
import type { HistoryEntry } from './history-codec.ts';
import type { DomainSend } from './history-store.ts';

const DAY_MS = 86_400_000;

export interface DraftFacts {
  channel: Channel;
  fingerprint: readonly number[];
  domains?: readonly string[];
}

/** The reply when nothing is known (history off or empty): limits still apply to nothing. */
export function emptyContext(channel: Channel, memory: MemorySettings): SendContextReply {
  return contextOf([], [], { channel, fingerprint: [] }, memory, 0);
}

export function contextOf(
  entries: readonly HistoryEntry[],
  domainSends: readonly DomainSend[],
  draft: DraftFacts,
  memory: MemorySettings,
  now: number,
): SendContextReply {
  const today = startOfDay(now);
  const weekAgo = now - 7 * DAY_MS;
  const window = now - DUPLICATE_WINDOW_DAYS * DAY_MS;
  const comparable = isFingerprint(draft.fingerprint);
  let sentToday = 0;
  const weekByChannel: Partial<Record<Channel, number>> = {};
  let nearest: SendContextReply['nearestDuplicate'] = null;
  for (const e of entries) {
    if (e.at > now) continue; // A clock set back: a "future" send says nothing about today.
    if (e.channel === draft.channel && e.at >= today) sentToday++;
    if (e.at >= weekAgo) weekByChannel[e.channel] = (weekByChannel[e.channel] ?? 0) + 1;
    if (comparable && e.at >= window) {
      const value = similarity(draft.fingerprint, e.fingerprint);
      if (value > 0 && (!nearest || value > nearest.similarity || (value === nearest.similarity && e.at > nearest.sentAt))) {
        nearest = { similarity: value, sentAt: e.at, channel: e.channel };
      }
    }
  }
  return {
    sentToday,
    sentThisWeek: weekByChannel[draft.channel] ?? 0,
    weekByChannel,
    nearestDuplicate: nearest,
    dailyLimit: memory.dailyLimits[draft.channel] ?? DEFAULT_DAILY_LIMITS[draft.channel],
    busiestDomain: draft.channel === 'email' ? busiestDomain(domainSends, draft.domains ?? [], today, now, memory.perDomainDaily) : null,
    duplicateThreshold: memory.similarity / 100,
  };
}

/** Of the draft's recipient companies, the one already written to most today. */
function busiestDomain(sends: readonly DomainSend[], domains: readonly string[], today: number, now: number, limit: number): SendContextReply['busiestDomain'] {
  let best: SendContextReply['busiestDomain'] = null;
  for (const domain of domains) {
    if (!isOrganisationDomain(domain)) continue;
    const sentToday = sends.filter((s) => s.at >= today && s.at <= now && s.domains.includes(domain)).length;
    if (!best || sentToday > best.sentToday) best = { domain, sentToday, limit };
  }
  return best;
}

/** The options page's table: newest first, no fingerprints. */
export function historyOf(entries: readonly HistoryEntry[], keepHistory: boolean): HistoryListing {
  const sends = entries.map(({ at, channel, site, words }) => ({ at, channel, site, words }));
  return { keepHistory, sends: sends.sort((a, b) => b.at - a.at) };
}

/** Local midnight: "today" is the user's day, not UTC's. */
function startOfDay(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

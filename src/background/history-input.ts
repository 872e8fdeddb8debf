/**
 * Checks a recordSend request before it reaches storage. Requests come from our own content
 * scripts, but a page can drive a composer, and nothing malformed may be stored.
 */
import { isFingerprint } from '../core/history/fingerprint.ts';
import { isOrganisationDomain } from '../history/recipient-domains.ts';
import type { SendRecord } from '../messaging/protocol.ts';
import { isChannel } from './history-codec.ts';
import type { NewSend } from './history-store.ts';

/** A well-formed send to remember, or null. The time is capped at now (no sends from the future). */
export function toNewSend(record: SendRecord, now: number): NewSend | null {
  if (typeof record !== 'object' || record === null || !isChannel(record.channel)) return null;
  const fingerprint = isFingerprint(record.fingerprint) ? record.fingerprint : [];
  const words = Number.isFinite(record.words) ? Math.max(0, Math.min(100_000, Math.trunc(record.words))) : 0;
  const site = typeof record.site === 'string' ? record.site.slice(0, 253) : '';
  const at = Number.isFinite(record.at) && record.at > 0 && record.at <= now ? record.at : now;
  const domains = Array.isArray(record.domains) ? [...new Set(record.domains.filter((d) => typeof d === 'string' && isOrganisationDomain(d)))].slice(0, 50) : [];
  return { channel: record.channel, site, at, words, fingerprint, domains: record.channel === 'email' ? domains : [] };
}

/**
 * The noise warning as plain data: shown when noise is medium or high, one sentence per
 * reason (hype, urgency, boilerplate, repetition, cadence) and the sends this week.
 */
import { CHANNELS, type Channel, type NoiseLevel, type Report } from '../core/types.ts';
import { listPhrase, sendsPhrase, tidyCounts } from './wording.ts';

export interface NoiseView {
  level: Exclude<NoiseLevel, 'low'>;
  title: string;
  lead: string;
  reasons: string[];
  /** "Sent this week: 4 LinkedIn posts and 1 email." when the noise memory knows. */
  week: string | null;
}

const WORDS: Record<NoiseView['level'], { title: string; lead: string }> = {
  high: { title: 'High noise', lead: 'Readers will likely tune this out:' },
  medium: { title: 'Some noise', lead: 'Parts of this may read as noise:' },
};

/** Sends this week, the draft's own channel first; null when nothing was sent or nothing is known. */
export function weekLine(sent: Partial<Record<Channel, number>> | undefined, channel: Channel): string | null {
  if (!sent) return null;
  const order = [channel, ...CHANNELS.filter((c) => c !== channel)];
  const parts = order.flatMap((c) => ((sent[c] ?? 0) > 0 ? [sendsPhrase(c, sent[c]!)] : []));
  return parts.length ? `Sent this week: ${listPhrase(parts)}.` : null;
}

export function noiseView(report: Report, sentThisWeek: Partial<Record<Channel, number>> | undefined): NoiseView | null {
  const { level, reasons } = report.noise;
  if (level === 'low') return null;
  return { level, ...WORDS[level], reasons: reasons.map(tidyCounts), week: weekLine(sentThisWeek, report.channel) };
}

/** "This week: 3 LinkedIn posts, 12 emails": sends of the last 7 days per channel. */
import { CHANNEL_LABELS } from '../../core/channels.ts';
import { CHANNELS, type Channel } from '../../core/types.ts';
import type { HistoryListing } from '../../messaging/protocol.ts';

const WEEK_MS = 7 * 86_400_000;

export function weekCounts(sends: HistoryListing['sends'], now: number): { channel: Channel; label: string; count: number }[] {
  const counts = new Map<Channel, number>();
  for (const send of sends) if (send.at > now - WEEK_MS) counts.set(send.channel, (counts.get(send.channel) ?? 0) + 1);
  return CHANNELS.filter((c) => counts.has(c)).map((channel) => ({ channel, label: CHANNEL_LABELS[channel], count: counts.get(channel) ?? 0 }));
}

/**
 * The noise-memory slot of the options page (rendered at the end of MemorySection's card):
 * the send history and "Clear history", in src/options/history/.
 */
import { SendHistory } from './history/SendHistory.tsx';
import type { SectionProps } from './useSettings.ts';

export function NoiseHistory({ settings }: SectionProps) {
  return <SendHistory keepHistory={settings.memory.keepHistory} />;
}

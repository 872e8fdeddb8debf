/** A scored draft: the score and verdict, the channel, the noise warning, the fixes, the bars. */
import type { DraftState } from '../shared/protocol.ts';
import { ChannelPicker } from './ChannelPicker.tsx';
import { Dimensions } from './Dimensions.tsx';
import { NoiseWarning } from './NoiseWarning.tsx';
import { noiseView } from './noise-view.ts';
import { dimensionRows, topFixes } from './report-view.ts';
import { ScoreHero } from './ScoreHero.tsx';
import { TopFixes } from './TopFixes.tsx';
import type { PopupActions } from './usePopup.ts';

export function ReportView({ draft, actions }: { draft: DraftState; actions: PopupActions }) {
  const { report, composerId } = draft;
  const noise = noiseView(report, draft.sentThisWeek);
  return (
    <>
      <ScoreHero report={report} />
      <ChannelPicker draft={draft} onChange={(channel) => actions.setChannel(composerId, channel)} />
      {noise && <NoiseWarning view={noise} score={report.noise.score} />}
      <TopFixes lines={topFixes(report)} onPick={(index) => actions.focusFinding(composerId, index)} />
      <Dimensions rows={dimensionRows(report)} />
    </>
  );
}

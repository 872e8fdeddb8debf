/** A scored draft: the score and verdict, the channel, the noise warning, the fixes, the bars. */
import type { DraftState } from '../messaging/protocol.ts';
import { presentReport } from '../report/report-view.ts';
import { ChannelPicker } from './ChannelPicker.tsx';
import { Dimensions } from './Dimensions.tsx';
import { NoiseWarning } from './NoiseWarning.tsx';
import { ScoreHero } from './ScoreHero.tsx';
import { Strengths } from './Strengths.tsx';
import { TopFixes } from './TopFixes.tsx';
import type { PopupActions } from './usePopup.ts';

export function ReportView({ draft, actions }: { draft: DraftState; actions: PopupActions }) {
  const { report, composerId } = draft;
  // screen.ts shows a report only once it has a score.
  const view = presentReport(report, { sentThisWeek: draft.sentThisWeek });
  if (!view) return null;
  return (
    <>
      <ScoreHero view={view} stats={report.stats} />
      <ChannelPicker draft={draft} onChange={(channel) => actions.setChannel(composerId, channel)} />
      {view.noise && <NoiseWarning view={view.noise} score={report.noise.score} />}
      <TopFixes lines={view.topFixes} onPick={(index) => actions.focusFinding(composerId, index)} />
      <Strengths labels={view.strengths} />
      <Dimensions rows={view.dimensions} />
    </>
  );
}

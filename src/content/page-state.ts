/**
 * Answers the popup about this frame: the current draft and its report, focus a finding,
 * switch a composer's channel.
 */
import type { Handlers } from '../messaging/runtime.ts';
import type { DraftState, PageState, ToContent } from '../messaging/protocol.ts';
import type { Coach } from './coach.ts';
import type { ComposerSession } from './composer.ts';

function draftState(coach: Coach, session: ComposerSession): DraftState | null {
  const report = session.fullReport; // the popup is the user's own: it gets the send history too
  if (!report) return null;
  const sentThisWeek = coach.history.weekFor(session);
  return { composerId: session.id, site: location.hostname, channel: report.channel, detectedChannel: session.facts.detectedChannel, report, ...(sentThisWeek ? { sentThisWeek } : {}) };
}

/**
 * This frame's state as the popup shows it. `c` is null while Parley is paused here; `failure`
 * says why a coach that should run could not start (the page broke it), so the popup tells the
 * truth instead of "Paused".
 */
export function pageStateOf(c: Coach | null, failure: string | null = null): PageState {
  if (failure) return { active: true, composers: 0, draft: null, problem: failure };
  if (!c) return { active: false, composers: 0, draft: null };
  const problem = c.overlay.host.blocked;
  return { active: true, composers: c.sessions.size, draft: c.current ? draftState(c, c.current) : null, ...(problem ? { problem } : {}) };
}

export function pageHandlers(coach: () => Coach | null, failure: () => string | null = () => null): Handlers<ToContent> {
  return {
    getPageState: () => pageStateOf(coach(), failure()),
    focusFinding({ composerId, index }) {
      const c = coach();
      const session = c?.byId(composerId);
      const finding = session?.fullReport?.findings[index]; // an index into what the popup showed
      if (!c || !session || !finding) return false;
      const hint = session.hints.find((h) => h.start === finding.start && h.end === finding.end && h.rule === finding.rule);
      return hint ? c.overlay.openHint(session, hint, true) : false;
    },
    setChannel({ composerId, channel }) {
      const c = coach();
      const session = c?.byId(composerId);
      if (!c || !session) return null;
      c.setChannel(session, channel);
      return draftState(c, session);
    },
  };
}

/**
 * Answers the popup about this frame: the current draft and its report, focus a finding,
 * switch a composer's channel.
 */
import type { Handlers } from '../shared/messaging.ts';
import type { DraftState, PageState, ToContent } from '../shared/protocol.ts';
import type { Coach } from './coach.ts';
import type { ComposerSession } from './composer.ts';

function draftState(coach: Coach, session: ComposerSession): DraftState | null {
  if (!session.report) return null;
  const sentThisWeek = coach.memory.weekFor(session); // noise memory
  return { composerId: session.id, site: location.hostname, channel: session.report.channel, detectedChannel: coach.detectedChannel(session), report: session.report, ...(sentThisWeek ? { sentThisWeek } : {}) };
}

/** This frame's state as the popup shows it. */
export function pageStateOf(c: Coach | null): PageState {
  if (!c) return { active: false, composers: 0, draft: null };
  return { active: true, composers: c.sessions.size, draft: c.current ? draftState(c, c.current) : null };
}

export function pageHandlers(coach: () => Coach | null): Handlers<ToContent> {
  return {
    getPageState: () => pageStateOf(coach()),
    focusFinding({ composerId, index }) {
      const c = coach();
      const session = c?.byId(composerId);
      const finding = session?.report?.findings[index];
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

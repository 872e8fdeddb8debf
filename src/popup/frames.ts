/**
 * Which frame of a tab holds the draft. Editors such as TinyMCE or CKEditor live in iframes,
 * and the coach runs in the frame where the writer types, while the top frame may only hold
 * the bootstrap (which answers "no composer"). So the popup asks every frame where a coach
 * runs, and the answers are merged here.
 */
import type { PageState } from '../messaging/protocol.ts';

export interface FrameAnswer {
  frameId: number;
  state: PageState;
}

/** The merged state, and the frame to send focusFinding / setChannel to. */
export interface PickedState {
  state: PageState;
  frameId: number;
}

/**
 * One state for the tab: the draft of the top frame if it has one, else of the first frame
 * that has one; composers counted over all frames; active only when every coach is.
 */
export function pickDraft(answers: readonly FrameAnswer[]): PickedState | null {
  if (answers.length === 0) return null;
  const ordered = [...answers].sort((a, b) => a.frameId - b.frameId);
  const withDraft = ordered.find((a) => a.state.draft !== null);
  const chosen = withDraft ?? ordered[0]!;
  // A frame where the page broke Parley is worth saying, whichever frame holds the draft.
  const problem = ordered.find((a) => a.state.problem)?.state.problem;
  return {
    frameId: chosen.frameId,
    state: {
      active: ordered.every((a) => a.state.active),
      composers: ordered.reduce((sum, a) => sum + a.state.composers, 0),
      draft: chosen.state.draft,
      ...(problem ? { problem } : {}),
    },
  };
}

/** Merging the answers of a tab's frames into the one draft the popup shows. */
import { expect, test } from 'vitest';
import { analyze } from '../../src/core/index.ts';
import type { DraftState, PageState } from '../../src/messaging/protocol.ts';
import { pickDraft } from '../../src/popup/frames.ts';

const draft = (composerId: string): DraftState => ({ composerId, site: 'example.com', channel: 'generic', detectedChannel: 'generic', report: analyze('Which part of the webinar helped your team most?') });
const BOOTSTRAP: PageState = { active: true, composers: 0, draft: null };

test('nothing answered: no Parley in the tab', () => {
  expect(pickDraft([])).toBeNull();
});

test('a draft in a framed editor wins over the top frame’s bootstrap, and its frame is kept', () => {
  const framed = draft('c1');
  expect(pickDraft([{ frameId: 0, state: BOOTSTRAP }, { frameId: 7, state: { active: true, composers: 1, draft: framed } }])).toEqual({ frameId: 7, state: { active: true, composers: 1, draft: framed } });
});

test('the top frame’s draft comes first when several frames have one; composers add up', () => {
  const top = draft('c1');
  const picked = pickDraft([{ frameId: 4, state: { active: true, composers: 2, draft: draft('c1') } }, { frameId: 0, state: { active: true, composers: 1, draft: top } }]);
  expect(picked).toEqual({ frameId: 0, state: { active: true, composers: 3, draft: top } });
});

test('no draft anywhere: the top frame answers; a stopped coach makes the tab inactive', () => {
  expect(pickDraft([{ frameId: 0, state: BOOTSTRAP }])).toEqual({ frameId: 0, state: BOOTSTRAP });
  expect(pickDraft([{ frameId: 0, state: BOOTSTRAP }, { frameId: 3, state: { active: false, composers: 0, draft: null } }])?.state.active).toBe(false);
});

test('a frame where the page broke Parley’s overlay is reported, even when another frame holds the draft', () => {
  const framed = draft('c1');
  const problem = 'This page keeps removing Parley’s underlines, so they are not shown here.';
  expect(pickDraft([{ frameId: 0, state: { ...BOOTSTRAP, problem } }, { frameId: 7, state: { active: true, composers: 1, draft: framed } }])?.state).toEqual({ active: true, composers: 1, draft: framed, problem });
});

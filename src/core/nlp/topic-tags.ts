/** The draft's topic tags ("#marketing"; not the rank "#1"), found once per draft and read by hashtag-stuffing and feed-hashtag. */
import type { Draft, Token } from './draft.ts';
import { pickedTokens } from './by-lines.ts';
import { isTopicTag } from './words.ts';
import { DraftMemo } from './draft-memo.ts';

const byDraft = new DraftMemo<readonly Token[]>();

/** The draft's topic tags in order (after an edit, only the edited lines are looked at again). */
export function topicTags(draft: Draft): readonly Token[] {
  return pickedTokens(draft, isTopicTag, byDraft);
}

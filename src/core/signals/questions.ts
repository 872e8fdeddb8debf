/**
 * Real questions vs sales hooks (P3). "Ready to 10x your pipeline?" ends in "?" but expects no
 * answer; "What would you change about your Monday planning?" does. Shared by the question,
 * call-to-action and dialogue rules so they agree on what counts as asking the reader.
 */
import type { Draft, Sentence } from '../nlp/draft.ts';
import { compilePhrases, findPhrases, type PhraseMatch } from '../nlp/phrases.ts';
import { GROWTH_PROMISES, HOOKS, type HookKind } from '../lexicon/hooks.ts';
import { indexInSentence, startsClause } from '../nlp/clauses.ts';
import { wordOf } from '../nlp/words.ts';
import { DraftMemo } from '../nlp/draft-memo.ts';

export type { HookKind } from '../lexicon/hooks.ts';

const HOOK_KIND = new Map<string, HookKind>(Object.entries(HOOKS).flatMap(([kind, list]) => list.map((p) => [p, kind as HookKind])));
const hookMatcher = compilePhrases(HOOK_KIND.keys());

/** Growth promises that turn "Want to…?" into a hook: "double", "10x", "more leads". */
const GROWTH = new Set(GROWTH_PROMISES);
const MULTIPLIER = /^\d+x$/;

export interface Hook {
  kind: HookKind;
  /** The hook opener in the draft, and what follows it up to the end punctuation. */
  match: PhraseMatch;
  rest: string;
}

const hooksByDraft = new DraftMemo<Map<number, Hook>>();

/** Sales hooks by sentence index, computed once per draft. */
export function salesHooks(draft: Draft): ReadonlyMap<number, Hook> {
  let found = hooksByDraft.get(draft);
  if (found) return found;
  found = new Map();
  for (const match of findPhrases(draft, hookMatcher)) {
    const sentence = draft.sentences[draft.tokens[match.firstToken]!.sentence]!;
    if (found.has(sentence.index) || !startsClause(sentence, indexInSentence(draft, match.firstToken))) continue;
    const kind = HOOK_KIND.get(match.phrase)!;
    if (!sentence.isQuestion && kind !== 'tease' && kind !== 'statement') continue;
    if (kind === 'desire' && !sentence.tokens.some((t) => GROWTH.has(wordOf(t)) || MULTIPLIER.test(wordOf(t)))) continue;
    const rest = draft.text.slice(match.end, sentence.end).replace(/^[\s,]+|[\s?!.…]+$/g, '');
    found.set(sentence.index, { kind, match, rest });
  }
  hooksByDraft.set(draft, found);
  return found;
}

/** A question the reader is meant to answer: ends in "?" and is not a sales hook. */
export function isRealQuestion(draft: Draft, sentence: Sentence): boolean {
  return sentence.isQuestion && !salesHooks(draft).has(sentence.index);
}

/**
 * Real questions vs sales hooks (P3). "Ready to 10x your pipeline?" ends in "?" but expects no
 * answer; "What would you change about your Monday planning?" does. Shared by the question,
 * call-to-action and dialogue rules so they agree on what counts as asking the reader.
 */
import type { Draft, Sentence } from './draft.ts';
import { compilePhrases, findPhrases, type PhraseMatch } from './phrases.ts';
import { indexInSentence, startsClause } from './clauses.ts';
import { wordOf } from './words.ts';

/**
 * pain: "Tired of X?" · painTo: "Struggling to X?" · statement: "Did you know X?", "What if I
 * told you X" · desire: "Want to double X?" (a hook only with a growth promise) · tease ("Guess
 * what?") and pressure ("Why wait?"): always hooks.
 */
export type HookKind = 'pain' | 'painTo' | 'statement' | 'desire' | 'tease' | 'pressure';

const HOOKS: Record<HookKind, readonly string[]> = {
  pain: ['tired of', 'sick of', 'fed up with', 'struggling with', 'are you tired of', 'are you sick of', 'are you struggling with', 'still struggling with', 'frustrated with', 'frustrated by'],
  painTo: ['struggling to', 'are you struggling to', 'still struggling to'],
  statement: ['did you know', 'did you know that', 'what if i told you', 'what if i told you that'],
  desire: ['ready to', 'ready for', 'want to', 'wanna', 'want more', 'want a', 'do you want to', 'do you want more', 'do you want', 'are you ready to', 'are you ready for', 'looking to', 'looking for a way to', 'need more', 'how would you like to', 'would you like to', 'wish you could', 'ever wish you could'],
  tease: ['guess what', 'what if you could', 'imagine if you could', 'imagine being able to', 'who else wants', "who doesn't want", "who doesn't love", 'want to know a secret', 'want to know the secret'],
  // "What are you waiting for?" is urgency's (P5).
  pressure: ['why wait', 'why settle', 'can you afford to', "can you afford not to", "isn't it time"],
};
const HOOK_KIND = new Map<string, HookKind>(Object.entries(HOOKS).flatMap(([kind, list]) => list.map((p) => [p, kind as HookKind])));
const hookMatcher = compilePhrases(HOOK_KIND.keys());

/** Growth promises that turn "Want to…?" into a hook: "double", "10x", "more leads". */
const GROWTH = new Set([
  'double', 'triple', 'boost', 'skyrocket', 'supercharge', 'maximize', 'maximise', 'explode', 'crush', 'dominate', 'unlock',
  'transform', 'revolutionize', 'revenue', 'sales', 'leads', 'pipeline', 'profits', 'profit', 'roi', 'conversions', 'growth',
  'followers', 'traffic', 'income', 'level', 'grow', 'increase', 'rich', 'millionaire', 'twice', 'faster', 'fast', 'speeds',
  'money', 'deals', 'save', 'earn',
]);
const MULTIPLIER = /^\d+x$/;

export interface Hook {
  kind: HookKind;
  /** The hook opener in the draft, and what follows it up to the end punctuation. */
  match: PhraseMatch;
  rest: string;
}

const hooksByDraft = new WeakMap<Draft, Map<number, Hook>>();

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

/** Invitations to answer without a question mark: "Let me know", "Hit reply", "Comment below". */
export const INVITATIONS: readonly string[] = [
  'let me know', 'let us know', 'tell me', 'tell us', 'hit reply', 'just reply', 'simply reply', 'reply to this', 'reply with',
  'reply here', 'reply below', 'write back', 'drop me a line', 'drop me a note', 'drop a comment', 'comment below',
  'in the comments', 'share your thoughts', 'share your experience', 'share your story', 'share your take', 'your thoughts on',
  'your take on', 'love your feedback', 'love your thoughts', 'love your take', 'welcome your feedback', 'appreciate your feedback',
  'love to hear', 'like to hear', 'happy to hear', 'keen to hear', 'curious to hear', 'curious what you think', 'agree or disagree',
  'push back', 'ping me', 'dm me', 'message me',
];

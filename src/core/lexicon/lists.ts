/**
 * How the lexicon declares a list: `phrases(name, [...])` for words and phrases matched on the
 * draft's tokens, `patterns(name, [...])` for regular-expression alternatives where a word needs
 * its forms or its context spelled out. Both compile with nlp/phrases.ts compilePhrases (a
 * pattern list as `{ name, alternatives }`).
 * Each declared list is recorded by name, so tests/unit/lexicon.test.ts can hold every word to
 * one home; a list made by joining declared lists ([...A, ...B]) is not a new home.
 */

export interface DeclaredList {
  kind: 'phrases' | 'patterns';
  entries: readonly string[];
}

/** Every declared list by name ("praise/brag"), in declaration order. */
export const DECLARED: Map<string, DeclaredList> = new Map();

function declare(kind: DeclaredList['kind'], name: string, entries: readonly string[]): readonly string[] {
  if (DECLARED.has(name)) throw new Error(`lexicon: the list ${name} is declared twice`);
  DECLARED.set(name, { kind, entries });
  return entries;
}

export const phrases = (name: string, entries: readonly string[]): readonly string[] => declare('phrases', name, entries);
export const patterns = (name: string, entries: readonly string[]): readonly string[] => declare('patterns', name, entries);

/** A table keyed by phrase (jargon → its plain twin): the keys are the declared entries. */
export function phraseTable<T>(name: string, table: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  declare('phrases', name, Object.keys(table));
  return table;
}

/**
 * Words the lexicon lists twice on purpose, because the two lists mean different things; each
 * says why. tests/unit/lexicon.test.ts fails on any other word listed twice.
 */
export const LISTED_TWICE: Readonly<Record<string, string>> = {
  'in order to': 'A reason that explains a no (refusals/reasons) and a wordy phrase with a short twin, "to" (plain-english/long-words).',
  'dm me': 'An invitation to answer in private (asks/invitations) and, from a stranger, a pointer away to the DMs (crowd/follow-me).',
  wanna: 'Talk as people talk (dialogue/talks-like-people) and, opening a question, a sales hook ("Wanna double your leads?", hooks/desire).',
  'call me': 'An ask of kind call (asks/call) and, in a reply, a plan made with the reader (dialogue/makes-plans).',
  'let me know': 'An invitation to answer (asks/invitations) and a sign the draft answers its reader (dialogue/answers-them).',
  'happy to hear': 'An invitation to answer ("happy to hear your thoughts", asks/invitations) and a reaction a reply opens on ("Happy to hear it", dialogue/responds).',
  purchase: 'An ask to buy (asks/buy) and a long word with a short twin, "buy" (plain-english/long-words).',
  'apply now': 'An ask of kind sign-up (asks/signup) and pressure with no reason (pressure/push); call-to-action leaves it to urgency.',
  revolutionize: 'A growth promise that turns "Want to…?" into a sales hook (hooks/growth) and a hype word (praise/hype).',
};

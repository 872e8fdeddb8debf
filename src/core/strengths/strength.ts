/**
 * A strength: a sign that the draft is written to a person, not to a list (the dialogue side
 * of P1, P3 and P9). Strengths cost nothing and flag nothing; each one found pays down the
 * "one-to-many" finding (rules/one-to-many.ts) by its fitted weight, and the popup and the
 * CLI show them as what already works. One strength per file, registered in index.ts.
 */
import type { Draft } from '../nlp/draft.ts';
import { findPhrases, type PhraseMatch, type Phrases } from '../nlp/phrases.ts';

export interface Strength {
  id: string;
  /** What already works, in the writer's terms ("You thank them"). */
  label: string;
  docs: {
    why: string;
    /** Texts that show the strength (the conventions test checks each is found). */
    examples: readonly string[];
    /** Texts that must not show it. */
    counterExamples: readonly string[];
  };
  find(draft: Draft): readonly PhraseMatch[];
}

/** Most strengths are one phrase list; find() is then just its matches. */
export function phraseStrength(def: Omit<Strength, 'find'> & { phrases: Phrases }): Strength {
  const { phrases, ...rest } = def;
  return { ...rest, find: (draft) => findPhrases(draft, phrases) };
}

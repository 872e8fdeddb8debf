/**
 * A rule that is a list: find the lexicon's phrases, one finding per match quoting the matched
 * words, with the same advice for each. `definePhraseRule` writes the check; the file keeps its
 * metadata and docs like any other rule (rule.ts), and its table test beside it.
 */
import type { Draft } from './nlp/draft.ts';
import { wholeSentence } from './nlp/edits.ts';
import { findPhrases, type Phrases } from './nlp/phrases.ts';
import { defineRule, type Rule, type RuleFinding } from './rule.ts';
import type { Suggestion } from './types.ts';

/** What one kind of finding looks for, and what it says. */
export interface PhraseFinding {
  /** The compiled phrase list(s) to find, words or a regular expression (nlp/phrases.ts). */
  find: Phrases | readonly Phrases[];
  /** The message; {phrase} (or {<dataKey>}) is the matched words. */
  message: string;
  /** The advice every finding carries. */
  advice: string;
}

export interface PhraseRule extends Omit<Rule, 'options' | 'messages' | 'check'> {
  /** The rule's findings by message id, in the order they are looked for. */
  findings: Readonly<Record<string, PhraseFinding>>;
  /** The data key the matched words fill in the message (default "phrase"). */
  dataKey?: string;
  /** Where the match is a sentence of its own, offer to delete it, with this label. */
  deleteSentence?: string;
}

export function definePhraseRule({ findings, dataKey = 'phrase', deleteSentence, ...rule }: PhraseRule): Rule {
  const kinds = Object.entries(findings).map(([messageId, { find, advice }]) => ({
    messageId,
    patterns: Array.isArray(find) ? (find as readonly Phrases[]) : [find as Phrases],
    advice: [{ kind: 'advice', label: advice }] as Suggestion[],
  }));
  return defineRule({
    ...rule,
    options: {},
    messages: Object.fromEntries(Object.entries(findings).map(([id, f]) => [id, f.message])),
    check({ draft }) {
      const out: RuleFinding[] = [];
      for (const { messageId, patterns, advice } of kinds) {
        for (const pattern of patterns) out.push(...phraseFindings(draft, pattern, { messageId, suggestions: advice, dataKey, deleteSentence }));
      }
      // Several lists: one finding order, by where they stand (a stable sort keeps a list's own order).
      return out.sort((a, b) => a.start - b.start);
    },
  });
}

/**
 * One finding per match of the list, quoting the matched words as {phrase} (or the key given),
 * with the same fix for each; `deleteSentence` labels a fix that deletes a match that is a whole sentence.
 */
export function phraseFindings(
  draft: Draft,
  find: Phrases,
  { messageId, suggestions, dataKey = 'phrase', deleteSentence }: { messageId: string; suggestions: Suggestion[]; dataKey?: string; deleteSentence?: string },
): RuleFinding[] {
  return findPhrases(draft, find).map((m) => ({
    messageId,
    data: { [dataKey]: draft.text.slice(m.start, m.end) },
    start: m.start,
    end: m.end,
    suggestions: deleteSentence && wholeSentence(draft, m.start, m.end) ? [{ kind: 'replace', label: deleteSentence, replacement: '' }, ...suggestions] : suggestions,
  }));
}

/**
 * long-sentence (P6): sentences longer than the reader holds in mind at once. Offers a split at
 * a natural joint (", and", ", but", ";") near the middle when there is one.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { int } from '../options.ts';
import { capitalize } from '../nlp/clauses.ts';
import type { Draft, Sentence, Token } from '../nlp/draft.ts';
import { perSentence } from '../nlp/per-sentence.ts';
import { isEmail, isUrl, wordOf } from '../nlp/words.ts';
import type { Suggestion } from '../types.ts';

const WORDISH = /[\p{L}\p{N}]/u;
/** What the conjunction becomes at the start of the new sentence ('' drops it). */
const JOINTS: ReadonlyMap<string, string> = new Map([['and', ''], ['but', 'But'], ['so', 'So'], ['yet', 'Yet'], ['which', 'This'], ['because', 'That is because']]);

/** Words the reader reads; links and addresses are skipped (they all contain "." or "@"). */
const isCountedWord = (t: Token): boolean => !(/[.@]/.test(t.text) && (isUrl(t) || isEmail(t)));

export default defineRule({
  id: 'long-sentence',
  category: 'clarity',
  principle: 'P6',
  severity: 'hint',
  coaching: true,
  weight: 2,
  docs: {
    summary: 'Flags sentences longer than 30 words (adjustable) and offers a split at a natural joint.',
    why: 'Short sentences are read, long ones are skimmed. One idea per sentence keeps the reader with you.',
    good: ['Schedule the export on Friday. Your report is ready before Monday\'s meeting.'],
    bad: [
      'Our new reporting suite brings together every metric your marketing team tracks across email, social and paid channels into a single dashboard, and it updates automatically every hour so that nobody has to copy numbers into spreadsheets ever again.',
    ],
  },
  options: {
    maxWords: int({ default: 30, min: 10, max: 100, label: 'Most words in a sentence' }),
  },
  messages: {
    long: 'This sentence has {words} words (aim for {max} or fewer). Split it.',
  },
  check({ draft, options }) {
    const out: RuleFinding[] = [];
    for (const [index, { count, longest }] of lengths(draft)) {
      if (longest <= options.maxWords) continue;
      const sentence = draft.sentences[index];
      if (!sentence) continue;
      const suggestions: Suggestion[] = [{ kind: 'advice', label: 'Give each idea its own sentence; cut words that repeat what the reader already knows.' }];
      const split = splitOf(draft, index);
      if (split !== null) suggestions.unshift({ kind: 'replace', label: 'Split into two sentences', replacement: split });
      out.push({
        messageId: 'long',
        data: { words: count, max: options.maxWords },
        start: sentence.start,
        end: sentence.end,
        suggestions,
        scale: Math.min(2, count / options.maxWords),
      });
    }
    return out;
  },
});

/**
 * Words per sentence, and the longest stretch between colons, semicolons and dashes: a reader
 * takes "try this: open Reports, click Save, set it to Monday" in parts, so each part counts.
 */
function lengths(draft: Draft): Map<number, { count: number; longest: number }> {
  const out = new Map<number, { count: number; longest: number }>();
  for (let i = 0; i < draft.sentences.length; i++) {
    const length = sentenceLength(draft, i);
    if (length.count > 0) out.set(i, length);
  }
  return out;
}

/** A sentence's word count and longest stretch; `split` is filled the first time the sentence is too long (splitOf). */
interface SentenceLength {
  count: number;
  longest: number;
  split?: string | null;
}

const sentenceLength = perSentence((sentence): SentenceLength => {
  let count = 0;
  let longest = 0;
  let run = 0;
  for (const t of sentence.tokens) {
    if (!WORDISH.test(t.text) || !isCountedWord(t)) continue;
    count++;
    run++;
    longest = Math.max(longest, run);
    if (PAUSE.test(t.post)) run = 0;
  }
  return { count, longest };
});

/** The long sentence's split, worked out once per sentence: it is flagged again on every keystroke. */
function splitOf(draft: Draft, index: number): string | null {
  const length = sentenceLength(draft, index);
  if (length.split === undefined) length.split = splitAtJoint(draft.sentences[index]!, length.count);
  return length.split;
}
const PAUSE = /[:;]|\s[—–]\s/;

/**
 * The sentence split at the joint nearest its middle ("X, and Y" -> "X. Y"), or null. Read from
 * the sentence's own text (sentence.text is the draft's text from its start to its end), so it
 * holds wherever the sentence sits.
 */
function splitAtJoint(sentence: Sentence, wordCount: number): string | null {
  const tokens = sentence.tokens;
  let best = -1;
  let bestDistance = Infinity;
  let seen = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (WORDISH.test(tokens[i]!.text)) seen++;
    const post = tokens[i]!.post;
    const joint = post.includes(';') || (/^,\s/.test(post) && JOINTS.has(wordOf(tokens[i + 1]!)));
    // Keep both halves at least a quarter of the sentence, so neither is a fragment.
    if (!joint || seen < wordCount / 4 || seen > (wordCount * 3) / 4) continue;
    const distance = Math.abs(seen - wordCount / 2);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  }
  if (best < 0) return null;
  const at = (offset: number): number => offset - sentence.start;
  const head = sentence.text.slice(0, at(tokens[best]!.end));
  const next = tokens[best + 1]!;
  const lead = tokens[best]!.post.includes(';') ? undefined : JOINTS.get(wordOf(next));
  const restStart = lead === undefined ? next.start : tokens[best + 2]?.start ?? next.end;
  const rest = sentence.text.slice(at(restStart));
  return `${head}. ${lead ? `${lead} ${rest}` : capitalize(rest)}`;
}

/**
 * linkedin-fold (P11): a LinkedIn post shows ~210 characters before "…see more". The hook, the
 * first sentence or line, must land before that fold, and it should be about the reader, not
 * an announcement: that opening line decides whether anyone clicks "see more".
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { ANNOUNCING_VERBS, LAUNCH_OPENERS, OPENING_FEELINGS } from '../lexicon/announcing.ts';

const FEELING_PHRASES = OPENING_FEELINGS.flatMap((f) => [`we are ${f}`, `we're ${f}`, `i am ${f}`, `i'm ${f}`, `we are so ${f}`, `we're so ${f}`, `i'm so ${f}`]);
/** "We're thrilled to announce" broadcasts; "I am excited to hear how you…" does not. */
/** A letter or digit: only emoji or punctuation may stand before an opening hook. */
const WORDISH = /[\p{L}\p{N}]/u;
const TELLING = new Set(ANNOUNCING_VERBS);
const FEELING = new Set(FEELING_PHRASES);
/** Openings that broadcast: the sender's news or feelings before anything for the reader. */
const BROADCAST = compilePhrases([...FEELING_PHRASES, ...LAUNCH_OPENERS]);

export default defineRule({
  id: 'linkedin-fold',
  category: 'clarity',
  principle: 'P11',
  severity: 'warning',
  weight: 3,
  channels: ['linkedin-post'],
  docs: {
    summary: 'LinkedIn posts: flags a first sentence that runs past the "see more" fold, or an opening that announces instead of hooking.',
    why: 'Most readers only see the lines above "see more"; if the hook is cut off, or is your news rather than their problem, they scroll on.',
    good: [{ text: 'Most onboarding emails get skimmed in 11 seconds.\n\nWe rewrote ours around one question, and replies tripled. Here is the question.', channel: 'linkedin-post' }],
    bad: [{ text: "We're thrilled to announce that after two years of hard work our team has launched the new Acme scheduler.", channel: 'linkedin-post' }],
  },
  options: {},
  messages: {
    lateHook: 'The first sentence ends at character {length}, past the "see more" fold at {fold}: most readers never see its point.',
    broadcastHook: 'The post opens with your news ("{phrase}"); the lines above "see more" decide whether anyone reads on.',
  },
  check({ draft, targets }) {
    const first = draft.sentences[0];
    if (!first) return [];
    const out: RuleFinding[] = [];
    // The hook ends at the first sentence end or the first line break, whichever comes first.
    const line = draft.lines[first.line];
    const hookEnd = Math.min(first.end, line?.end ?? first.end);
    if (targets.foldChars > 0 && hookEnd - first.start > targets.foldChars) {
      out.push({
        messageId: 'lateHook',
        data: { length: hookEnd - first.start, fold: targets.foldChars },
        start: first.start,
        end: hookEnd,
        suggestions: [
          { kind: 'advice', label: `Open with a line under ${targets.foldChars} characters: the reader's problem, a surprising number, or a question, then a line break.` },
        ],
      });
    }
    const [opening] = findPhrases(draft, BROADCAST, hookEnd);
    const telling = (i: number): boolean => draft.tokens[i]?.normal === 'to' && TELLING.has(draft.tokens[i + 1]?.normal ?? '');
    if (opening && FEELING.has(opening.phrase) && !telling(opening.lastToken + 1)) return out;
    // Only an opening counts: nothing but emoji or punctuation may come before it ("🚀 Big news").
    if (opening && !WORDISH.test(draft.text.slice(first.start, opening.start))) {
      out.push({
        messageId: 'broadcastHook',
        data: { phrase: draft.text.slice(opening.start, opening.end) },
        start: opening.start,
        end: opening.end,
        scale: 0.5,
        suggestions: [
          { kind: 'advice', label: 'Lead with what changes for the reader: turn "We\'re excited to announce X" into "You can now do Y in Z minutes."' },
        ],
      });
    }
    return out;
  },
});

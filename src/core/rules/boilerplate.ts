/**
 * boilerplate (P5): canned openers and closers ("I hope this email finds you well", "just
 * checking in", "don't hesitate to reach out"). Readers skim past them, and they push the
 * real point further down.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { wholeSentence } from '../nlp/edits.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { BOILERPLATE as STOCK_PHRASES } from '../lexicon/canned.ts';

type Group = keyof typeof STOCK_PHRASES;
const ADVICE: Record<Group, string> = {
  opener: 'Open with why you are writing, or with something specific to them ("Congrats on the Berlin launch").',
  chaser: 'Bring something new: a fact, an answer, or a yes/no question ("Shall I hold Thursday at 3 pm for you?").',
  reproach: 'Restate the point in one line ("The deadline is Friday at noon"); pointing back at an old email reads as a reproach.',
  closer: 'End with one specific, easy step instead ("Reply with a time that suits you").',
  windup: 'Cut the wind-up and start with the point: "Could you send the Q3 figures by Friday?"',
  teaser: 'Say the one concrete thing now ("Dark mode ships on 3 June"), or post when you can.',
};
/** Openers also come with their "I": "I hope this email finds you well". */
const withSubject = (p: string): string[] => (/^(hope|trust) /.test(p) ? [p, `i ${p}`] : [p]);
const groupOf = new Map(Object.entries(STOCK_PHRASES).flatMap(([id, phrases]) => phrases.flatMap(withSubject).map((p) => [p, id as Group] as const)));
const BOILERPLATE = compilePhrases(groupOf.keys());
/** Words that may surround a stock phrase in a sentence that is boilerplate through and through. */
const FILLER = new Set(['i', 'just', 'please', 'if', 'you', 'have', 'any', 'other', 'further', 'more', 'questions', 'question', 'or', 'concerns', 'to', 'me', 'us', 'at', 'anytime', 'time', 'with', 'and', 'hi', 'hello', 'hey', 'all', 'again', 'quickly', 'wanted', 'on', 'this']);

export default defineRule({
  id: 'boilerplate',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Canned copy: {count:stock opener or closer|stock openers and closers} readers skim past.',
  docs: {
    summary: 'Flags canned openers and closers: "I hope this email finds you well", "just checking in", "touching base".',
    why: 'Stock phrases are noise: they tell the reader nothing and push the real point down. One line written for this reader works better.',
    good: [{ text: 'Hi Priya, congrats on the Berlin launch. Could you send the Q3 figures by Friday? A rough cut is fine.', channel: 'email' }],
    bad: [{ text: 'Hi Priya, I hope this email finds you well. Just checking in on the proposal. Please do not hesitate to reach out.', channel: 'email' }],
  },
  options: {},
  messages: {
    opener: '"{phrase}" is a stock opener; readers skip it.',
    chaser: '"{phrase}" asks for attention without giving a reason to reply.',
    reproach: '"{phrase}" reads as passive-aggressive.',
    closer: '"{phrase}" is a stock closer; it does not make replying any easier.',
    windup: '"{phrase}" is a wind-up before the point.',
    teaser: '"{phrase}" teases instead of telling; readers scroll past.',
  },
  check({ draft, channel }) {
    const out: RuleFinding[] = [];
    for (const m of findPhrases(draft, BOILERPLATE)) {
      const group = groupOf.get(m.phrase) ?? 'windup';
      const sentence = wholeSentence(draft, m.start, m.end, FILLER);
      // A closer sentence has a plain replacement; any other all-boilerplate sentence can just go.
      const replacement = group === 'closer' ? (channel === 'email' ? 'Questions? Just reply to this email.' : 'Questions? Just reply.') : '';
      const span = sentence ?? m;
      out.push({
        messageId: group,
        data: { phrase: draft.text.slice(m.start, m.end) },
        start: span.start,
        end: span.end,
        suggestions: [
          ...(sentence ? [{ kind: 'replace' as const, label: replacement ? `Write "${replacement}"` : 'Delete the sentence', replacement }] : []),
          { kind: 'advice', label: ADVICE[group] },
        ],
      });
    }
    return out;
  },
});

/**
 * call-to-action (P7): exactly one clear, easy next step. Flags a draft with no ask at all,
 * one with more different asks than the reader will act on, and hard asks under pressure
 * ("Sign up today", "Book a demo now") where a small step would get a yes.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { bool, int } from '../options.ts';
import { type Ask, type AskKind, findAsks } from '../signals/asks.ts';
import { closingSentence } from '../nlp/clauses.ts';
import type { Draft } from '../nlp/draft.ts';
import { phraseWords } from '../nlp/phrases.ts';
import { wordOf } from '../nlp/words.ts';
import type { Channel } from '../types.ts';
import { URGENCY_PHRASES } from '../lexicon/pressure.ts';

/** Asks that cost the reader money, an account or an hour: hard, and harder with a deadline. */
const HARD: ReadonlySet<AskKind> = new Set(['buy', 'signup', 'demo']);
const PRESSURE = new Set(['now', 'today', 'immediately', 'asap', 'tonight']);
/** "Buy now", "order now": the urgency rule flags these, so one phrase is not flagged twice. */
const URGENT = new Set(URGENCY_PHRASES.map((p) => phraseWords(p).join(' ')));
/** How the advice names the step to keep. */
const STEP: Record<AskKind, string> = {
  reply: 'a reply', call: 'a call', demo: 'a demo', buy: 'a purchase', signup: 'a sign-up', visit: 'a visit',
  download: 'a download', share: 'a share', follow: 'a follow', give: 'a donation or vote',
};
const EASY_ASK = 'Ask for something small first: "Reply with one word, yes or later, and I\'ll send the details."';

export default defineRule({
  id: 'call-to-action',
  category: 'call-to-action',
  principle: 'P7',
  severity: 'hint',
  coaching: true,
  weight: 6,
  docs: {
    summary: 'Flags a draft with no next step, too many different asks, or a hard ask under pressure ("sign up today").',
    why: 'People act when motivation, ability and a trigger meet (BJ Fogg): one clear, easy step gets done; five compete and none is.',
    good: ['The checklist is attached. Reply with "yes" if you want the template too.'],
    bad: [
      'Our spring collection has arrived in store and online, with new colours for every room.',
      'Book a demo now to see the dashboard.',
      'Download the guide. Follow us on LinkedIn. Book a call with our team. Share this with a friend.',
    ],
  },
  options: {
    maxAsks: int({ default: 2, min: 1, max: 10, label: 'Most different asks in one draft' }),
    hardAsks: bool({ default: true, label: 'Flag hard asks under pressure ("sign up today")' }),
  },
  messages: {
    noAsk: 'No next step: the reader does not know what you want them to do.',
    tooMany: '{count} different asks: the reader will do none of them. Keep the one that matters most.',
    hardAsk: '"{phrase}" is a big step under pressure. An easy first step gets more yeses.',
  },
  check({ draft, options, channel }) {
    const asks = findAsks(draft);
    if (asks.length === 0) return noAsk(draft, channel);
    const out: RuleFinding[] = [];
    const kinds = [...new Set(asks.map((a) => a.kind))];
    const kept = new Set(kinds.slice(0, options.maxAsks));
    if (kinds.length > options.maxAsks) {
      for (const ask of asks.filter((a) => !kept.has(a.kind))) {
        out.push({
          messageId: 'tooMany',
          data: { count: kinds.length },
          start: ask.start,
          end: ask.end,
          suggestions: [{ kind: 'advice', label: `Cut this ask, or move it to a later message: one step now (${STEP[kinds[0]!]}), the next when they reply.` }],
          scale: 0.5,
        });
      }
    }
    if (options.hardAsks) out.push(...hardAsks(draft, asks));
    return out;
  },
});

function noAsk(draft: Draft, channel: Channel): RuleFinding[] {
  const last = closingSentence(draft);
  if (!last) return [];
  const post = channel === 'linkedin-post' || channel === 'x' || channel === 'facebook';
  const advice = post
    ? 'End with one easy step: invite readers to share their own experience in the comments.'
    : 'End with one easy step the reader can take in seconds, e.g. "Reply with one word: yes or not now."';
  // Posts on X often stand alone: a hint there, not a warning.
  return [{ messageId: 'noAsk', start: last.start, end: last.end, suggestions: [{ kind: 'advice', label: advice }], scale: channel === 'x' ? 0.5 : 1 }];
}

/** "Sign up today", "Book a demo now": a hard ask followed closely by a deadline word. */
function hardAsks(draft: Draft, asks: readonly Ask[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const ask of asks) {
    if (!HARD.has(ask.kind) || ask.lastToken < 0) continue;
    const sentence = draft.tokens[ask.lastToken]!.sentence;
    for (let i = ask.lastToken + 1; i <= ask.lastToken + 3; i++) {
      const t = draft.tokens[i];
      if (!t || t.sentence !== sentence || /[.,;:!?]/.test(draft.tokens[i - 1]!.post)) break;
      if (!PRESSURE.has(wordOf(t))) continue;
      const phrase = draft.text.slice(ask.start, t.end);
      if (URGENT.has(phraseWords(phrase).join(' '))) break;
      const calmer = draft.text.slice(ask.start, draft.tokens[i - 1]!.end);
      out.push({
        messageId: 'hardAsk',
        data: { phrase },
        start: ask.start,
        end: t.end,
        suggestions: [
          { kind: 'replace', label: `Drop "${t.text}"`, replacement: calmer },
          { kind: 'advice', label: EASY_ASK },
        ],
        scale: 0.7,
      });
      break;
    }
  }
  return out;
}

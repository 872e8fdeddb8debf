/**
 * channel-length (P11): length that does not suit the channel: over the hard limit (X's 280),
 * past the length that engages best, or an email far from the 50–125 words that get the most
 * replies (anchors.md §b). Targets come from the channel settings, so users tune them there.
 */
import { CHANNEL_LABELS } from '../channels.ts';
import type { Draft } from '../nlp/draft.ts';
import { codePointBoundary } from '../nlp/code-points.ts';
import { defineRule, type RuleFinding } from '../rule.ts';

export default defineRule({
  id: 'channel-length',
  category: 'clarity',
  principle: 'P11',
  severity: 'hint',
  weight: 4,
  docs: {
    summary: "Flags drafts over the channel's hard limit, past its best length, or (emails) far from 50–125 words.",
    why: 'Each channel has a length readers expect: an essay on X is cut off, a one-line newsletter looks careless. Fit the channel and more people read to the end.',
    good: [{ text: 'What is the one report you would stop writing tomorrow if you could?', channel: 'x' }],
    bad: [
      {
        text: 'Our spring release is here, with a new scheduler, side-by-side channels, cleaner exports and a dark mode that many of you asked for. Read the full changelog on the blog.',
        channel: 'x',
      },
      { text: 'Hi Sam, are we still on?', channel: 'email' },
    ],
  },
  options: {},
  messages: {
    overLimit: '{count} characters: {over} over the {channel} limit of {max}; the end will be cut off or refused.',
    overBest: '{count} characters: {channel}s of {max} characters or fewer get the most engagement.',
    tooShort: 'Only {count} words: too short for the reader to act on.',
    short: '{count} words: {channel}s of {min} words or more get the most replies.',
    long: '{count} words: {channel}s of up to {max} words get the most replies; readers skim the rest.',
  },
  check({ draft, channel, targets: t, personalReply }) {
    const chars = draft.text.trimEnd().length;
    const words = draft.words.length;
    const label = channel === 'generic' ? 'post' : CHANNEL_LABELS[channel];
    const out: RuleFinding[] = [];
    // Draft-wide findings have no span (start = end = 0), like other whole-message findings.
    const whole = (messageId: string, data: RuleFinding['data'], scale: number, advice: string): void => {
      // Length advice never nags a short personal reply; a hard limit (above) always speaks.
      if (personalReply) return;
      out.push({ messageId, data: { ...data, channel: label }, start: 0, end: 0, scale, suggestions: [{ kind: 'advice', label: advice }] });
    };
    if (t.maxChars > 0 && chars > t.maxChars) {
      // The overflow is what the channel will cut: underline exactly that.
      out.push({
        messageId: 'overLimit',
        data: { count: chars, over: chars - t.maxChars, max: t.maxChars, channel: label },
        // The limit may fall inside an emoji: start the underline at the whole character.
        start: codePointBoundary(draft.text, t.maxChars),
        end: chars,
        scale: 1.5,
        suggestions: [{ kind: 'advice', label: `Cut ${chars - t.maxChars} characters: start with the longest sentence ("${longestSentence(draft)}").` }],
      });
    } else if (t.bestMaxChars > 0 && chars > t.bestMaxChars) {
      whole('overBest', { count: chars, max: t.bestMaxChars }, 0.5, `Keep one idea and cut to about ${t.bestMaxChars} characters; link to the rest if you need to.`);
    }
    const range = { count: words, min: t.bestMinWords, max: t.bestMaxWords };
    if (t.minWords > 0 && words < t.minWords) {
      whole('tooShort', range, 1, 'Add the one detail the reader needs to act: what, by when, and why it matters to them.');
    } else if (t.bestMinWords > 0 && words < t.bestMinWords) {
      whole('short', range, 0.5, 'Add one useful specific (a date, a number, an example) rather than padding.');
    } else if (t.bestMaxWords > 0 && words > t.bestMaxWords) {
      whole('long', range, words > 2 * t.bestMaxWords ? 1 : 0.5, `Cut to the one ask and the facts it needs, about ${t.bestMaxWords} words; move background to a link or a later message.`);
    }
    return out;
  },
});

/** The start of the longest sentence, to show where cutting pays most. */
function longestSentence(draft: Draft): string {
  let longest = draft.sentences[0];
  for (const s of draft.sentences) if (longest && s.text.length > longest.text.length) longest = s;
  const text = longest?.text ?? '';
  return text.length > 40 ? `${text.slice(0, 40).trimEnd()}…` : text;
}

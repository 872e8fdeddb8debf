/**
 * emoji-stuffing (P5): bursts of emoji ("🚀🚀🚀") and more emoji than the channel bears.
 * An emoji or two helps on X and in social posts; in an email or a direct message one is plenty.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { int } from '../options.ts';
import { draftEmojiRuns } from '../nlp/emoji.ts';
import type { Channel } from '../types.ts';

/** One-to-one channels, where emoji read as less personal. */
const MESSAGES: readonly Channel[] = ['email', 'linkedin-message'];

export default defineRule({
  id: 'emoji-stuffing',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Emoji stuffing: {count:burst|bursts} of emoji.',
  docs: {
    summary: 'Flags bursts of emoji and more emoji than suits the channel (fewer in emails and messages).',
    why: 'A well-placed emoji can lift a post; a row of them is decoration that reads as noise, and in a direct message it reads as mass mail.',
    good: [
      { text: 'Our checklist cut onboarding from two weeks to three days 🎉 Which step takes longest for you?', channel: 'x' },
    ],
    bad: [
      { text: 'New feature just dropped 🚀🚀🚀 Go try it!', channel: 'x' },
      { text: 'Hi Dana 👋 The invoice is attached 📎 Thanks again 🙏', channel: 'email' },
    ],
  },
  options: {
    maxPerPost: int({ default: 3, min: 0, max: 30, label: 'Most emoji in a post' }),
    maxPerMessage: int({ default: 1, min: 0, max: 30, label: 'Most emoji in an email or direct message' }),
    maxInARow: int({ default: 2, min: 1, max: 10, label: 'Most emoji in a row' }),
  },
  messages: {
    burst: '{count} emoji in a row read as decoration, not meaning.',
    tooMany: '{count} emoji in this draft; {where} reads best with at most {max}.',
  },
  check({ draft, options, channel }) {
    const runs = draftEmojiRuns(draft);
    const message = MESSAGES.includes(channel);
    const max = message ? options.maxPerMessage : options.maxPerPost;
    const total = runs.reduce((n, r) => n + r.emoji.length, 0);
    const out: RuleFinding[] = [];
    let seen = 0;
    for (const run of runs) {
      const before = seen;
      seen += run.emoji.length;
      if (run.emoji.length > options.maxInARow) {
        const keep = run.emoji[0]!;
        out.push({
          messageId: 'burst',
          data: { count: run.emoji.length },
          start: run.start,
          end: run.end,
          suggestions: [
            { kind: 'replace', label: `Keep one ${keep}`, replacement: keep },
            { kind: 'advice', label: 'Let one emoji mark the point that matters, or none.' },
          ],
        });
      } else if (seen > max) {
        // Only the emoji past the limit are flagged: the first ones are fine where they are.
        const kept = run.emoji.slice(0, Math.max(0, max - before)).join('');
        const over = run.emoji.slice(Math.max(0, max - before)).join('');
        const span = run;
        out.push({
          messageId: 'tooMany',
          data: { count: total, max, where: message ? 'a message' : 'a post' },
          start: span.start,
          end: span.end,
          scale: Math.min(1, (seen - Math.max(max, before)) / 2),
          suggestions: [
            { kind: 'replace', label: 'Delete the extra emoji', replacement: kept },
            { kind: 'advice', label: `Remove ${over} or say it in words.` },
          ],
        });
      }
    }
    return out;
  },
});

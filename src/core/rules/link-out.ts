/**
 * link-out (P7): URLs and bare domains. A link asks the reader to leave the message; broadcast
 * copy leans on them ("details at example.com"), a person says in a sentence what is there.
 * Email addresses are a person sharing contact details, not a link out, so they pass.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { linePattern } from '../nlp/line-patterns.ts';

/** Ends on a character that is not closing punctuation, so "example.com." flags "example.com". */
const TAIL = String.raw`(?:[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]])?`;
const TLD = 'com|net|org|biz|info|ly|co|io|us|ng|uk|ca|de|me|app|shop|store|online|site|xyz|club';
export const LINK = linePattern(
  'link-out',
  new RegExp(
    String.raw`(?:https?:\/\/|www\.)[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]]` +
      // A bare domain, but not the domain half of an email address (no "@" before, none after).
      String.raw`|(?<![@.\w/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${TLD})(?:\.[a-z]{2})?(?![\w@-])(?:\/${TAIL})?`,
    'giu',
  ),
);

export default definePhraseRule({
  id: 'link-out',
  category: 'call-to-action',
  principle: 'P7',
  severity: 'warning',
  weight: 1,
  docs: {
    summary: 'Flags links and bare domains (https://…, www.…, example.com) that send the reader away; email addresses pass.',
    why: 'A link asks the reader to leave your message. Broadcasts lean on them; a person says what is there, so the reader can decide.',
    good: [
      'I put the three pricing options in the table below; reply with the one that fits your team.',
      'Send me the draft at sam.lee@gmail.com and I will read it tonight.',
    ],
    bad: ['Get the full report at www.example.com/report today.', 'Shop the spring range: https://shop.example.com/spring'],
  },
  findings: {
    link: {
      find: LINK,
      message: '"{link}" sends the reader away; say in a sentence what they get there.',
      advice: 'Say what the reader gets there in one sentence ("The 2-page checklist we use for onboarding"), or put the answer in the message itself.',
    },
  },
  dataKey: 'link',
});

/**
 * link-out (P7): URLs and bare domains. A link asks the reader to leave the message; broadcast
 * copy leans on them ("details at example.com"), a person says in a sentence what is there.
 * Email addresses are a person sharing contact details, not a link out, so they pass. In a draft
 * that answers one person (a thanks, an apology, their name, a reply to what they said), a link
 * is more likely the help they asked for: it carries a third of the evidence.
 */
import { defineRule } from '../rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseFindings } from '../phrase-rule.ts';
import { feedSignShare } from '../strengths/index.ts';

/** Ends on a character that is not closing punctuation, so "example.com." flags "example.com". */
const TAIL = String.raw`(?:[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]])?`;
const TLD = 'com|net|org|biz|info|ly|co|io|us|ng|uk|ca|de|me|app|shop|store|online|site|xyz|club';
export const LINK = compilePhrases({
  name: 'link-out', withinSentence: true,
  regex: new RegExp(
    String.raw`(?:https?:\/\/|www\.)[^\s<>"'“”]*[^\s<>"'“”.,;:!?)\]]` +
      // A bare domain, but not the domain half of an email address (no "@" before, none after).
      String.raw`|(?<![@.\w/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${TLD})(?:\.[a-z]{2})?(?![\w@-])(?:\/${TAIL})?`,
    'giu',
  ),
});

export default defineRule({
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
  options: {},
  messages: {
    link: '"{link}" sends the reader away; say in a sentence what they get there.',
  },
  check({ draft, strengths }) {
    const scale = feedSignShare(strengths);
    const found = phraseFindings(draft, LINK, {
      messageId: 'link',
      dataKey: 'link',
      suggestions: [
        {
          kind: 'advice',
          label: 'Say what the reader gets there in one sentence ("The 2-page checklist we use for onboarding"), or put the answer in the message itself.',
        },
      ],
    });
    return scale === 1 ? found : found.map((f) => ({ ...f, scale }));
  },
});

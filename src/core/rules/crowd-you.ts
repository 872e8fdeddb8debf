/**
 * crowd-you (P1): a draft that says "you" again and again but never "I": nobody is writing,
 * so it speaks to everyone and no one (the voice of ads and bulk texts). A person says who
 * they are and why they are writing to this reader. Flags the first "you", once per draft.
 */
import { defineRule } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { ANSWERS_ONE_PERSON } from '../strengths/index.ts';

export const YOU = compilePhrases({ name: 'crowd-you:you', withinSentence: true, alternatives: ['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya'] });
export const I = compilePhrases({ name: 'crowd-you:i', withinSentence: true, alternatives: ['i', "i['’](?:m|ll|ve|d)", 'me', 'my', 'mine', 'myself', 'im', 'ive'] });
/** Drafts under 8 words ("Are you free? See you at 3") are too short to judge. */
const MIN_WORDS = 8;

export default defineRule({
  id: 'crowd-you',
  category: 'dialogue',
  principle: 'P1',
  severity: 'warning',
  weight: 2,
  docs: {
    summary: 'Flags a draft that says "you" twice or more but never "I": it speaks to everyone and no one.',
    why: 'Ads and bulk texts say "you" to a crowd and never say who is writing. A person says who they are and why they write to this reader.',
    good: [
      'Hi Dana, I read your post on onboarding and wondered how you handle the first week.',
      'You asked about the export, so I checked: your data is in the shared folder now.',
      "We're sorry to hear about your order. Could you DM us your order number so we can look into it?",
    ],
    bad: ['Your skin deserves the best. Give yourself the glow you have always wanted.', 'You could be earning more from your savings. Find out how you can start today.'],
  },
  options: {},
  messages: {
    crowd: 'Says "you" {count} times but never who is writing: it reads as speaking to a crowd.',
  },
  check({ draft, strengths }) {
    // A draft that names, thanks, answers or helps its reader says "you" to that person, not to a crowd.
    if (draft.words.length < MIN_WORDS || findPhrases(draft, I).length > 0 || strengths.some((s) => ANSWERS_ONE_PERSON.has(s.id))) return [];
    const yous = findPhrases(draft, YOU);
    if (yous.length < 2) return [];
    const first = yous[0]!;
    return [
      {
        messageId: 'crowd',
        data: { count: yous.length },
        start: first.start,
        end: first.end,
        suggestions: [{ kind: 'advice', label: 'Say who is writing and why to this person: "I run onboarding at Acme, and I saw you asked about…"' }],
      },
    ];
  },
});

/**
 * subject-line (P11): an email subject that shouts or runs long. Subjects of 49 characters or
 * fewer get 75% more clicks, 3–4 words do best, ALL CAPS costs opens and "power words" like
 * "free" lower them (anchors.md §b). Findings point into the subject (field: 'subject').
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { isShouted, isShoutedSentence, toSentenceCase } from '../nlp/caps.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { SUBJECT_POWER_WORDS, URGENCY_PHRASES } from '../lexicon/pressure.ts';

/** Urgency clichés plus the power words that lower opens and trip spam filters. */
const PUSHY = compilePhrases([...URGENCY_PHRASES, ...SUBJECT_POWER_WORDS]);

export default defineRule({
  id: 'subject-line',
  category: 'clarity',
  principle: 'P11',
  severity: 'warning',
  weight: 3,
  channels: ['email'],
  docs: {
    summary: 'Email subjects: flags ones that run long (over 49 characters or 7 words), shout in capitals or "!", or push with "free" or "last chance".',
    why: 'The subject decides whether the email is opened: short, calm, specific subjects get opened; loud ones look like spam.',
    good: [{ text: 'Hi Sam, the draft budget is attached. Does Thursday at 3 still work?', channel: 'email', subject: 'Budget for Thursday?' }],
    bad: [{ text: 'Hi Sam, our spring offer is below.', channel: 'email', subject: 'LAST CHANCE: FREE shipping ends tonight!!!' }],
  },
  options: {},
  messages: {
    long: 'The subject has {count} characters; {max} or fewer get opened more.',
    wordy: 'The subject has {count} words; 3–4 words do best, {max} at most.',
    caps: 'The subject is in capitals: it reads as shouting and as spam.',
    capsWord: '"{word}" in capitals makes the subject shout.',
    exclamation: '"{marks}" in a subject line reads as a sales blast.',
    pushy: '"{phrase}" in a subject line lowers opens and looks like spam.',
  },
  check({ subject, targets }) {
    if (!subject) return [];
    const text = subject.text;
    const out: RuleFinding[] = [];
    const add = (messageId: string, start: number, end: number, data: RuleFinding['data'], fix: RuleFinding['suggestions']): void => {
      out.push({ messageId, data, start, end, field: 'subject', suggestions: fix ?? [] });
    };
    const chars = text.trim().length;
    if (chars > targets.subjectMaxChars) {
      // Underline from the word the limit falls in: that is where a reader's eye stops.
      let cut = targets.subjectMaxChars;
      while (cut > 0 && !/\s/.test(text[cut - 1] ?? '')) cut--;
      add('long', cut, text.length, { count: chars, max: targets.subjectMaxChars }, [
        { kind: 'advice', label: 'Name the one thing the email is about in 3–4 words ("Budget for Thursday?").' },
      ]);
    } else if (subject.words.length > targets.subjectMaxWords) {
      add('wordy', 0, text.length, { count: subject.words.length, max: targets.subjectMaxWords }, [
        { kind: 'advice', label: 'Keep the 3–4 words that say what is inside; drop greetings and adjectives.' },
      ]);
    }
    if (subject.sentences.length > 0 && subject.sentences.every(isShoutedSentence)) {
      add('caps', 0, text.length, {}, [{ kind: 'replace', label: 'Write it in sentence case', replacement: toSentenceCase(text) }]);
    } else {
      for (const t of subject.tokens) {
        if (isShouted(t.text)) add('capsWord', t.start, t.end, { word: t.text }, [{ kind: 'replace', label: `Write "${t.text.toLowerCase()}"`, replacement: t.text.toLowerCase() }]);
      }
    }
    for (const m of text.matchAll(/!+/g)) {
      add('exclamation', m.index, m.index + m[0].length, { marks: m[0] }, [{ kind: 'replace', label: 'Drop the "!"', replacement: '' }]);
    }
    for (const m of findPhrases(subject, PUSHY)) {
      add('pushy', m.start, m.end, { phrase: text.slice(m.start, m.end) }, [
        { kind: 'advice', label: 'Say what is inside plainly ("Spring prices: 20% off until 1 June").' },
      ]);
    }
    return out;
  },
});

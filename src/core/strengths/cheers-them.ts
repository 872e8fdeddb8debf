/**
 * cheers-them: praise for what this reader did, said or sent ("Great job!", "So proud of you",
 * "Glad you enjoyed the drive", "Way to represent"). A brand cheering a fan on, or a colleague
 * saying well done, answers one person; a post to a feed praises itself or nobody in particular.
 */
import { CHEERS_THEM } from '../lexicon/dialogue.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

export default phraseStrength({
  id: 'cheers-them',
  label: 'You cheer them on for what they did.',
  docs: {
    why: 'Praise for what this reader did ("great job", "proud of you", "glad you enjoyed it") is a turn in a conversation with them, however many exclamation marks it carries (P1, P3).',
    examples: ['Great job on the launch, Maya!', "We're so proud of you! 🎉", 'Glad you enjoyed the drive, Manuel.', 'Way to represent @NYCDucks!', "What an exciting opportunity! We know you'll do great."],
    counterExamples: ['The best way to make money from home.', 'Find a great job and better pay in two weeks.', 'Our award-winning team is proud of this release.'],
  },
  phrases: compilePhrases({ name: 'cheers-them', alternatives: CHEERS_THEM }),
});

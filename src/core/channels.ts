/**
 * Channel targets: what length, hashtags, questions and reading level suit each channel.
 * Figures and their sources: shared/research/anchors.md §b. Every target is editable on the
 * options page, so each is declared once as an option descriptor.
 */
import { int, type OptionSpec, type OptionValues, resolveOptions } from './options.ts';
import type { Channel } from './types.ts';

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  'linkedin-post': 'LinkedIn post',
  'linkedin-message': 'LinkedIn message',
  x: 'X post',
  facebook: 'Facebook post',
  generic: 'Other text box',
};

/** One spec for every channel; each channel differs only in its defaults. 0 means "no limit". */
function targetSpec(d: {
  maxChars: number;
  bestMaxChars: number;
  foldChars: number;
  minWords: number;
  bestMinWords: number;
  bestMaxWords: number;
  maxHashtags: number;
  maxQuestions: number;
  maxGrade: number;
}) {
  return {
    maxChars: int({ default: d.maxChars, min: 0, max: 100_000, label: 'Hard character limit (0 = none)' }),
    bestMaxChars: int({ default: d.bestMaxChars, min: 0, max: 100_000, label: 'Best length, at most (characters, 0 = none)' }),
    foldChars: int({ default: d.foldChars, min: 0, max: 5_000, label: '"See more" fold (characters, 0 = none)' }),
    minWords: int({ default: d.minWords, min: 0, max: 1_000, label: 'Too short below (words, 0 = none)' }),
    bestMinWords: int({ default: d.bestMinWords, min: 0, max: 5_000, label: 'Best length, at least (words, 0 = none)' }),
    bestMaxWords: int({ default: d.bestMaxWords, min: 0, max: 20_000, label: 'Best length, at most (words, 0 = none)' }),
    maxHashtags: int({ default: d.maxHashtags, min: 0, max: 30, label: 'Most hashtags' }),
    maxQuestions: int({ default: d.maxQuestions, min: 1, max: 20, label: 'Most questions' }),
    maxGrade: int({ default: d.maxGrade, min: 1, max: 20, label: 'Highest reading grade' }),
    subjectMaxChars: int({ default: 49, min: 10, max: 200, label: 'Email subject: most characters' }),
    subjectMaxWords: int({ default: 7, min: 1, max: 30, label: 'Email subject: most words' }),
  } satisfies OptionSpec;
}
export type ChannelTargetSpec = ReturnType<typeof targetSpec>;
export type ChannelTargets = OptionValues<ChannelTargetSpec>;

export const CHANNEL_TARGETS: Record<Channel, ChannelTargetSpec> = {
  // Boomerang: 50–125 words get most replies, 1–3 questions, grade 3–6 (anchors.md §b).
  email: targetSpec({ maxChars: 0, bestMaxChars: 0, foldChars: 0, minWords: 15, bestMinWords: 50, bestMaxWords: 125, maxHashtags: 0, maxQuestions: 3, maxGrade: 8 }),
  // LinkedIn: 3,000 hard limit; "see more" fold near 210 characters; no more than 5 hashtags.
  'linkedin-post': targetSpec({ maxChars: 3000, bestMaxChars: 2000, foldChars: 210, minWords: 0, bestMinWords: 0, bestMaxWords: 0, maxHashtags: 5, maxQuestions: 3, maxGrade: 9 }),
  // A direct message reads like a short email.
  'linkedin-message': targetSpec({ maxChars: 8000, bestMaxChars: 0, foldChars: 0, minWords: 0, bestMinWords: 0, bestMaxWords: 125, maxHashtags: 0, maxQuestions: 2, maxGrade: 8 }),
  // X: 280 hard; 71–100 retweeted most; 1–2 hashtags help, 3+ hurt.
  x: targetSpec({ maxChars: 280, bestMaxChars: 100, foldChars: 0, minWords: 0, bestMinWords: 0, bestMaxWords: 0, maxHashtags: 2, maxQuestions: 2, maxGrade: 8 }),
  // Facebook: 80 characters or fewer engage best (+66%).
  facebook: targetSpec({ maxChars: 63206, bestMaxChars: 80, foldChars: 0, minWords: 0, bestMinWords: 0, bestMaxWords: 0, maxHashtags: 3, maxQuestions: 2, maxGrade: 8 }),
  generic: targetSpec({ maxChars: 0, bestMaxChars: 0, foldChars: 0, minWords: 0, bestMinWords: 0, bestMaxWords: 0, maxHashtags: 5, maxQuestions: 3, maxGrade: 10 }),
};

/** A channel's targets: its defaults with the (already clean) overrides laid over them. */
export function channelTargets(channel: Channel, overrides?: Readonly<Record<string, number>>): ChannelTargets {
  return resolveOptions(CHANNEL_TARGETS[channel], overrides);
}

/** Small wording helpers for the popup's sentences. */
import type { Channel } from '../core/types.ts';

/** The last count before a point in a sentence: "Urgency: 2 "act now"-style push(es)" -> 2. */
const COUNT_BEFORE = /(\d+)[^\d.!?;]*$/;

/**
 * Rule templates hedge plurals ("4 brag word(s)", "1 place(s)"): the popup knows the count,
 * so it says "4 brag words" and "1 place", as a person would.
 */
export function tidyCounts(text: string): string {
  return text.replace(/([A-Za-z]+)\((e?s)\)/g, (_whole, word: string, ending: string, offset: number) => {
    const count = COUNT_BEFORE.exec(text.slice(0, offset))?.[1];
    return count === '1' ? word : word + ending;
  });
}

/** What one send on a channel is called in a sentence, singular and plural. */
const SEND_NOUNS: Record<Channel, [string, string]> = {
  email: ['email', 'emails'],
  'linkedin-post': ['LinkedIn post', 'LinkedIn posts'],
  'linkedin-message': ['LinkedIn message', 'LinkedIn messages'],
  x: ['X post', 'X posts'],
  facebook: ['Facebook post', 'Facebook posts'],
  generic: ['other message', 'other messages'],
};

export function sendsPhrase(channel: Channel, count: number): string {
  const [one, many] = SEND_NOUNS[channel];
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 LinkedIn posts, 1 email and 2 X posts" */
export function listPhrase(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

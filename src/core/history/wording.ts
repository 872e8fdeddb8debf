/**
 * How the noise memory talks about sends: "your 3rd LinkedIn post", "the email you sent on
 * 12 Nov". English and deterministic: no Intl, so the words do not change with the browser's
 * locale and tests give the same text everywhere.
 */
import type { Channel } from '../types.ts';

/** What one send on the channel is called: "Your 3rd {noun} today". */
export const SEND_NOUN: Readonly<Record<Channel, string>> = {
  'linkedin-post': 'LinkedIn post',
  'linkedin-message': 'LinkedIn message',
  x: 'post on X',
  facebook: 'Facebook post',
  email: 'email',
  generic: 'message',
};

/** "the {what} you sent{where}": what was sent and where. */
const SENT: Readonly<Record<Channel, { what: string; where: string }>> = {
  'linkedin-post': { what: 'post', where: ' on LinkedIn' },
  'linkedin-message': { what: 'message', where: ' on LinkedIn' },
  x: { what: 'post', where: ' on X' },
  facebook: { what: 'post', where: ' on Facebook' },
  email: { what: 'email', where: '' },
  generic: { what: 'message', where: '' },
};

export function sentPhrase(channel: Channel): string {
  const { what, where } = SENT[channel];
  return `the ${what} you sent${where}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Nov", in the user's own time zone (the day they remember sending it). */
export function shortDate(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

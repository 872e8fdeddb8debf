/**
 * Pressure (P5): manufactured urgency, deadlines as slogans and scarcity (urgency), and the
 * "power words" of subject lines that lower opens and trip spam filters (subject-line).
 */
import { phrases } from './lists.ts';
import { PRIZE_OFFERS } from './prizes.ts';

/** Pressure with no reason given. */
export const PRESSURE = phrases('pressure/push', [
  'act now', 'act fast', 'act today', "don't miss out", 'do not miss out', "don't miss this", "don't miss it", "don't wait",
  'hurry', 'hurry up', 'now or never', "before it's too late", 'time is running out', 'running out of time', 'fomo',
  'buy now', 'order now', 'call now', 'shop now', 'grab yours now', 'once in a lifetime', 'what are you waiting for',
  'register now', 'apply now', 'claim now', 'book now', 'join now', 'click now', 'sign up now', "don't miss your chance",
  "won't last", "won't last long", "once it's gone", 'gone for good', 'before it expires', 'before it ends', 'before they\'re gone',
  "don't be the one", "don't be left out", "don't get left behind",
]);
/** A deadline as a slogan rather than a date. */
export const DEADLINE = phrases('pressure/deadline', [
  'limited time', 'limited-time offer', 'for a limited time', 'last chance', 'final chance', 'today only', 'one day only',
  'offer ends', 'ends tonight', 'ends today', 'ends soon', 'ends at midnight', 'expires today', 'expires tonight',
  'expires soon', 'expires at midnight', 'offer expires', 'deal expires', 'final hours', 'last day', 'final reminder', 'last call',
  '{n} hours left', 'hours left', 'final countdown',
]);
/** Scarcity: sometimes a fact, so it costs half. */
export const SCARCITY = phrases('pressure/scarcity', [
  'only {n} left', 'only {n} spots left', 'only {n} seats left', 'only {n} places left', 'while supplies last', 'while stocks last',
  'selling fast', 'going fast', 'almost gone', 'spots are limited', 'seats are limited', 'spaces are limited', 'places are limited',
  'extremely limited', 'limited spots', 'limited seats', 'limited availability', 'sold out', 'almost sold out', 'nearly sold out',
]);
/** Prize and exclusivity bait (lexicon/prizes.ts): the copy of spam, which readers and filters both distrust. */
export const BAIT = PRIZE_OFFERS;

/** Everything the urgency rule flags; subject-line and call-to-action read it too. */
export const URGENCY_PHRASES: readonly string[] = [...PRESSURE, ...DEADLINE, ...SCARCITY, ...BAIT];

/** Subject-line power words beyond urgency. "Free" only in its offer sense: "Are you free on Thursday?" is a fine subject. */
export const SUBJECT_POWER_WORDS = phrases('pressure/subject', [
  'exclusive', 'urgent', 'guaranteed', '100%', 'final notice', 'for free', 'free shipping', 'free trial',
  'free gift', 'free offer', 'free download', 'free ebook', 'get it free', 'risk-free',
]);

/**
 * The noise memory's built-in defaults, used when whoever supplies the send history (the
 * extension from settings.memory, or a library caller) gives no limit of its own.
 * Why these numbers: see the cadence and canned-copy rules' docs.
 */
import type { Channel } from '../types.ts';

/** Most sends a day per channel before the cadence warning; 0 = no limit. */
export const DEFAULT_DAILY_LIMITS: Readonly<Record<Channel, number>> = {
  'linkedin-post': 2,
  x: 5,
  facebook: 2,
  email: 20,
  'linkedin-message': 25,
  generic: 0,
};

/** Most emails a day to one recipient organisation (domain); 0 = no limit. */
export const DEFAULT_DOMAIN_DAILY = 1;

/** Similarity (0..1) from which a draft counts as a message already sent. */
export const DEFAULT_DUPLICATE_THRESHOLD = 0.8;

/** How far back a near-duplicate counts: older than this, repeating yourself is fair. */
export const DUPLICATE_WINDOW_DAYS = 30;

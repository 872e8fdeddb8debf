/**
 * Facebook: posts and comments are Lexical editors (data-lexical-editor). A post is written in
 * a dialog; a comment box sits under a post. Both use the Facebook channel: its targets (short
 * is better) suit a comment too. Research: composers.md §1 (F1).
 */
import type { SiteAdapter } from './types.ts';

export const facebook: SiteAdapter = {
  id: 'facebook',
  composers: 'div[contenteditable="true"][data-lexical-editor="true"], div[role="textbox"][contenteditable="true"]',
  channelOf: () => 'facebook',
  // Noise memory: posts only. Comments are replies (dialogue), not posts to count.
  sendSelector: 'div[role="button"][aria-label="Post"]',
};

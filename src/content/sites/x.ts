/**
 * X: posts, replies and each post of a thread are Draft.js editors marked
 * data-testid="tweetTextarea_N". Research: composers.md §1 (X1, X2).
 */
import type { SiteAdapter } from './types.ts';

export const x: SiteAdapter = {
  id: 'x',
  composers: '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"], [data-testid^="tweetTextarea_"] textarea',
  channelOf: () => 'x',
  sendSelector: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
};

/**
 * X: posts, replies and each post of a thread are Draft.js editors marked
 * data-testid="tweetTextarea_N". Research: composers.md §1 (X1, X2).
 */
import { lastBefore, replyFrom } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const x: SiteAdapter = {
  id: 'x',
  composers: '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"], [data-testid^="tweetTextarea_"] textarea',
  channelOf: () => 'x',
  // A reply: the reply dialog shows the post above the composer; a post's page shows it above
  // the inline reply box. The home composer answers no one.
  replyToOf(editor) {
    const dialog = editor.closest('[role="dialog"]');
    if (!dialog && !location.pathname.includes('/status/')) return undefined;
    const text = lastBefore(dialog ?? document, 'article [data-testid="tweetText"]', editor);
    const author = text?.closest('article')?.querySelector('[data-testid="User-Name"]')?.textContent;
    return replyFrom(text, author);
  },
  sendSelector: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
};

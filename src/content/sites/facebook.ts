/**
 * Facebook: posts and comments are Lexical editors (data-lexical-editor). A post is written in
 * a dialog; a comment box sits under a post. Both use the Facebook channel: its targets (short
 * is better) suit a comment too. Research: composers.md §1 (F1).
 */
import { replyFrom } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const facebook: SiteAdapter = {
  id: 'facebook',
  composers: 'div[contenteditable="true"][data-lexical-editor="true"], div[role="textbox"][contenteditable="true"]',
  channelOf: () => 'facebook',
  // Noise memory: posts only. Comments are replies (dialogue), not posts to count.
  sendSelector: 'div[role="button"][aria-label="Post"]',
  // A comment answers the post it sits under (a post in the dialog answers no one).
  replyToOf(editor) {
    if (editor.closest('[role="dialog"]')) return undefined;
    const post = editor.closest('[role="article"]');
    const message = post?.querySelector('[data-ad-comet-preview="message"], [data-ad-preview="message"]') ?? [...(post?.querySelectorAll('div[dir="auto"]') ?? [])].find((el) => !el.contains(editor) && !editor.contains(el));
    return replyFrom(message, post?.querySelector('h2, h3, strong')?.textContent);
  },
};

/**
 * LinkedIn: the share box is Quill (`.ql-editor`), messaging a plain contenteditable with a
 * <p> per line, comments tiptap/ProseMirror (2026; Quill before). Since 2026 the share box and
 * messaging may sit in the open shadow root of #interop-outlet: found on focus, as any other.
 * Research: composers.md §1 (L1, L2).
 */
import type { Channel } from '../../core/types.ts';
import { readableText, replyFrom } from './thread.ts';
import type { SiteAdapter } from './types.ts';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  composers:
    '.ql-editor[contenteditable="true"], .msg-form__contenteditable[contenteditable="true"], [data-test-ql-editor-contenteditable="true"], .comments-comment-box [contenteditable="true"]',
  channelOf(editor): Channel {
    if (editor.closest('.msg-form, .msg-overlay-conversation-bubble') || location.pathname.startsWith('/messaging')) return 'linkedin-message';
    // Comments are replies in a thread: judged as a post, the channel closest in length and tone.
    return 'linkedin-post';
  },
  // Noise memory: posts and messages. Comments are replies (dialogue): they must not count
  // toward "your 3rd LinkedIn post today".
  // A comment answers the post it sits under; a message answers the other person's last
  // messages (those after the user's own last one). The share box answers no one.
  replyToOf(editor) {
    const form = editor.closest('.msg-form');
    if (form) {
      const conversation = form.closest('.msg-overlay-conversation-bubble, .msg-convo-wrapper, .msg-s-message-list-container, .scaffold-layout__detail') ?? form.parentElement;
      const items = [...(conversation?.querySelectorAll('.msg-s-event-listitem') ?? [])];
      const theirs: Element[] = [];
      for (const item of items.reverse()) {
        if (!item.classList.contains('msg-s-event-listitem--other')) break;
        theirs.unshift(item);
        if (theirs.length === 3) break;
      }
      const text = theirs.map((item) => readableText(item.querySelector('.msg-s-event-listitem__body') ?? item)).filter(Boolean).join('\n');
      const author = theirs[0]?.querySelector('.msg-s-message-group__name, .msg-s-message-group__profile-link')?.textContent?.trim();
      return text ? { text, ...(author ? { author } : {}) } : undefined;
    }
    const post = editor.closest('.comments-comment-box') ? editor.closest('.feed-shared-update-v2, [data-urn]') : null;
    return replyFrom(post?.querySelector('.update-components-text, .feed-shared-update-v2__description, .feed-shared-text'), post?.querySelector('.update-components-actor__name, .update-components-actor strong')?.textContent);
  },
  sendSelector: 'button.share-actions__primary-action, button.msg-form__send-button',
  // Messaging's "Press Enter to Send".
  enterSends: '.msg-form__contenteditable',
};

/**
 * LinkedIn: the share box is Quill (`.ql-editor`), messaging a plain contenteditable with a
 * <p> per line, comments tiptap/ProseMirror (2026; Quill before). Since 2026 the share box and
 * messaging may sit in the open shadow root of #interop-outlet: found on focus, as any other.
 * Research: composers.md §1 (L1, L2).
 */
import type { Channel } from '../../core/types.ts';
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
  sendSelector: 'button.share-actions__primary-action, button.msg-form__send-button',
  // Messaging's "Press Enter to Send".
  enterSends: '.msg-form__contenteditable',
};

/**
 * Gmail: one popup compose (a reply with signature and quoted thread) open on load;
 * `sites.openCompose()` opens another popup, `sites.openReply()` an inline reply.
 */
import '../../styles/gmail.css';
import { byId, onActivate } from '../dom.ts';
import { exposeFixture, markReady } from '../fixture.ts';
import { openGmailCompose } from '../sites/gmail-compose.ts';

const dock = byId('compose-dock', HTMLDivElement);
let composeCount = 0;

function openCompose(): void {
  composeCount += 1;
  openGmailCompose(dock, { id: String(composeCount), recipients: [], subject: '', withQuote: false, inline: false });
}

function openReply(): void {
  const slot = byId('inline-reply-slot', HTMLDivElement);
  if (slot.querySelector('.M9')) return;
  openGmailCompose(slot, {
    id: 'reply',
    recipients: [{ name: 'Maya Chen', email: 'maya@example.com' }],
    subject: 'Re: Q3 webinar follow-up',
    withQuote: true,
    inline: true,
  });
}

/** An inline reply to a mail that asks something (coach-replies.e2e.test.ts). */
function openQuestionReply(): void {
  if (document.querySelector('[data-fixture-compose="question"]')) return;
  const slot = byId('inline-reply-slot', HTMLDivElement);
  openGmailCompose(slot, {
    id: 'question',
    recipients: [{ name: 'Maya Chen', email: 'maya@example.com' }],
    subject: 'Re: Q3 webinar follow-up',
    withQuote: true,
    quoteHtml: 'Thanks for the webinar! Could you send me the slides before Friday?',
    inline: true,
  });
}

composeCount += 1;
openGmailCompose(dock, {
  id: String(composeCount),
  recipients: [
    { name: 'Maya Chen', email: 'maya@example.com' },
    { name: 'Sam Ortiz', email: 'sam@example.com' },
  ],
  subject: 'Re: Q3 webinar follow-up',
  withQuote: true,
  inline: false,
});
onActivate(byId('compose-button', HTMLDivElement), openCompose);
onActivate(byId('reply-button', HTMLSpanElement), openReply);
exposeFixture('gmail', { openCompose, openReply, openQuestionReply });
markReady();

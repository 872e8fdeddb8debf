/**
 * Asks (P7): what a draft asks the reader to do, by kind (signals/asks.ts), the invitations to
 * answer without a question mark, and the asks that route the reader to the brand's channels
 * rather than to a conversation (brand-only-routing).
 */
import { phrases } from './lists.ts';

export type AskKind = 'reply' | 'call' | 'demo' | 'buy' | 'signup' | 'visit' | 'download' | 'share' | 'follow' | 'give';

/** Asks that send the reader to the brand's channels (brand-only-routing), by kind. */
const ROUTED_REPLY = phrases('asks/routed-reply', ['email us', 'contact us']);
const ROUTED_CALL = phrases('asks/routed-call', ['call us']);
const ROUTED_VISIT = phrases('asks/routed-visit', ['link in bio']);
const ROUTED_FOLLOW = phrases('asks/routed-follow', ['follow us', 'like our page']);
/** Asks to pass the draft on, which also invite readers to each other (brand-only-routing's community). */
const PASS_ON = phrases('asks/pass-on', ['share this', 'share it', 'forward this', 'tag someone', 'pass it on']);
/** Invitations to answer where other readers can see and join in. */
const OPEN_INVITATIONS = phrases('asks/open-invitations', ['let us know', 'tell us', 'hit reply', 'reply with', 'drop a comment', 'comment below', 'in the comments']);

export const ASKS: Record<AskKind, readonly string[]> = {
  reply: [
    ...phrases('asks/reply', ['reply', 'respond', 'answer', 'get back to me', 'email me', 'contact me', 'text me', 'reach out', 'get in touch', 'comment']),
    ...ROUTED_REPLY,
  ],
  call: [
    ...phrases('asks/call', [
      'book a call', 'schedule a call', 'set up a call', 'hop on a call', 'jump on a call', 'grab 15 minutes', 'grab a coffee', "let's talk",
      "let's chat", "let's meet", "let's connect", 'call me', 'pick a time', 'find a time', 'book a time', 'book a meeting',
      'schedule a meeting', 'book time', 'book a slot',
    ]),
    ...ROUTED_CALL,
  ],
  demo: phrases('asks/demo', ['book a demo', 'request a demo', 'schedule a demo', 'get a demo', 'book your demo', 'request your demo']),
  buy: phrases('asks/buy', ['buy', 'order', 'shop', 'purchase', 'add to cart', 'get yours', 'grab yours', 'reserve yours', 'book yours', 'pre-order', 'preorder', 'switch to']),
  signup: phrases('asks/signup', [
    'sign up', 'register', 'subscribe', 'join', 'create an account', 'create your account', 'start your free trial', 'start a free trial',
    'start your trial', 'try it free', 'try it for free', 'get started', 'enroll', 'enrol', 'apply now', 'apply here', 'upgrade', 'save your seat',
    'reserve your seat', 'claim your spot', 'rsvp', 'book your spot', 'book your seat',
  ]),
  visit: [
    ...phrases('asks/visit', [
      'click here', 'click the link', 'click below', 'tap the link', 'learn more', 'read more', 'find out more', 'check out', 'visit',
      'head to', 'explore', 'discover', 'see how', 'take a look', 'watch the video', 'watch the replay', 'read the full',
      'read the post', 'read the guide', 'try it', 'give it a try',
    ]),
    ...ROUTED_VISIT,
  ],
  download: phrases('asks/download', ['download', 'grab the guide', 'get the guide', 'get your copy', 'grab your copy', 'get the checklist', 'grab the checklist', 'get the template']),
  share: [
    ...phrases('asks/share', ['tag a friend', 'retweet', 'repost', 'invite']),
    ...PASS_ON,
  ],
  follow: [
    ...phrases('asks/follow', ['follow me', 'hit follow', 'turn on notifications', 'connect with me']),
    ...ROUTED_FOLLOW,
  ],
  give: phrases('asks/give', ['donate', 'chip in', 'vote', 'take the survey', 'fill out the form', 'take our quiz']),
};

/** Invitations to answer without a question mark: "Let me know", "Hit reply", "Comment below". */
export const INVITATIONS: readonly string[] = [
  ...OPEN_INVITATIONS,
  ...phrases('asks/invitations', [
    'let me know', 'tell me', 'just reply', 'simply reply', 'reply to this',
    'reply here', 'reply below', 'write back', 'drop me a line', 'drop me a note',
    'share your thoughts', 'share your experience', 'share your story', 'share your take', 'your thoughts on',
    'your take on', 'love your feedback', 'love your thoughts', 'love your take', 'welcome your feedback', 'appreciate your feedback',
    'love to hear', 'like to hear', 'happy to hear', 'keen to hear', 'curious to hear', 'curious what you think', 'agree or disagree',
    'push back', 'ping me', 'dm me', 'message me',
  ]),
];

/** Routing the reader to the brand's channels instead of answering them. */
export const BRAND_ROUTING: readonly string[] = [
  ...ROUTED_REPLY,
  ...ROUTED_CALL,
  ...ROUTED_VISIT,
  ...ROUTED_FOLLOW,
  ...phrases('asks/brand-routing', [
    'visit our website', 'visit our site', 'visit our blog', 'visit our page', 'visit our store', 'check out our website',
    'check out our site', 'head to our website', 'head over to our website', 'go to our website', 'learn more on our website',
    'learn more on our site', 'learn more at', 'contact our team', 'contact our sales team', 'get in touch with us',
    'reach out to us', 'dm us', 'message us', 'follow our page',
    'subscribe to our newsletter', 'subscribe to our channel', 'book a demo with us', 'book a call with us',
    'shop our',
  ]),
];

/** Anything that invites readers to talk, to you in public or to each other. */
export const COMMUNITY_INVITES: readonly string[] = [
  ...PASS_ON,
  ...OPEN_INVITATIONS,
  ...phrases('asks/community', [
    'share your', 'share with', 'tag a', 'tag your',
    'your experience', 'your story', 'your stories',
    'each other', 'one another', 'community', 'fellow', 'peers', 'compare notes', 'forward it',
    'pass this on', 'who else', 'join the discussion', 'join the conversation', 'help others', 'others like you', 'recommend', 'swap',
  ]),
];

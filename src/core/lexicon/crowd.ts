/**
 * Crowd and list wording (P9, P5): greetings to nobody in particular or to a crowd
 * (mass-greeting), list footers (list-footer), operator notices (service-notice) and pointers
 * to another account (follow-me). Regular-expression alternatives (nlp/phrases.ts).
 */
import { TO_WHOM } from './canned.ts';
import { patterns } from './lists.ts';

/** Greetings to nobody in particular. */
export const GENERIC_GREETINGS: readonly string[] = [
  ...TO_WHOM,
  ...patterns('crowd/generic-greeting', [
    'dear (?:valued )?(?:friends?|sir(?:/madam| or madam)?|madam|customers?|clients?|subscribers?|members?|users?|beneficiary|account holder|winner|recipient)',
    'valued (?:customer|client|member|subscriber)s?',
    'attn:?',
    'attention:',
    '(?:hello|hi|greetings),? (?:dear )?friends?',
  ]),
];

/** Addressing a crowd. */
export const MASS_ADDRESS = patterns('crowd/mass-address', [
  'this is to inform(?: you| u| all)?',
  'dear all',
  '(?:hello|hi) (?:all|everyone)(?! of)',
  'all (?:members|students|staff|finalists|parents|residents|subscribers|customers)',
  'be informed',
  'forward (?:this|it) to (?:\\d+|ten|five|all|everyone|all your)(?: (?:friends|people|contacts))?',
  'pass (?:it|this) on to (?:\\d+|all|everyone)',
  'send (?:this|it) to \\d+',
]);

/** List-footer wording: the message went to a list. */
export const LIST_FOOTER = patterns('crowd/list-footer', [
  'unsubscrib(?:e|ed|ing)',
  'opt[- ]?out',
  'to be removed',
  'remove (?:me|your (?:name|email|address))(?: from)?',
  'no longer wish(?:es)? to receive',
  'mailing list',
  'all rights reserved',
  'privacy policy',
  'manage (?:your )?(?:email )?preferences',
  'update your (?:email )?preferences',
  'this (?:e-?mail|message|newsletter) was sent',
  'you (?:are )?receiv(?:e|ed|ing) this (?:e-?mail|message|newsletter|because)',
  '(?:reply|text|send|sms) stop(?: to \\d{3,6})?',
  'stop to \\d{3,6}',
  // Other ways off the list: the same footer in other words ("remove yourself from future mailings").
  'remove yourself',
  'to be (?:dropped|taken off|deleted)',
  '(?:future|further) (?:e-?)?mailings?',
  'mailing preferences',
  'turn off (?:these )?notifications',
  'get rid of (?:this |the |our )?(?:mailing list|mailings?|list)',
  '(?:do not|don\'t) (?:wish|want) to receive',
  'removal (?:instructions|link|request)',
  '(?:off|from) our (?:(?:mailing|e-?mail|distribution) )?list',
  // A short "no more" label on a link of its own: "To Stop: http://…", "not interested -> www.…".
  '(?:no ?more|no thanks|not interested|(?:to )?(?:stop|cease|un-?list)|take (?:me )?off|remove(?: me)?|delete me|get me off)(?=\\s*[:>–-]+\\s*(?:https?://|www\\.))',
  // Bulk mail saying it is not what it is.
  'this (?:is|message is|e-?mail is) not (?:a )?spam',
]);

/** An operator notice about the reader's account. */
export const SERVICE_NOTICE = patterns('crowd/service-notice', [
  'your (?:account|subscription|balance|sim|airtime|credit balance|data (?:bundle|plan|balance))',
  'customer care',
  'recharg(?:e|ed|ing)',
  'airtime',
  'validity',
  'valid (?:till|until|for \\d+)',
  'expir(?:es|ed|y|ing)',
  'credited',
  'debited',
  'renew(?:s|ed|al|ing)?',
  't&cs?',
  't ?& ?c apply',
  'terms and conditions(?: apply)?',
  'terms apply',
  'per (?:day|week|month)',
  'to stop(?=\\s*[,:]|\\s+(?:send|text|sms|reply|dial))',
  'opted? in',
  '(?:de)?activat(?:e|ed|ion)',
  'enjoy(?=\\s+(?:free|unlimited|up to|\\d|[$£€₦]|the best|our|exciting|amazing|great|fast|data|calls|sms|bonus|discount))',
]);

/** Pointing the reader at another account or channel. */
export const FOLLOW_ME = patterns('crowd/follow-me', [
  'check out my',
  'follow (?:me|my page|my channel)',
  'my (?:channel|page|profile|ig|insta|instagram|youtube|tiktok)',
  'dm me',
  'send (?:me|him|her|them) a dm',
  'dm (?:now|today|for)',
  // Pointing a stranger at another account: "message @katherine, she can guide you".
  '(?:message|contact|text|dm|reach out to|write to|talk to) @[\\w.]+',
  'in(?:to)? my dms?',
  'inbox me',
  'hit me up',
  '(?:message|contact|text|reach|call) (?:me|him|her|them) (?:on|via|through)',
  'contact (?:him|her|them)',
  'whats ?app',
  'telegram',
]);

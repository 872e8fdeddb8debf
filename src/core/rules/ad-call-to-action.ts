/**
 * ad-call-to-action (P7): ad-style pushes ("click here", "sign up", "learn more", "visit our
 * website") and SMS short-code instructions ("send YES to 5035", "dial *606#"). They are the
 * copy of ads and bulk texts; a person asks for one small step in their own words.
 * Pushes with a deadline word ("buy now", "order now", "hurry") are the urgency rule's.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';

/** Lookbehind: the phrase is not what the writer wants to do ("love to learn more"). */
const NOT_OWN_WISH = '(?<!(?:love|like|want|wanted|happy|glad|eager|keen|hoping) to )';
export const AD_PUSH = compilePhrases({
  name: 'ad-call-to-action', withinSentence: true,
  alternatives: [
    'click (?:here|below|the link|on the link|this link|the button)',
    'tap (?:here|the link|below)',
    'order (?:(?:it|them|one) )?(?:today|here|online|yours)',
    'buy (?:(?:it|them|one) )?(?:today|online|here)',
    'purchase (?:(?:it|them|one) )?(?:today|online|here|now)',
    'shop (?:today|online|here|the (?:sale|range|collection))',
    'call (?:today|us (?:today|now))',
    'visit (?:our|us at|(?:the|this) (?:website|site|link|page|store))',
    'sign up(?! now)',
    'subscribe(?! now)',
    'register (?:here|today|online)',
    'download (?:today|here|the app|our app)',
    // Not the writer's own wish ("we'd love to learn more" about their case): that is a reply.
    `${NOT_OWN_WISH}learn more`,
    `${NOT_OWN_WISH}find out more`,
    `${NOT_OWN_WISH}read more`,
    'get (?:yours|it|started) today',
    'follow the link',
    'see (?:the )?link below',
  ],
});

/** A keyword and a short code: "send YES to 5035", "text JOIN to 55555", "SMS HELP to 33333". */
const KEYWORD_TO_CODE = String.raw`(?<![\w@#])(?:[Ss]end|SEND|[Tt]ext|TEXT|[Ss]ms|SMS|[Rr]eply|REPLY)\s+(?:["'“‘][^"'“”‘’\n]{1,20}["'”’]|[A-Z0-9]{1,12}\b|(?:[Yy]es|[Hh]elp|[Jj]oin|[Ss]tart|[Ii]nfo)\b)\s+(?:to|TO|on|ON)\s+\d{3,6}(?![\d-])`;
/** A USSD code: "dial *606#", "*123*1#". */
const USSD = String.raw`(?:(?<![\w@#])(?:[Dd]ial|DIAL)\s+)?\*\d{2,}(?:\*\d+)*#`;
/**
 * A short code to call or dial ("call 14120 now", "Dial 4500"): a service's number, where a
 * person gives a full phone number. Emergency numbers are not ads.
 */
const CALL_CODE = String.raw`(?<![\w@#])(?:[Dd]ial|DIAL|[Cc]all|CALL)\s+(?!(?:911|999|112|000|111|311|411|988)(?![\d\w-]))\d{3,6}(?![\d\w-])`;
export const SHORT_CODE = compilePhrases({ name: 'ad-call-to-action:short-code', regex: new RegExp([KEYWORD_TO_CODE, USSD, CALL_CODE].join('|'), 'gu') });
/** "Text STOP to 1234" is an opt-out line: the list-footer rule flags it. */
const OPT_OUT = /\b(?:stop|unsub\w*|end|quit|cancel|optout|remove)\b/i;

export default defineRule({
  id: 'ad-call-to-action',
  category: 'call-to-action',
  principle: 'P7',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Ad copy: {count:push|pushes} like "click here" or "sign up" that readers skim past.',
  docs: {
    summary: 'Flags ad-style pushes (click here, sign up, learn more, visit our website) and SMS short codes (send YES to 5035, dial *606#).',
    why: 'These are the words of ads and bulk texts, and readers skim past them. Ask for one small step in your own words, and say what it gets them.',
    good: [
      'If the checklist helps, reply with the step that takes your team longest and I will send our notes on it.',
      'I saved the file and sent it to 3 people on the team.',
      "We're sorry to hear about this and would love to learn more: could you send us a DM?",
    ],
    bad: ['Click here to claim your spring discount.', 'To get 1GB of bonus data, send YES to 5035.'],
  },
  options: {},
  messages: {
    push: '"{phrase}" is ad copy readers skim past; ask for one step in your own words.',
    shortCode: '"{phrase}" is a bulk-text instruction; a person asks in their own words.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    for (const m of findPhrases(draft, AD_PUSH)) {
      out.push({
        messageId: 'push',
        data: { phrase: m.phrase },
        start: m.start,
        end: m.end,
        suggestions: [
          {
            kind: 'advice',
            label: 'Say what the step gets them, in a plain ask: "Reply with your team size and I will send the plan that fits."',
          },
        ],
      });
    }
    for (const m of findPhrases(draft, SHORT_CODE)) {
      if (OPT_OUT.test(m.phrase)) continue;
      out.push({
        messageId: 'shortCode',
        data: { phrase: m.phrase },
        start: m.start,
        end: m.end,
        suggestions: [{ kind: 'advice', label: 'Ask for a reply in plain words ("Reply yes and I will add it") instead of a code to send.' }],
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
});

/**
 * mass-greeting (P9): greetings to nobody in particular ("Dear customer", "Dear friend",
 * "To whom it may concern", "Attn:") and crowd announcements ("This is to inform", "Dear all",
 * "all members", "forward this to 10 friends"). They tell the reader the message went to a crowd.
 * A plain "forward it to them" or "pass it on" invites sharing (brand-only-routing counts it as
 * good), so only the chain-letter form counts.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { wordsPattern } from '../nlp/line-patterns.ts';

export const GENERIC = wordsPattern('mass-greeting:generic', [
  'dear (?:valued )?(?:friends?|sir(?:/madam| or madam)?|madam|customers?|clients?|subscribers?|members?|users?|beneficiary|account holder|winner|recipient)',
  'valued (?:customer|client|member|subscriber)s?',
  'attn:?',
  'attention:',
  'to whom it may concern',
  '(?:hello|hi|greetings),? (?:dear )?friends?',
]);
export const MASS = wordsPattern('mass-greeting:mass', [
  'this is to inform(?: you| u| all)?',
  'dear all',
  '(?:hello|hi) (?:all|everyone)(?! of)',
  'all (?:members|students|staff|finalists|parents|residents|subscribers|customers)',
  'be informed',
  'forward (?:this|it) to (?:\\d+|ten|five|all|everyone|all your)(?: (?:friends|people|contacts))?',
  'pass (?:it|this) on to (?:\\d+|all|everyone)',
  'send (?:this|it) to \\d+',
]);

export default definePhraseRule({
  id: 'mass-greeting',
  category: 'dialogue',
  principle: 'P9',
  severity: 'warning',
  weight: 2,
  docs: {
    summary: 'Flags greetings to nobody in particular (Dear customer, Dear friend, To whom it may concern) and crowd notices (This is to inform, Dear all).',
    why: 'A greeting to a crowd tells the reader they are one of many before they read a word. Greet the person.',
    good: ['Hi Priya, thanks for sending the numbers so quickly.', 'Dear Mr Okafor, your order left our warehouse this morning.'],
    bad: ['Dear valued customer, your statement is ready.', 'This is to inform all members that the meeting has moved to Friday.'],
  },
  findings: {
    generic: {
      find: GENERIC,
      message: '"{phrase}" greets nobody in particular; the reader knows it went to a list.',
      advice: 'Greet the person by name ("Hi Priya"), or start with the point if you do not know it.',
    },
    mass: {
      find: MASS,
      message: '"{phrase}" addresses a crowd; the reader feels like one of many.',
      advice: 'Write to one person, by name, about what it means for them; send it to each person who needs it.',
    },
  },
});

/**
 * service-notice (P5): the wording of automated notices ("your account", "your balance",
 * "recharge", "valid till", "credited", "T&Cs apply", "per day", "to stop, send…"). A message
 * in it reads as a system talking, not a person; readers file it with the bank alerts.
 * "Dear customer" is mass-greeting's.
 */
import { definePhraseRule } from '../phrase-rule.ts';
import { compilePhrases } from '../nlp/phrases.ts';
import { SERVICE_NOTICE } from '../lexicon/crowd.ts';

export const NOTICE = compilePhrases({ name: 'service-notice', withinSentence: true, alternatives: SERVICE_NOTICE });
/** "N50/day", "$2/week": the price-per-period of a subscription, stuck to the number. */
export const PER_PERIOD = compilePhrases({ name: 'service-notice:per', withinSentence: true, regex: /\/(?:day|daily|wk|week|mth|month|mo)(?![\w])/giu });

export default definePhraseRule({
  id: 'service-notice',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 2,
  noiseReason: 'Service-notice wording: {count:phrase|phrases} that read as a system, not a person.',
  docs: {
    summary: 'Flags automated-notice wording: your account, your balance, recharge, valid till, credited, T&Cs apply, N50/day, to stop, activate.',
    why: 'Notice wording reads as a system talking; readers file it with bank alerts and skip it. Say it the way you would to one person.',
    good: [
      'Thanks for the quick call today: I sent the revised contract, and I will stop by on Friday.',
      'We moved your onboarding call to Thursday; the agenda is attached.',
    ],
    bad: ['Your account has been credited with 500MB. Valid till 12/05. T&Cs apply.', 'Enjoy unlimited calls for N50/day. To stop, send STOP to 3030.'],
  },
  findings: {
    notice: {
      find: [NOTICE, PER_PERIOD],
      message: '"{phrase}" reads as a system notice, not a person.',
      advice: 'Say it as one person to another: what changed for them, in plain words ("We added 500MB to your plan; it lasts a week").',
    },
  },
});

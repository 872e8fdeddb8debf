/**
 * Refusals (P8): a no, the reason given for it, and the alternative offered (unexplained-no
 * flags a no with neither).
 */
import { phrases } from './lists.ts';

/** Giving a reason: it explains a no, and it is a sign of value (lexicon/value.ts). */
export const GIVING_REASONS = phrases('refusals/giving-reasons', ['because', 'the reason']);

/** A no. */
export const REFUSALS = phrases('refusals/no', [
  "we can't", 'we cannot', 'we can not', 'we are unable to', "we're unable to", 'we are not able to', "we're not able to",
  "we won't be able to", 'we will not be able to', "we don't offer", 'we do not offer', "we don't support", 'we do not support',
  "we don't provide", 'we do not provide', "we don't allow", 'we do not allow', "we don't accept", 'we do not accept', 'we no longer',
  "i can't", 'i cannot', "i'm unable to", 'i am unable to', "i'm not able to", "i won't be able to", 'unable to', 'not possible',
  "isn't possible", "can't be", 'cannot be', 'not available', "isn't available", "aren't available", 'not eligible', 'must decline',
]);
/** A reason. "as" counts only after a comma (", as our warehouse is closed"); see check. */
export const REASONS: readonly string[] = [
  ...GIVING_REASONS,
  ...phrases('refusals/reasons', [
    'as', 'since', 'explain why', "here's why", 'here is why', 'due to', 'owing to', "that's why",
    'that is why', 'our policy', 'for security reasons', 'for legal reasons', 'for privacy reasons', 'to protect', 'so that', 'in order to',
  ]),
];
/** Something the writer can do instead. */
export const ALTERNATIVES = phrases('refusals/alternatives', [
  'instead', 'but', 'alternatively', 'however', 'what we can do', 'what i can do', 'we can', 'i can',
  'we could', 'i could', 'you can', 'you could', 'happy to', 'glad to', "here's what", 'here is what', 'one option', 'another option',
  'other option', 'how about', 'what about', 'would it help', 'would it work', 'in the meantime', 'meanwhile', 'rather', 'workaround',
  'we recommend', 'i recommend', 'we suggest', 'i suggest', "we'll", 'we will', "i'll", 'i will',
]);

/**
 * Value (P4): signs that a draft gives the reader something to use (a how-to, an example, a
 * finding, a day to plan by), and the metrics a sender counts to impress.
 */
import { phrases } from './lists.ts';
import { GIVING_REASONS } from './refusals.ts';

/** Business metrics: what a sender boasts of, and what a sales hook promises to grow. */
export const BUSINESS_METRICS = phrases('value/metrics', ['revenue', 'sales', 'growth', 'profit', 'profits', 'followers']);

/** A day is a fact the reader can plan by ("frost is forecast for Thursday night"), and a plan between people. */
export const WEEKDAYS = phrases('value/weekdays', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Any one of these is a sign of something the reader can use ({n} stands for any number). */
export const USABLE_SIGNS: readonly string[] = [
  ...GIVING_REASONS,
  ...WEEKDAYS,
  ...phrases('value/usable', [
    'how to', "here's how", 'here is how', 'this is how', 'step {n}', 'steps', 'tip', 'tips', 'for example', 'for instance',
    'e.g', 'such as', 'example', 'case study', 'checklist', 'template', 'guide', 'playbook', 'worksheet', 'cheat sheet',
    'lesson', 'lessons', 'we learned', 'i learned', 'we found', 'i found', 'found that', 'we noticed', 'i noticed',
    'we tested', 'i tested', 'study', 'research', 'survey', 'last week', 'last month', 'last year', 'last quarter',
    'yesterday', 'ago', 'a customer', 'one customer', 'a client', 'one client', 'told me', 'told us', 'try this', 'the trick',
    'mistake', 'mistakes', 'what worked', 'what works', 'why it works', 'instead of',
    "i've found", "we've found", "i've learned", "we've learned", 'what helped', 'the one thing', 'one thing that', 'try one thing',
  ]),
];

/**
 * What a sender counts to impress. A figure beside one of these, in a sentence with no word
 * about the reader, is a boast ("Revenue up 140%", "trusted by 500 companies").
 */
export const VANITY_METRICS: readonly string[] = [
  ...BUSINESS_METRICS,
  ...phrases('value/vanity', [
    'revenues', 'funding', 'valuation', 'arr', 'mrr', 'raised', 'round',
    'subscribers', 'downloads', 'installs', 'signups', 'users', 'customers', 'clients', 'companies', 'brands',
    'record', 'records', 'award', 'awards', 'ranked', 'named',
  ]),
];
